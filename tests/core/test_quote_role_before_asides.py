"""A role still describes the name after it when a short status stands between them
(« le président de l'association X, partie civile, Marc Y »), and « grâce à leur
gardien, X » gives X the role, « grâce à » being a preposition and no role's link.
Invented people and clubs.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_article_speakers

from tui.core.quotes.role_before import role_before


@pytest.mark.parametrize(
    ("before", "role"),
    [
        (
            "s'est félicité le président de l'association Loire Vive, partie civile, ",
            "président de l'association Loire Vive",
        ),
        ("ont renversé la rencontre grâce à leur gardien, ", "gardien"),
        ("a répondu à leur gardien, ", "gardien"),
        ("À Valmont, le maire, ", "maire"),
    ],
)
def test_the_role_reaches_the_name(before: str, role: str) -> None:
    text = before + "Marc Roussel, à la sortie."
    assert role_before(text, len(before), closing=True) == role


def test_a_time_set_off_after_a_governed_role_describes_nobody() -> None:
    before = "Selon le ministre, hier soir, "
    assert role_before(before + "Marc Roussel a tranché.", len(before)) is None


def test_the_role_spoken_again_is_the_person_behind_the_status() -> None:
    body = (
        "« C'est une victoire pour tous », s'est félicité le président de l'association "
        "Loire Vive, partie civile, Marc Roussel, à la sortie de l'audience. "
        "L'association avait porté plainte en 2014.\n\n"
        "« Pendant deux ans, on nous a répondu que tout était normal », a ajouté le "
        "président de l'association, qui réclame désormais une étude."
    )
    speakers = trained_article_speakers(body, title="Une usine condamnée")
    assert speakers == ["Marc Roussel", "Marc Roussel"]


def test_the_goalkeeper_is_the_one_the_team_won_through() -> None:
    body = (
        "Les Lavallois ont renversé la rencontre grâce à leur gardien, Thomas Kerval, "
        "auteur de dix-neuf arrêts. « Personne ne nous voyait gagner », a reconnu le "
        "portier de 24 ans.\n\n"
        "L'entraîneur adverse, Julien Morand, a regretté « des erreurs de cadets ».\n\n"
        "Le gardien, lui, ne pensait déjà qu'à la suite : « Maintenant, on veut l'Europe »."
    )
    speakers = trained_article_speakers(body, title="Laval gagne la Coupe")
    assert speakers == ["Thomas Kerval", "Julien Morand", "Thomas Kerval"]
