"""« la Ville de X »: the council a capitalised town noun names before a place.

The place alone is a place; « la Ville », « la municipalité » said later are the council,
and it speaks under its whole name. Invented towns; entities are given (the place
only, as a model finds it) and the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Lucie Marten"], surnames=["Marten"], places=["Vaurelles"])


def test_the_municipality_is_the_town_council_named_before() -> None:
    text = (
        "La Ville de Vaurelles, qui s'était constituée partie civile, a salué une décision "
        "« importante ». « La Ville se constituera partie civile dans chaque dossier », a "
        "indiqué la municipalité."
    )
    assert CAST.speakers(text) == ["Ville de Vaurelles", "Ville de Vaurelles"]


def test_a_town_named_as_a_place_gives_no_council() -> None:
    text = (
        "Lucie Marten habite à Vaurelles depuis vingt ans. « Rien n'a changé », a indiqué "
        "la municipalité."
    )
    assert CAST.speakers(text) == [None]
