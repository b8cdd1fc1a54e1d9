"""A name a company noun announces is an organisation even where the model marked
nothing (« la direction du groupe Sorelec »), and its later mentions follow; a span
the model gave is left as it is, and a participle after the noun announces no name.
Invented names."""

from __future__ import annotations

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.announced_firms import announced_firms


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in apply_conventions(text, spans)]


def test_a_name_the_model_left_out_after_a_company_noun_is_an_organisation() -> None:
    text = "La fermeture est annoncée par la direction du groupe Sorelec. Sorelec évoque un plan."
    assert _names(text, []) == [("Sorelec", "ORG"), ("Sorelec", "ORG")]


def test_several_capitalised_words_joined_by_de_make_one_name() -> None:
    text = "Les clients de la mutuelle Caisse du Léman Santé protestent."
    assert [text[s:e] for s, e, _ in announced_firms(text, [])] == ["Caisse du Léman Santé"]


def test_a_span_the_model_gave_is_kept() -> None:
    text = "Les salariés du groupe Orvalis Industrie ont débrayé."
    start = text.index("Orvalis")
    assert announced_firms(text, [(start, start + len("Orvalis Industrie"), "ORG")]) == []


def test_no_company_noun_no_name() -> None:
    assert announced_firms("Lundi, Sorelec a fermé. Le Groupe a parlé.", []) == []


def test_a_letter_after_groupe_is_a_pool_not_a_body() -> None:
    assert announced_firms("Elle prend la tête du groupe A avant la finale.", []) == []


def test_a_participle_after_the_noun_announces_nothing() -> None:
    assert announced_firms("Le groupe fondé par Paul Morel grandit.", []) == []


def test_a_name_a_company_noun_follows_in_apposition_is_an_organisation() -> None:
    text = "Le calendrier glisse. Velantis, la coentreprise franco-suédoise, a reporté l'usine."
    assert _names(text, []) == [("Velantis", "ORG")]


def test_an_apposed_company_noun_names_no_day_first_name_or_place() -> None:
    text = (
        "Lundi, la société a fermé. Marc, le fondateur du groupe, parle. "
        "À Vouillé, la coopérative a voté. Ils vont à Brenac, une entreprise locale."
    )
    assert announced_firms(text, []) == []


def test_a_person_span_an_apposed_company_noun_describes_is_an_organisation() -> None:
    text = "Velantis, la coentreprise franco-coréenne, reporte son usine."
    assert _names(text, [(0, 8, "PER")]) == [("Velantis", "ORG")]


def test_a_name_closing_on_a_company_word_is_an_organisation_whatever_the_model_said() -> None:
    text = "L'armateur du pétrolier, Halvard Logistics , a exprimé ses regrets."
    start = text.index("Halvard")
    spans = [(start, start + len("Halvard Logistics"), "PER")]
    assert _names(text, spans) == [("Halvard Logistics", "ORG")]


def test_a_given_name_before_a_company_word_keeps_a_person() -> None:
    text = "Le député Paul Capital a parlé."
    start = text.index("Paul")
    assert _names(text, [(start, start + len("Paul Capital"), "PER")]) == [("Paul Capital", "PER")]
