"""A feminine role noun names a woman: « la ministre », « l'élue », "the chairwoman"."""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes

from tui.core.quotes.role_gender import feminine_role, masculine_role


@pytest.mark.parametrize(
    ("det", "head", "language", "expected"),
    [
        ("la", "ministre", "fr", True),
        ("l'", "élue", "fr", True),
        ("l’", "inspectrice", "fr", True),
        ("l'", "élu", "fr", False),
        ("l'", "avocat", "fr", False),
        ("le", "ministre", "fr", False),
        ("the", "chairwoman", "en", True),
        ("the", "minister", "en", False),
    ],
)
def test_feminine_roles(det: str, head: str, language: str, expected: bool) -> None:
    assert feminine_role(det, head, language) is expected


@pytest.mark.parametrize(
    ("det", "head", "expected"),
    [
        ("le", "conseiller", True),
        ("l'", "élu", True),
        ("le", "ministre", False),
        ("la", "députée", False),
    ],
)
def test_masculine_roles_with_a_feminine_in_use(det: str, head: str, expected: bool) -> None:
    assert masculine_role(det, head, "fr") is expected


def test_a_noun_of_fixed_gender_says_nothing_of_the_person() -> None:
    """« La victime, X, … « … », a-t-il confié »: « la » is the noun's, not X's."""
    text = (
        "Procès\n\nLa victime, Lucas Bernard, a témoigné à la barre. « J'ai cru mourir », "
        "a-t-il confié."
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")] == ["Lucas Bernard"]
