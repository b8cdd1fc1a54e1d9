"""Lowercase words in marks that a source governs are the source's, not a term of the
writer's (« D'après lui, le titre profiterait d'un « effet soulagement » »); a name or
title in marks stays a name whatever governs the sentence. Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_by_text


def _quotes(text: str) -> dict[str, str | None]:
    return rules_by_text(text, "fr")


def test_a_term_under_a_source_is_the_sources() -> None:
    text = (
        "Bourse\n\nSelon Hugo Marchal, analyste chez Banque Ardent, « le marché attendait "
        "ce plan ». D’après lui, le titre pourrait profiter d’un « effet soulagement » à "
        "court terme.\n"
    )
    assert _quotes(text)["effet soulagement"] == "Hugo Marchal"


def test_a_title_under_a_source_stays_a_title() -> None:
    text = (
        "Festival\n\nPour Léon Varga, critique au quotidien « L’Écho de Vell », il s’agit "
        "d’une réussite.\n"
    )
    assert _quotes(text)["L’Écho de Vell"] is None


def test_a_role_opening_the_sentence_is_the_person_it_redescribes() -> None:
    text = (
        "Procès\n\n« Cette famille attend une vérité », estime Me Lise Garnier, qui la "
        "représente. Pour l’avocate, le silence de l’accusé « est une deuxième violence ».\n"
    )
    assert _quotes(text)["est une deuxième violence"] == "Lise Garnier"


def test_a_pronoun_opening_the_sentence_gives_the_view() -> None:
    text = (
        "Vols\n\n« Ils agissent la nuit », indique le capitaine Sandrine Vidal, qui commande "
        "la compagnie.\n\nPour elle, la piste d'une équipe organisée est « privilégiée ». "
        "« On n'exclut rien », ajoute-t-elle.\n\nLe maire Paul Irvoas est inquiet. Pour lui, "
        "la commune est « abandonnée ».\n"
    )
    speakers = _quotes(text)
    assert speakers["privilégiée"] == "Sandrine Vidal"
    assert speakers["On n'exclut rien"] == "Sandrine Vidal"
    assert speakers["abandonnée"] == "Paul Irvoas"
