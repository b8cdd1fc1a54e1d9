"""A body named after its field and its place (« Santé Canada ») is one organisation,
the place inside it no place of the story."""

from __future__ import annotations

from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.field_bodies import with_field_bodies


def _bodies(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    found, _ = with_field_bodies(text, spans or [])
    return [(text[s:e], label) for s, e, label in found]


def test_a_field_before_a_country_names_a_body() -> None:
    text = "Mardi, Environnement Canada a émis une alerte."
    assert _bodies(text, [span_at(text, "Canada", "LOC")]) == [("Environnement Canada", "ORG")]


def test_a_field_may_take_an_adjective_and_join_another() -> None:
    text = "Affaires mondiales Canada et Pêches et Océans Canada ont répondu."
    assert _bodies(text) == [
        ("Affaires mondiales Canada", "ORG"),
        ("Pêches et Océans Canada", "ORG"),
    ]


def test_a_run_is_tried_again_past_words_that_open_no_name() -> None:
    text = "Par courriel, Santé publique France a confirmé."
    assert _bodies(text) == [("Santé publique France", "ORG")]


def test_a_place_the_recogniser_found_closes_a_name_the_lists_do_not_know() -> None:
    text = "Selon Tourisme Lorvenne, la saison est bonne."
    assert _bodies(text) == []
    assert _bodies(text, [span_at(text, "Lorvenne", "LOC")]) == [("Tourisme Lorvenne", "ORG")]


def test_words_that_are_no_field_leave_the_place_alone() -> None:
    text = "Lundi Canada et Mexique ont signé. Le voyage Santé au Canada. Nouvelle Calédonie."
    assert _bodies(text, [span_at(text, "Canada", "LOC")]) == [("Canada", "LOC")]


def test_the_conventions_keep_the_body_whole() -> None:
    text = "Par courriel, Affaires mondiales Canada a confirmé être au courant."
    names = [(e.text, e.label) for e in apply_conventions(text, [span_at(text, "Canada", "LOC")])]
    assert names == [("Affaires mondiales Canada", "ORG")]


def test_english_departments_join_their_fields_with_and() -> None:
    """ "Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship Canada"
    are one body in the English engine, "Health and safety in Canada" none."""
    from tui.core.entities.extract import extract_entities

    text = (
        "Fisheries and Oceans Canada said the contract was sound. Later, Immigration, "
        "Refugees and Citizenship Canada and Environment and Climate Change Canada "
        "agreed. Health and safety in Canada is a worry."
    )
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert found == [
        ("Fisheries and Oceans Canada", "ORG"),
        ("Immigration, Refugees and Citizenship Canada", "ORG"),
        ("Environment and Climate Change Canada", "ORG"),
        ("Canada", "LOC"),
    ]


def test_an_english_ministry_of_listed_fields_is_one_body() -> None:
    """ "Ministry of Gender, Children and Social Protection" is one body; a list of
    places after a ministry ("the Ministry of Health, Ghana and Togo") is not its name."""
    from tui.core.entities.extract import extract_entities

    text = (
        "The Ministry of Gender, Children and Social Protection said it would pay. "
        "The Ministry of Health, Ghana and Togo agreed."
    )
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert ("Ministry of Gender, Children and Social Protection", "ORG") in found
    assert ("Ministry of Health", "ORG") in found and ("Togo", "LOC") in found
