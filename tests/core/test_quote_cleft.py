"""A sentence that points back at the words just quoted names who said them:
« « … » : c'est par ces mots que X a annoncé … », « tels sont les mots de X »,
'"…" That is how X put it'. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, trained_quotes


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "« Je ne me représenterai pas » : c'est par ces mots que le député Thierry "
            "Vidal a annoncé sa retraite.",
            ["Thierry Vidal"],
        ),
        (
            "« La saison est finie », voilà comment l'entraîneur Paul Giraud résume la situation.",
            ["Paul Giraud"],
        ),
        (
            "« Rien ne sera plus comme avant. » Tels sont les mots de Claire Dumas, maire "
            "de la commune.",
            ["Claire Dumas"],
        ),
        ("« C'est une honte » : c'est ce qu'a lancé un manifestant.", [None]),
        ("« Le projet avance », c'est ce que répète le maire depuis des mois.", [None]),
    ],
)
def test_french_words_pointed_back_at(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in trained_quotes(f"Actualité\n\n{body}\n", "Actualité")] == speakers


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"It\'s over." That was how coach Paul Gray summed it up.', "Paul Gray"),
        ('"We were betrayed." Those were the words of union leader Mary Rowe.', "Mary Rowe"),
    ],
)
def test_english_words_pointed_back_at(body: str, speaker: str) -> None:
    assert [q.speaker for q in article_quotes(body, "en")] == [speaker]
