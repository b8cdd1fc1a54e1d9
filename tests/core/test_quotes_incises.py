"""Incises: a reporting clause inside or between the marks splits the quotation.

Both halves keep the named speaker; an incise may end a sentence or be followed by a
circumstance; words that merely look like reporting verbs do not split.
"""

from __future__ import annotations

import pytest
from named_entities import cast_quotes

from tui.core.quotes.marks import quote_units


def test_incise_inside_the_marks_gives_two_spans_with_one_speaker() -> None:
    text = (
        "Marie Dupont était à Paris. "
        "« Nous ne céderons pas, a-t-elle ajouté, même sous la pression. »"
    )
    assert cast_quotes(text, "fr") == [
        ("Nous ne céderons pas", "Marie Dupont", "speech"),
        ("même sous la pression.", "Marie Dupont", "speech"),
    ]


def test_english_split_quote_and_continuation_keep_the_speaker() -> None:
    text = '"I\'m not sure," Lopez said, "but we\'ll see." Smith left. "Later."'
    found = cast_quotes(text, "en")
    assert found[0] == ("I'm not sure,", "Maria Lopez", "speech")
    assert found[1] == ("but we'll see.", "Maria Lopez", "speech")


def test_incise_followed_by_a_circumstance_splits_the_quotation() -> None:
    text = (
        "Le conseiller Hugo Besson a pris la parole le premier.\n"
        "« Nous ne lâcherons rien, a lancé l'élu en fin de réunion. La gare restera "
        "ouverte. »\n"
    )
    found = cast_quotes(text, "fr")
    assert [q for q, _, _ in found] == ["Nous ne lâcherons rien", "La gare restera ouverte."]
    assert {sp for _, sp, _ in found} == {"Hugo Besson"}


def test_incise_verbs_need_a_named_subject_to_split() -> None:
    text = "« Nous avons lancé la saison, lancé la campagne et recruté. »"
    assert len(quote_units(text)) == 1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "« Le dossier est vide, a-t-il lancé. Nous le prouverons demain. »",
            ["Le dossier est vide", "Nous le prouverons demain."],
        ),
        (
            "« Le dossier est vide, a martelé Me Moreau. Nous le prouverons. »",
            ["Le dossier est vide", "Nous le prouverons."],
        ),
        (
            "« La saison est finie, explique l’entraîneur, et il faut rebâtir. »",
            ["La saison est finie", "et il faut rebâtir."],
        ),
        # Not an incise: the clause after the comma is the quotation's own.
        ("« Il est venu, a dit oui le maire, hier. »", ["Il est venu, a dit oui le maire, hier."]),
    ],
)
def test_named_and_sentence_ending_incises_split_the_quotation(text: str, parts: list[str]) -> None:
    assert [text[a:b] for _, a, b, _ in quote_units(text)] == parts


def test_named_incise_gives_both_halves_the_named_speaker() -> None:
    text = "« Le dossier est vide, a martelé Me Moreau. Nous le prouverons. »"
    assert [sp for _, sp, _ in cast_quotes(text, "fr")] == ["Claire Moreau", "Claire Moreau"]
