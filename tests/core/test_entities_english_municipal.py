""" "The City of <place>" is the local government, an organisation, wherever it acts;
after a preposition of place it stays the place. Invented places where the place is
not the point; sentences written from general news phrasing.
"""

from __future__ import annotations

import pytest

from tui.core.entities.extract import extract_entities


def pairs(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in extract_entities(text, language="en")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The City of Cape Town said in a statement that it would appeal.", "City of Cape Town"),
        ("The tender was awarded by the City of Sydney in 2023.", "City of Sydney"),
        ("The Town of Brackley said the road would reopen.", "Town of Brackley"),
        ("The School District of Lancaster also weighed in.", "School District of Lancaster"),
    ],
)
def test_the_city_of_a_place_is_its_council(text: str, body: str) -> None:
    assert (body, "ORG") in pairs(text)


def test_moving_to_the_city_of_a_place_is_the_place() -> None:
    found = pairs("She moved to the City of London in 1998.")
    assert ("London", "LOC") in found
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "In an email, a spokesperson for Manitoba Health said the site would reopen.",
        "Queensland Health confirmed two new cases on Monday.",
    ],
)
def test_a_place_then_a_field_names_a_provincial_service(text: str) -> None:
    """ "Manitoba Health" is the province's health service, never a person."""
    body = text[text.index(next(w for w in ("Manitoba", "Queensland") if w in text)) :]
    name = " ".join(body.split()[:2])
    assert (name, "ORG") in pairs(text)


def test_one_unknown_word_a_spokesman_speaks_for_is_a_body() -> None:
    text = "A spokesman for Corvella said the plant would close in March."
    assert ("Corvella", "ORG") in pairs(text)


def test_a_surname_a_spokesman_speaks_for_stays_a_person() -> None:
    text = "Senator Joan Whitby leads. A spokesman for Whitby said she would debate."
    assert ("Whitby", "PER") in pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Fenwick Park was shut. A spokesman for Save Fenwick Park said they would appeal.",
            ("Save Fenwick Park", "ORG"),
        ),
        (
            "Joan Whitby leads the race. A spokesman for Joan Whitby said she would debate.",
            ("Joan Whitby", "PER"),
        ),
    ],
)
def test_a_run_a_spokesman_speaks_for_is_a_body_unless_a_person_s_name(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(text)


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            "Senate Minority Leader Carla Jensen of Fresno accused Democrats.",
            "Carla Jensen",
            "Fresno",
        ),
        ("Mayor Ann Roe of Springfield spoke on Monday.", "Ann Roe", "Springfield"),
    ],
)
def test_an_officeholder_s_of_names_her_home_apart_from_her(
    text: str, person: str, place: str
) -> None:
    """ "Leader Carla Jensen of Fresno": a person, then the town she comes from."""
    found = pairs(text)
    assert (person, "PER") in found and (place, "LOC") in found
