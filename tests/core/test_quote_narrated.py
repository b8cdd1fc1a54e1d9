"""An infinitive of narration has a subject: « Et lui de répondre : « … » », « Eux
d'ajouter que « … » » report the words of whoever the stressed pronoun stands for,
while « refuse de répondre » leaves the infinitive to its verb. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers, trained_quotes

from tui.core.engine_identity import available
from tui.core.quotes.clause_shapes import narrated_subject
from tui.core.quotes.tokens import _Tok


def _words(*texts: str) -> list[_Tok]:
    return [_Tok(i * 10, i * 10 + len(t), t, t.lower()) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("words", "narrator"),
    [
        (("Eux",), "eux"),
        (("Et", "lui"), "lui"),
        (("Puis", "elles"), "elles"),
        (("Le", "maire", "a", "refusé"), None),
        (("Il", "lui"), None),
        (("elle",), "elle"),
        ((), None),
    ],
)
def test_the_subject_of_a_narrated_infinitive(words: tuple[str, ...], narrator: str | None) -> None:
    found = narrated_subject(_words(*words))
    assert (found.low if found else None) == narrator


_COUPLE = (
    "Lettre ouverte au préfet\n\n"
    "Gérard et Odile Barjac, parents d'un agent licencié, ont écrit au préfet de l'Aube. "
    "Eux d'ajouter que « la commune n'a jamais respecté le droit du travail ».\n"
)

_MAYOR = (
    "Grève à la mairie\n\n"
    "Les agents de la mairie de Vallon ont cessé le travail lundi. Le maire, Anselme "
    "Tardieu, a reçu les délégués mardi. Et lui de répondre que « la ville ne cédera "
    "pas au chantage ».\n"
)


def test_a_singular_stressed_pronoun_reports_the_person_named_before() -> None:
    assert rules_speakers(_MAYOR, "fr") == ["Anselme Tardieu"]


@pytest.mark.skipif(not available(), reason="the trained model is not installed")
def test_the_trained_engine_reads_the_narrated_infinitive() -> None:
    [quote] = trained_quotes(_MAYOR, "Grève à la mairie")
    assert quote.speaker == "Anselme Tardieu"


@pytest.mark.skipif(not available(), reason="the trained model is not installed")
def test_a_plural_stressed_pronoun_reports_the_couple_named_before() -> None:
    [quote] = trained_quotes(_COUPLE, "Lettre ouverte au préfet")
    assert quote.speaker == "Gérard"  # a couple speaks as its first named, as the gold writes
