"""A quotation opening the paragraph right after one that ended on a speaker's incise
goes on with that speaker; a sentence of the writer's in between hands the floor on.

Invented people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Jean-Marc Delaune"])
FIRST = (
    "« Depuis deux ans, on voyait les machines partir », a-t-il expliqué devant "
    "l'usine, où une centaine de salariés s'étaient rassemblés.\n\n"
)
LEAD = "Jean-Marc Delaune est délégué syndical sur le site depuis dix ans. "


def test_the_next_paragraph_goes_on_with_the_same_voice() -> None:
    text = LEAD + FIRST + "« Ce site est rentable. Il l'était encore l'an dernier. »\n"
    assert CAST.speakers(text) == ["Jean-Marc Delaune", "Jean-Marc Delaune"]


def test_a_writers_sentence_in_the_new_paragraph_hands_the_floor_on() -> None:
    text = (
        LEAD + FIRST + "Les salariés ont voté la grève. « Ce site est rentable. Il l'était "
        "encore l'an dernier. »\n"
    )
    assert CAST.speakers(text) == ["Jean-Marc Delaune", None]
