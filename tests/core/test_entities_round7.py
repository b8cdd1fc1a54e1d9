"""Round 7 of the entity rules: storms, hyphen compounds, role openers, company tails."""

from __future__ import annotations

import pytest

from tui.core.entities import extract_entities


def _spans(text: str, language: str = "en") -> dict[str, str]:
    return {e.text: e.label for e in extract_entities(text, language=language)}


def test_storm_name_is_not_a_person() -> None:
    found = _spans("Typhoon Marisol flooded coastal towns on Friday, officials said.")
    assert found.get("Typhoon Marisol") != "PER"
    assert "Marisol" not in found or found["Marisol"] != "PER"


def test_storm_head_inside_an_agency_keeps_it_an_organisation() -> None:
    found = _spans("The Pacific Hurricane Center issued a warning on Sunday.")
    assert found.get("Pacific Hurricane Center") == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Ohio-based company said sales rose.", "Ohio", "LOC"),
        ("A Lisbon-born painter opened the show.", "Lisbon", "LOC"),
    ],
)
def test_hyphen_compound_keeps_only_the_name(text: str, name: str, label: str) -> None:
    found = _spans(text)
    assert found.get(name) == label
    assert not any(k.endswith(("-based", "-born")) for k in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Substitute Karim Dembele scored late on.", "Karim Dembele"),
        ("Forecaster Helen Marsh said rain would follow.", "Helen Marsh"),
    ],
)
def test_sentence_opening_role_stays_outside_the_person(text: str, person: str) -> None:
    assert _spans(text).get(person) == "PER"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Brevik Shipping fell 4% on Tuesday.", "Brevik Shipping"),
        ("Analysts at Solberg Markets cut their forecast.", "Solberg Markets"),
        ("The club said Tranmere Rovers had agreed a fee.", "Tranmere Rovers"),
    ],
)
def test_company_and_club_tails_make_organisations(text: str, name: str) -> None:
    assert _spans(text).get(name) == "ORG"


def test_bay_ends_a_place_name() -> None:
    assert _spans("Flights into Halcyon Bay were cancelled.").get("Halcyon Bay") == "LOC"


@pytest.mark.parametrize("word", ["Egalement", "Evidemment"])
def test_french_sentence_start_without_accent_is_not_a_name(word: str) -> None:
    text = f"Le ministre est arrivé lundi. {word}, il a rencontré les maires."
    assert word not in _spans(text, "fr")
