"""Conventions on what a trained recogniser finds: a minister's portfolio names the
ministry (an organisation), a broadcaster is taken whole, a common noun written as
initials names nothing, and unknown capitals the recogniser read as a place are a
body's initials."""

from __future__ import annotations

from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions


def _found(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in apply_conventions(text, spans)]


def test_a_ministers_portfolio_is_an_organisation() -> None:
    text = "Le ministre de l'Agriculture Paul Garnier a visité la ferme."
    spans = [span_at(text, "Paul Garnier", "PER")]
    assert _found(text, spans) == [("Agriculture", "ORG"), ("Paul Garnier", "PER")]


def test_a_portfolio_keeps_its_own_adjective_only() -> None:
    text = "Selon le ministère des Affaires étrangères, le ministre des Transports rappelle."
    assert _found(text, []) == [("Affaires étrangères", "ORG"), ("Transports", "ORG")]


def test_a_word_between_minister_and_portfolio_is_allowed() -> None:
    text = "Le ministre ghanéen de la Santé a démenti."
    assert _found(text, [span_at(text, "Santé", "LOC")]) == [("Santé", "ORG")]


def test_a_prime_minister_holds_no_portfolio() -> None:
    text = "Le Premier ministre du Canada a parlé."
    assert _found(text, [span_at(text, "Canada", "LOC")]) == [("Canada", "LOC")]


def test_a_countrys_minister_keeps_the_country_a_place() -> None:
    text = "Un ministre de France était présent."
    assert _found(text, [span_at(text, "France", "LOC")]) == [("France", "LOC")]


def test_a_recogniser_span_reaching_past_the_portfolio_is_kept() -> None:
    text = "Le ministre de l'Intérieur du Tanganyika a parlé."
    spans = [span_at(text, "Intérieur du Tanganyika", "ORG")]
    assert _found(text, spans) == [("Intérieur du Tanganyika", "ORG")]


def test_a_broadcaster_named_after_a_country_is_whole() -> None:
    text = "Il l'a dit sur France 2 puis à Radio France internationale."
    spans = [span_at(text, "France", "LOC"), span_at(text, "France internationale", "ORG")]
    assert _found(text, spans) == [
        ("France 2", "ORG"),
        ("Radio France internationale", "ORG"),
    ]


def test_a_common_noun_written_short_names_nothing() -> None:
    text = "Elle a signé un CDD (NDLR) et le PIB a baissé."
    spans = [span_at(text, w, "ORG") for w in ("CDD", "NDLR", "PIB")]
    assert _found(text, spans) == []


def test_unknown_capitals_read_as_a_place_are_a_body() -> None:
    text = "Les soldats des FRDQ sont entrés en Zambie."
    spans = [span_at(text, "FRDQ", "LOC"), span_at(text, "Zambie", "LOC")]
    assert _found(text, spans) == [("FRDQ", "ORG"), ("Zambie", "LOC")]


def test_a_known_places_initials_stay_a_place() -> None:
    text = "Il est né en RDA et a grandi en URSS."
    spans = [span_at(text, "RDA", "LOC"), span_at(text, "URSS", "LOC")]
    assert _found(text, spans) == [("RDA", "LOC"), ("URSS", "LOC")]


def test_a_span_across_a_headline_and_its_dateline_is_two_names() -> None:
    text = "Nommée à la Culture\n\nLYON (AFP) - La ministre est arrivée."
    start = text.index("Culture")
    spans = [(start, text.index("LYON") + 4, "ORG"), span_at(text, "AFP", "ORG")]
    assert _found(text, spans) == [("Culture", "ORG"), ("LYON", "LOC"), ("AFP", "ORG")]


def test_a_word_for_people_is_never_the_place_in_it() -> None:
    text = "Le derby du Sud a eu lieu. Le Sud-Africain Piet Mokoena a gagné."
    spans = [span_at(text, "Sud", "LOC"), span_at(text, "Piet Mokoena", "PER")]
    assert _found(text, spans) == [("Sud", "LOC"), ("Piet Mokoena", "PER")]


def test_the_rules_engine_keeps_the_same_conventions() -> None:
    from tui.core.entities.extract import extract_entities

    text = "A DVD sold well (NDLR). She spoke on France 2 about the GDP."
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert found == [("France 2", "ORG")]
    text = "Le ministre de la Culture, Paul Garnier, a parlé sur France 5 d'un CDD."
    found = [(e.text, e.label) for e in extract_entities(text, language="fr")]
    assert found == [("Culture", "ORG"), ("Paul Garnier", "PER"), ("France 5", "ORG")]


def test_both_engines_read_one_list_of_broadcasters() -> None:
    """Every channel of the conventions' list is a listed organisation for the rules
    engine too, numbered names (« France 4 ») included."""
    from tui.core.entities.broadcasters import BROADCASTERS
    from tui.core.entities.extract import extract_entities
    from tui.core.entities.gazetteer import known_label, listed_numbered_names

    assert all(known_label(name) == "ORG" for name in BROADCASTERS)
    assert listed_numbered_names()["France 4"] == "ORG"
    text = "Le sénateur Paul Garnier s'est exprimé sur Public Sénat et sur France 4."
    found = [(e.text, e.label) for e in extract_entities(text, language="fr")]
    assert ("Public Sénat", "ORG") in found and ("France 4", "ORG") in found
