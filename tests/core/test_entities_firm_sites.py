"""A firm's site named with its town (« l'usine Valdor de Vierzon ») is the firm, an
organisation, then the town, a place, whether the model took the run for one place or
marked nothing; a site noun with no name after it, and a firm noun whose name goes on
through « de », are left alone. Invented names."""

from __future__ import annotations

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.firm_sites import with_sited_firms


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in apply_conventions(text, spans)]


def _span(text: str, surface: str, label: str) -> tuple[int, int, str]:
    start = text.index(surface)
    return start, start + len(surface), label


def test_a_plant_taken_for_one_place_is_the_firm_then_its_town() -> None:
    text = "Une fuite a eu lieu à l'usine Valdor de Vierzon mardi."
    spans = [_span(text, "Valdor de Vierzon", "LOC")]
    assert _names(text, spans) == [("Valdor", "ORG"), ("Vierzon", "LOC")]


def test_a_firm_the_model_missed_before_a_town_it_found() -> None:
    text = "La raffinerie Petrolis de Donges tourne au ralenti."
    spans = [_span(text, "Donges", "LOC")]
    assert _names(text, spans) == [("Petrolis", "ORG"), ("Donges", "LOC")]


def test_a_shop_without_its_town_is_the_firm() -> None:
    text = "Les salariés du magasin Bricoplus ont débrayé."
    assert _names(text, [_span(text, "Bricoplus", "PER")]) == [("Bricoplus", "ORG")]


def test_a_site_named_by_its_town_alone_stays_a_place() -> None:
    text = "L'usine de Vierzon ferme ses portes."
    assert _names(text, [_span(text, "Vierzon", "LOC")]) == [("Vierzon", "LOC")]


def test_a_firm_noun_keeps_a_name_that_runs_on_through_de() -> None:
    text = "Les clients de la banque Caisse du Léman protestent."
    spans = [_span(text, "Caisse du Léman", "ORG")]
    assert with_sited_firms(text, spans) == spans
