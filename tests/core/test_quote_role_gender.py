"""A feminine role noun names a woman: « la ministre », « l'élue », "the chairwoman"."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_quotes, trained_quotes

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
        ("the", "daughter", "en", True),
        ("le", "père", "fr", False),
        ("l'", "avocate", "fr", True),
        ("l'", "candidate", "fr", True),
        ("l'", "diplomate", "fr", False),
        ("l'", "évêque", "fr", False),
        ("l'", "archevêque", "fr", False),
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
        ("le", "père", True),
        ("la", "mère", False),
        ("l'", "attaquant", True),
        ("l'", "agriculteur", True),
        ("le", "médecin", False),
        ("le", "praticien", True),  # « praticienne » is in the lists
        ("le", "boulanger", True),
        ("le", "professeur", False),  # « professeure » is newer: still said of women
        ("le", "maire", False),
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


def test_a_kin_noun_is_the_relative_of_that_gender() -> None:
    """« X et sa fille Y … raconte le père »: the father is X, never the daughter
    introduced with a role, even as the last subject."""
    text = (
        "Tempête\n\nJean Morel et sa fille Léa ont tout vu. « Le toit s'est envolé "
        "d'un coup », raconte le père."
    )
    assert [q.speaker for q in trained_quotes(text, "Tempête")] == ["Jean Morel"]


_SUMMIT = (
    "Sommet sur la pêche à Dakar\n\n"
    "Le ministre malien de la Pêche, Jean-Marc Traoré, a décrit une situation « intenable ». "
    "« Nous avons deux patrouilleurs pour tout le fleuve », a-t-il souligné.\n\n"
    "{middle}« Un bateau radié ne doit plus pouvoir se réimmatriculer le lendemain », "
    "a expliqué la ministre.\n"
)


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        (
            "La ministre sénégalaise des Pêches, Awa Ndiaye, a défendu un registre commun. ",
            "Awa Ndiaye",
        ),
        ("Dakar plaide pour un outil commun. ", None),
    ],
)
def test_la_ministre_is_the_woman_a_role_named_never_a_man(
    middle: str, speaker: str | None
) -> None:
    """« La ministre sénégalaise des Pêches, X, »: « des » completes the role; with no
    woman named so, « la ministre » is nobody rather than the man named minister."""
    quotes = rules_quotes(_SUMMIT.format(middle=middle), "fr")
    assert quotes[-1].speaker == speaker
