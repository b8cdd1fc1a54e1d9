"""Names listed together share a kind; titles of works in italics name no one.

A name the rules cannot label takes the label of the name it is listed with
("Kroger and Aldi"); a comma before "and" joins clauses, not list items; and the
words of an italic title (``*Retour à Brest*``) are not mentions.
"""

from __future__ import annotations

import pytest
from named_entities import entity_pairs, name_pairs


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Store brands sold by Walmart and Kestrova were cheaper.",
            "en",
            [("Walmart", "ORG"), ("Kestrova", "ORG")],
        ),
        (
            "Rallies took place in Jakarta, Palembang and Pekanbaru on Sunday.",
            "en",
            [("Jakarta", "LOC"), ("Palembang", "LOC"), ("Pekanbaru", "LOC")],
        ),
        (
            "Des renforts ont été envoyés à Marseille et Tarvenac dimanche.",
            "fr",
            [("Marseille", "LOC"), ("Tarvenac", "LOC")],
        ),
    ],
)
def test_an_unlabelled_name_takes_its_list_neighbours_label(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, language) == expected


def test_a_comma_before_and_joins_clauses_not_names() -> None:
    text = "Fans gathered across Queensland, and Orvanta Racing said it would return."
    assert ("Queensland", "ORG") not in entity_pairs(text, "en")


def test_an_ordinary_word_opening_an_agency_name_is_not_a_list_item() -> None:
    text = "The Securities and Exchange Commission approved the listing."
    assert name_pairs(text, "en") == [("Securities and Exchange Commission", "ORG")]


def test_names_inside_an_italic_title_are_dropped() -> None:
    text = "Le prix est revenu à *Retour à Brest*, réalisé par Léa Morvan."
    assert name_pairs(text, "fr") == [("Léa Morvan", "PER")]


def test_asterisks_that_do_not_close_keep_the_names() -> None:
    text = "Revenue rose 4%* in Brazil, the company said."
    assert name_pairs(text, "en") == [("Brazil", "LOC")]
