"""A trade opening an English sentence before a firm's name says what the firm does
("Developer Ashcombe Homes", "Carmaker Vauxhall Motors"): the name is the rest.
A body whose own name opens on such a word ("Union Pacific Railroad") stays whole.
Invented firms."""

from __future__ import annotations

import pytest

from tui.core.entities.extract import extract_entities


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("Developer Ashcombe Homes submitted plans on Monday.", "Ashcombe Homes"),
        ("Carmaker Varrow Motors said it would close the plant.", "Varrow Motors"),
        ("Retailer Penley Holdings said profits fell.", "Penley Holdings"),
    ],
)
def test_a_trade_before_a_firm_is_not_its_name(sentence: str, firm: str) -> None:
    found = [(e.text, e.label) for e in extract_entities(sentence, language="en")]
    assert found == [(firm, "ORG")]


def test_a_firm_named_with_a_common_word_keeps_it() -> None:
    found = [e.text for e in extract_entities("Union Pacific Railroad said so.", language="en")]
    assert found == ["Union Pacific Railroad"]


@pytest.mark.parametrize(
    ("sentence", "body", "person"),
    [
        ("“It is a betrayal,” said Unite national officer Gary Sloane.", "Unite", "Gary Sloane"),
        ("“It is bad,” said Halvern chief executive Ada Quell.", "Halvern", "Ada Quell"),
    ],
)
def test_a_word_before_a_bodys_office_and_its_holder_is_the_body(
    sentence: str, body: str, person: str
) -> None:
    found = [(e.text, e.label) for e in extract_entities(sentence, language="en")]
    assert found == [(body, "ORG"), (person, "PER")]


def test_a_persons_spokesman_keeps_the_person() -> None:
    """ "Trask spokesman X": a person has a spokesman as a body has one."""
    sentence = "“No,” said Trask spokesman Brian Fallow."
    found = [(e.text, e.label) for e in extract_entities(sentence, language="en")]
    assert ("Trask", "ORG") not in found


def test_an_employer_after_a_job_noun_is_a_body() -> None:
    found = [
        (e.text, e.label) for e in extract_entities("Analysts at Peel Hunt said so.", language="en")
    ]
    assert found == [("Peel Hunt", "ORG")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("She opened a clinic above a pharmacy on Main Street.", "Main Street"),
        ("The parade went down High Street on Sunday.", "High Street"),
    ],
)
def test_a_street_keeps_a_first_word_that_only_ends_like_a_demonym(
    sentence: str, place: str
) -> None:
    """ "Main" ends like « américain » but is no nationality."""
    assert [(e.text, e.label) for e in extract_entities(sentence, language="en")] == [
        (place, "LOC")
    ]


def test_works_and_a_shipyard_close_a_firm_opening_on_a_given_name() -> None:
    """ "Chaleur Marine Works": a firm, whole, though "Marine" is a given name and
    "Chaleur" a word in French."""
    for sentence, firm in (
        (
            "Chaleur Marine Works, which employs 420 people, said it won fairly.",
            "Chaleur Marine Works",
        ),
        ("The order went to Harlan Gray Shipyards last year.", "Harlan Gray Shipyards"),
    ):
        found = [(e.text, e.label) for e in extract_entities(sentence, language="en")]
        assert found == [(firm, "ORG")]


def test_one_word_an_apposition_calls_a_body_is_an_organisation() -> None:
    text = "Ofqual, the exams regulator in England, said it was urgent. However, the board met."
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert ("Ofqual", "ORG") in found
    assert not any(name == "However" for name, _ in found)


def test_a_joint_venture_between_two_groups_is_a_body() -> None:
    text = "Southline, a joint venture between a British bus group and an investor, said no."
    assert ("Southline", "ORG") in [
        (e.text, e.label) for e in extract_entities(text, language="en")
    ]
