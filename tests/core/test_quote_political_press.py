"""French political press phrasings, with invented names: a seat of power « on »
speaks from, a speaker after an opening circumstance, a minister's brief that is never
the subject, a party speaking through its vice-president, a newspaper whose name
holds a word that reads as a verb."""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        ("« Il n'y aura pas de 49.3 », fait-on valoir à Matignon.", ["Matignon"]),
        ("« Rien n'est décidé », confie-t-on à l'AFP.", [None]),
        (
            "Sur France 2, Anne Roussel a taclé son rival : « Il n'a aucun bilan. »",
            ["Anne Roussel"],
        ),
        (
            "Interpellé sur le sujet, le ministre de l'Économie, Bruno Lefort, a botté en "
            "touche, évoquant un « faux débat ».",
            ["Bruno Lefort"],
        ),
        (
            "Le Rassemblement citoyen, par la voix de son vice-président Louis Arnal, a "
            "promis de « censurer » le gouvernement.",
            ["Louis Arnal"],
        ),
        (
            "Le Canard enchaîné déplore « une réforme bricolée » dans son édition de mercredi.",
            ["Le Canard enchaîné"],
        ),
    ],
)
def test_political_press(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in trained_quotes(f"Politique\n\n{body}\n", "Politique")] == speakers
