"""« il » after a sentence whose source is « selon X » goes back to X, past a thing
standing as a subject (« le tronçon est situé ») and past a plural pronoun.

Invented people; entities are given and the rules engine judges, as the suite runs.
"""

from __future__ import annotations

from quote_text import cast

SOURCE = "Selon le ministre des transports, Orhen Vasko , les trains étaient équipés de freins"


speakers = cast(["Orhen Vasko"]).speakers


def test_a_thing_as_subject_is_nobody_the_pronoun_stands_for() -> None:
    text = SOURCE + ". De plus, le tronçon est situé « dans un virage serré » a-t-il déclaré."
    assert speakers(text) == ["Orhen Vasko"]


def test_a_plural_pronoun_before_does_not_hide_the_source() -> None:
    text = (
        SOURCE + " censés arrêter les trains lorsqu'ils se croisent. De plus, le tronçon "
        "est situé « dans un virage serré » a-t-il déclaré."
    )
    assert speakers(text) == ["Orhen Vasko"]
