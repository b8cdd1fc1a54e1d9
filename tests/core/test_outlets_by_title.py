"""A newspaper or a broadcaster announced by its kind (« le quotidien libanais X »,
« la chaîne Y ») is an organisation, whatever the model guessed, and a bare « le
quotidien » later stands for the paper the text spoke of last, not for the last one
it happened to describe with the same noun. Invented titles.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes

from tui.core.entities.firm_nouns import firm_noun_before


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le quotidien Al-Manar note que la frappe visait un dépôt.", "Al-Manar"),
        ("Comme le quotidien libanais Al-Manar, qui doute de la version officielle.", "Al-Manar"),
        ("L'hebdomadaire Tribune Verte publie une enquête.", "Tribune Verte"),
        ("La chaîne Nova Info a diffusé les images.", "Nova Info"),
    ],
)
def test_a_publishing_noun_announces_an_organisation(text: str, name: str) -> None:
    assert firm_noun_before(text, *_at(text, name))


def test_a_participle_after_the_noun_still_announces_nobody() -> None:
    text = "Le journal repris par Marc Ollier change de formule."
    assert not firm_noun_before(text, *_at(text, "Marc Ollier"))


_ARTICLE = (
    "Frappe contestée à Deir Assaf\n\n"
    "D'autres observateurs ont douté du caractère accidentel de la frappe, comme le "
    "quotidien libanais Al-Manar qui note que la frappe visait une position fixe. Le "
    "quotidien suisse Le Veilleur parle d'une « bavure difficile à croire » .\n\n"
    "Plusieurs hypothèses ont été avancées. Pour Al-Manar , une victoire des rebelles "
    "permettrait d'évacuer plus facilement la ville. Mais surtout, le quotidien note "
    "ensuite que la « reconquête de cette zone rouvrirait l'axe stratégique » .\n"
)


def test_the_bare_noun_stands_for_the_paper_named_last() -> None:
    quotes = trained_quotes(_ARTICLE, title="Frappe contestée à Deir Assaf")
    assert [(q.text[:10], q.speaker) for q in quotes] == [
        ("bavure dif", "Le Veilleur"),
        ("reconquête", "Al-Manar"),
    ]
