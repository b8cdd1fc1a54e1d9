"""A name the text gives an age between commas is a person, even a first name alone
the model left out (« Monique, 61 ans, »). Invented sentences."""

from __future__ import annotations

import pytest

from tui.core.analysis.conventions import apply_conventions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Monique, 61 ans, étête les poissons depuis 1988.", "Monique"),
        ("Parmi eux, Karim Oudjane, 23 ans, a tout perdu.", "Karim Oudjane"),
        ("Le cadet (Tom, 9 ans) dort encore.", "Tom"),
    ],
)
def test_an_age_apposition_announces_a_person(text: str, person: str) -> None:
    assert [(e.text, e.label) for e in apply_conventions(text, [])] == [(person, "PER")]


@pytest.mark.parametrize(
    "text",
    ["Le maire, 61 ans, a démissionné.", "Paris, 12 ans, un anniversaire."],
)
def test_no_name_or_a_place_before_an_age_is_no_person(text: str) -> None:
    assert not [e for e in apply_conventions(text, []) if e.label == "PER"]
