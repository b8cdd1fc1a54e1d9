"""English groups named after a person or set in a place speak for no one named.

"Two Varga aides said" reports the aides, who stay unnamed, not Varga; "officials in
Brockton said" reports the officials, and Brockton, after "in", is a place, not a
person the verb follows. A body's officials ("Treasury officials said") still speak
for the body. Invented names, general news phrasing.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes

from tui.core.entities.extract import extract_entities


def _quotes(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.source) for q in article_quotes(body)]


@pytest.mark.parametrize("opening", ["Two Varga aides", "Varga aides, speaking privately,"])
def test_a_persons_aides_are_not_the_person(opening: str) -> None:
    body = (
        "Senator Lydia Varga spoke in Dayton on Monday.\n\n"
        f"{opening} said the campaign now saw Ohio as “a firewall, not a battleground”."
    )
    [(speaker, _)] = _quotes(body)
    assert speaker is None


def test_the_person_herself_still_speaks() -> None:
    body = (
        "Senator Lydia Varga spoke in Dayton on Monday.\n\n"
        "Varga said the campaign now saw Ohio as “a firewall, not a battleground”."
    )
    assert [s for s, _ in _quotes(body)] == ["Lydia Varga"]


def test_a_lone_name_after_in_is_a_place_even_before_said() -> None:
    text = "Party officials in Brockton said the count was close."
    assert [(e.text, e.label) for e in extract_entities(text, language="en")] == [
        ("Brockton", "LOC")
    ]


def test_officials_in_a_town_are_no_one_named() -> None:
    body = (
        "Mara Quell won the primary on Tuesday.\n\n"
        "Party officials in Brockton said her field program was “a turnout machine”."
    )
    [(speaker, _)] = _quotes(body)
    assert speaker is None


def test_a_bodys_officials_speak_for_the_body() -> None:
    body = (
        "The Corvale Port Authority closed two berths on Monday.\n\n"
        "Corvale Port Authority officials said the berths would reopen “within the week”."
    )
    assert [s for s, _ in _quotes(body)] == ["Corvale Port Authority"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [("Varga's aides", None), ("Varga's spokeswoman", "Lydia Varga")],
)
def test_a_persons_own_aides_are_not_the_person_but_her_spokeswoman_is(
    opening: str, expected: str | None
) -> None:
    body = (
        "Senator Lydia Varga spoke in Dayton on Monday.\n\n"
        f"{opening} said the campaign now saw Ohio as “a firewall, not a battleground”."
    )
    [(speaker, _)] = _quotes(body)
    assert speaker == expected


@pytest.mark.parametrize(
    "source",
    ["said one senior GOP aide, who asked not to be named", "a White House official said"],
)
def test_one_member_of_a_body_speaks_unnamed_not_for_the_body(source: str) -> None:
    body = f"Budget talks stalled on Friday.\n\n“Nothing is agreed,” {source}."
    [(speaker, _)] = _quotes(body)
    assert speaker is None


def test_the_body_itself_still_speaks() -> None:
    body = "Budget talks stalled on Friday.\n\n“Nothing is agreed,” the White House said."
    assert [s for s, _ in _quotes(body)] == ["White House"]
