"""The courtesy title before a name, and the gender it tells. Invented names."""

from __future__ import annotations

import pytest

from tui.core.courtesy_titles import title_before


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("selon Mme Garnier", "f"),
        ("a dit Mlle Roux", "f"),
        ("thanked Mrs Holt", "f"),
        ("said Ms. Holt", "f"),
        ("Madame Garnier", "f"),
        ("nous a dit madame Garnier", "f"),
        ("selon M. Garnier", "m"),
        ("MM. Garnier", "m"),
        ("thanked Mr Holt", "m"),
        ("Monsieur Garnier", "m"),
        ("plaide Me Garnier", ""),
        ("said Dr. Holt", ""),
    ],
)
def test_a_title_against_the_name_tells_its_gender(text: str, gender: str) -> None:
    assert title_before(text, len(text) - len(text.split()[-1])) == gender


@pytest.mark.parametrize(
    "text",
    [
        "le ministre Garnier",  # a role, not a courtesy title
        "à Rennes. Garnier",  # a sentence's end
        "selon IBM Garnier",  # « M » ending a longer word
        "Mme, Garnier",  # a comma between
    ],
)
def test_no_title_stands_before_the_name(text: str) -> None:
    assert title_before(text, len(text) - len(text.split()[-1])) is None


def test_only_the_text_before_the_name_is_read() -> None:
    text = "Mme Garnier et Paul"
    assert title_before(text, text.index("Garnier")) == "f"
    assert title_before(text, text.index("Paul")) is None
