"""An English possessive inside a body's own name ("Sheriff's Office", "St Anne's
Hospital") stays in the name; one after a place or a person still ends it.

Invented names; the rules engine (English keeps a rule engine) reads them.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.pipeline import analyze_article
from tui.core.entities.extract import extract_entities
from tui.core.models import Article


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in extract_entities(text, language="en")}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Deputies of the Morrow County Sheriff's Office closed the road.",
            "Morrow County Sheriff's Office",
        ),
        (
            "The Tarven Fishermen’s Association welcomed the quota.",
            "Tarven Fishermen’s Association",
        ),
        ("She was taken to St Anne's Hospital on Friday.", "St Anne's Hospital"),
        ("The Harbour Pilots’ Union called a strike.", "Harbour Pilots’ Union"),
        ("Tamsin’s Bakes Ltd said it would appeal.", "Tamsin’s Bakes Ltd"),
        ("Members of the Brenmoor Teachers' Federation voted.", "Brenmoor Teachers' Federation"),
        (
            "Officials at the Children's Hospital of Kelso said little.",
            "Children's Hospital of Kelso",
        ),
    ],
)
def test_a_possessive_inside_a_body_name_stays_in_it(sentence: str, body: str) -> None:
    assert _labels(sentence).get(body) == "ORG"


def test_a_possessive_after_a_place_still_ends_the_name() -> None:
    labels = _labels("Norway's Fisheries Ministry said the talks would resume.")
    assert labels.get("Norway") == "LOC"
    assert "Norway's Fisheries Ministry" not in labels


def test_a_plural_possessive_after_a_family_name_still_ends_it() -> None:
    labels = _labels("The Hallorans' House was sold to Dana Pike in May.")
    assert "Hallorans' House" not in labels
    assert labels.get("Dana Pike") == "PER"


def test_a_saint_with_a_period_names_no_person() -> None:
    labels = _labels("Dr. Ines Farrow, a surgeon at St. Oswin’s Medical Center, said it.")
    assert labels.get("Ines Farrow") == "PER"
    assert not any(label == "PER" and "Oswin" in name for name, label in labels.items())


def test_the_subject_before_an_apposition_with_a_saint_speaks() -> None:
    text = (
        "Clinic\n\n"
        "Dr. Ines Farrow, a surgeon at St. Oswin’s Medical Center in Harlow, said the "
        "outbreak was “far from over.”\n\n"
        "“We are seeing more cases every week,” she said.\n"
    )
    article = Article(id="a", path="a.txt", title="Clinic", text=text, language="en")
    assert [q.speaker for q in analyze_article(article).quotes] == ["Ines Farrow", "Ines Farrow"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Harl Water, which supplies the city, said the outage was local.", "Harl Water"),
        (
            "The Dakota Privacy Project, which filed a brief, welcomed the ruling.",
            "Dakota Privacy Project",
        ),
        ("Westline Bus Lines, which runs most routes, said little.", "Westline Bus Lines"),
    ],
)
def test_a_name_of_several_words_before_which_is_a_body(sentence: str, body: str) -> None:
    assert _labels(sentence).get(body) == "ORG"


def test_a_place_before_which_stays_no_body() -> None:
    assert (
        _labels("Harl Creek, which lost its library, voted on Monday.").get("Harl Creek") != "ORG"
    )


def test_a_provincial_title_cuts_before_the_name() -> None:
    assert _labels("Opposition MLA Derek Vahl called the delay an emergency.") == {
        "Derek Vahl": "PER"
    }


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("On my last evening in Ohio I asked her about the game.", "Ohio"),
        ("In Lisbon I met the mayor, who said little.", "Lisbon"),
    ],
)
def test_the_pronoun_i_after_a_name_stays_out_of_it(sentence: str, place: str) -> None:
    labels = _labels(sentence)
    assert labels.get(place) == "LOC"
    assert not any(name.endswith(" I") for name in labels)


def test_a_regnal_numeral_after_a_given_name_stays() -> None:
    assert _labels("The portrait of Queen Elizabeth I hangs in the hall.").get("Elizabeth I")


def test_a_run_spelled_out_by_the_acronym_after_it_is_a_body() -> None:
    labels = _labels("Inspectors of the Independent Harbour Authority (IHA) found faults.")
    assert labels.get("Independent Harbour Authority") == "ORG"


def test_a_person_with_initials_in_brackets_stays_a_person() -> None:
    assert _labels("Maria Lopez Garcia (MLG) said hello.").get("Maria Lopez Garcia") == "PER"


@pytest.mark.parametrize(
    "body", ["Harbour Pilots Guild", "Kelvale Wetlands Collective", "Tarven Housing Forum"]
)
def test_a_guild_a_collective_or_a_forum_is_a_body(body: str) -> None:
    assert _labels(f"The {body} said the plan was late.").get(body) == "ORG"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The advisory covered parts of St. Andrews and the river valley.", "St. Andrews"),
        ("He grew up in St Albans before moving north.", "St Albans"),
    ],
)
def test_a_saints_name_before_a_town_names_the_town(sentence: str, place: str) -> None:
    labels = _labels(sentence)
    assert labels.get(place) == "LOC"
    assert "PER" not in labels.values()


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Ethan Park, who sits his exam in November, said most agreed.", "Ethan Park"),
        ("Maliwan Chaiyasit, who was not involved in the study, said little.", "Maliwan Chaiyasit"),
        ("Laura Park and her husband lost everything in the fire.", "Laura Park"),
    ],
)
def test_a_name_before_who_is_a_person(sentence: str, person: str) -> None:
    assert _labels(sentence).get(person) == "PER"


def test_a_park_stays_a_place() -> None:
    assert _labels("They met in Victoria Park on Sunday.").get("Victoria Park") == "LOC"
    assert _labels("Victoria Park and its lake were closed.").get("Victoria Park") == "LOC"
