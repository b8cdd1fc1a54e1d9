"""Later mentions of a name: a surname, a short company or club name, or an acronym
defined in brackets keeps the label of the full name given first, and resolves to it.
"""

from __future__ import annotations

import pytest
from named_entities import entity_pairs, name_pairs

from tui.core.entities.extract import extract_entities
from tui.core.names import resolve_names


def test_surname_takes_the_label_of_the_full_name() -> None:
    text = "Vladimir Poutine est venu. Plus tard, Poutine a parlé."
    assert entity_pairs(text, "fr") == [("Vladimir Poutine", "PER"), ("Poutine", "PER")]


def test_surname_resolves_after_a_titled_full_name() -> None:
    text = "U.S. President Joe Biden spoke on Monday. Biden said the talks went well."
    resolved, _ = resolve_names({"a": extract_entities(text, language="en")})
    by_text = {e.text: e for e in resolved["a"]}
    assert by_text["Biden"].canonical == "Joe Biden"
    assert by_text["Biden"].label == "PER"


def test_particle_surname_resolves_to_the_full_name() -> None:
    text = "Pieter de Boer spoke first. Later de Boer added a caveat."
    resolved, corpus = resolve_names({"a": extract_entities(text, language="en")})
    assert {e.canonical for e in resolved["a"]} == {"Pieter de Boer"}
    assert [c.mentions for c in corpus if c.canonical == "Pieter de Boer"] == [2]


def test_a_company_short_name_follows_its_full_name() -> None:
    text = "Quantafy Holdings posted a loss. Shares of Quantafy fell."
    assert name_pairs(text, "en") == [("Quantafy Holdings", "ORG"), ("Quantafy", "ORG")]


def test_a_club_short_name_follows_its_listed_name() -> None:
    text = "Crystal Palace won. The win lifts Palace to fifth."
    assert name_pairs(text, "en") == [("Crystal Palace", "ORG"), ("Palace", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was approved by the Nordic Trade Council (NTC). Later the NTC board met.",
            [("Nordic Trade Council", "ORG"), ("NTC", "ORG"), ("NTC", "ORG")],
        ),
        (
            "Leaders of the Andean Union (AU) met. An AU Commission report followed.",
            [("Andean Union", "ORG"), ("AU", "ORG"), ("AU Commission", "ORG")],
        ),
    ],
)
def test_an_acronym_defined_in_parentheses_keeps_its_label(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected
