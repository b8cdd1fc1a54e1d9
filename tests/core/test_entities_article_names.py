"""A newspaper or a party whose name opens on an article (« Le Canard enchaîné »,
« La France insoumise ») is one organisation, article included, and one entity
however the sentence writes it."""

from __future__ import annotations

from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.article_names import with_article_names
from tui.core.models import Entity
from tui.core.names import resolve_names


def _titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    found, _ = with_article_names(text, spans)
    return [(text[s:e], label) for s, e, label in found]


def test_the_article_and_the_lowercase_words_belong_to_the_title() -> None:
    text = "Mercredi, Le Canard enchaîné a publié la note."
    assert _titles(text, [span_at(text, "Le Canard", "ORG")]) == [("Le Canard enchaîné", "ORG")]


def test_an_elided_article_is_kept_and_a_wrong_label_corrected() -> None:
    text = "L'Humanité et La Voix du Nord ont enquêté."
    spans = [span_at(text, "Humanité", "LOC"), span_at(text, "La Voix du Nord", "MISC")]
    assert _titles(text, spans) == [("L'Humanité", "ORG"), ("La Voix du Nord", "ORG")]


def test_after_a_contraction_the_title_goes_without_its_article() -> None:
    text = "Un journaliste du Canard enchaîné et un autre du Journal du dimanche."
    assert _titles(text, []) == [("Canard enchaîné", "ORG"), ("Journal du dimanche", "ORG")]


def test_a_title_that_reads_as_a_word_needs_its_own_article() -> None:
    text = "La Coupe du Monde commence, on a le Point final, un Parisien témoigne."
    spans = [span_at(text, "Coupe du Monde", "MISC")]
    assert _titles(text, spans) == [("Coupe du Monde", "MISC")]


def test_a_longer_name_holding_a_title_is_left_whole() -> None:
    text = "Elle dirige Le Monde Afrique depuis mai."
    spans = [span_at(text, "Le Monde Afrique", "ORG")]
    assert _titles(text, spans) == [("Le Monde Afrique", "ORG")]


def test_the_conventions_keep_the_title_whole() -> None:
    text = "Selon L'Opinion, l'accord est proche."
    names = [(e.text, e.label) for e in apply_conventions(text, [span_at(text, "Opinion", "ORG")])]
    assert names == [("L'Opinion", "ORG")]


def test_both_forms_of_a_title_are_one_entity() -> None:
    text = "Le Canard enchaîné accuse. Un article du Canard enchaîné le confirme."
    first, second = text.index("Le Canard"), text.index("Canard enchaîné", 20)
    mentions = [
        Entity(first, first + 18, "Le Canard enchaîné", "ORG", "Le Canard enchaîné"),
        Entity(second, second + 15, "Canard enchaîné", "ORG", "Canard enchaîné"),
    ]
    _, corpus = resolve_names({"a": mentions})
    assert [(c.canonical, c.mentions) for c in corpus] == [("Le Canard enchaîné", 2)]


def test_a_title_written_only_without_its_article_is_named_in_full() -> None:
    text = "Un article du Canard enchaîné le confirme."
    start = text.index("Canard")
    mention = Entity(start, start + 15, "Canard enchaîné", "ORG", "Canard enchaîné")
    _, corpus = resolve_names({"a": [mention]})
    assert [c.canonical for c in corpus] == ["Le Canard enchaîné"]


def test_a_party_keeps_its_article_and_the_country_in_its_name() -> None:
    text = "Les députés de La France insoumise et Les Républicains ont voté contre."
    spans = [span_at(text, "France", "LOC"), span_at(text, "Républicains", "MISC")]
    assert _titles(text, spans) == [("La France insoumise", "ORG"), ("Les Républicains", "ORG")]


def test_after_a_lowercase_article_a_party_goes_without_its_own() -> None:
    text = "Les élus de la France insoumise protestent."
    found, names = with_article_names(text, [span_at(text, "France", "LOC")])
    assert [(text[s:e], label) for s, e, label in found] == [("France insoumise", "ORG")]
    assert list(names.values()) == ["La France insoumise"]


def test_a_party_name_that_is_also_a_noun_needs_its_article() -> None:
    text = "Le vote des Républicains du Sénat américain est attendu."
    assert _titles(text, []) == []


def test_a_movement_keeps_the_mark_of_its_name() -> None:
    text = "Le candidat d'En marche ! a gagné."
    assert _titles(text, [span_at(text, "En marche", "ORG")]) == [("En marche !", "ORG")]
