"""An unnamed spokesperson speaks for the one body of the article they speak for.

Invented bodies and people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Dana Whitfield"], bodies=["Hadleigh District Council", "Orven Water Board"])
SAFETY = '"Public safety has to come first," a council spokeswoman said.'


def test_a_council_spokeswoman_speaks_for_the_council() -> None:
    text = "Hadleigh District Council closed the bridge on Monday. " + SAFETY
    assert CAST.speakers(text, "en") == ["Hadleigh District Council"]


def test_no_body_of_that_kind_leaves_the_words_described() -> None:
    text = "The Orven Water Board closed the bridge on Monday. " + SAFETY
    [quote] = CAST.quotes(text, "en")
    assert (quote.speaker, quote.source) == (None, "council spokeswoman")


def test_a_plain_spokesman_names_nobody() -> None:
    text = 'Dana Whitfield left early. "We are reviewing it," a spokesman said.'
    assert CAST.speakers(text, "en") == [None]
