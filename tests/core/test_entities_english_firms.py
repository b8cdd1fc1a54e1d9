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
