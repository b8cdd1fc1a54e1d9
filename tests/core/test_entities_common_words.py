"""Capitalised words that are not names: sentence openers, headline words, demonyms,
plural nouns, English contractions and function words, acronyms of common nouns.

A word kept as a name later in the text is the counterpart these guards must allow.
"""

from __future__ import annotations

import pytest
from named_entities import entity_pairs, name_pairs

from tui.core.entities.extract import extract_entities


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi, la réunion a eu lieu.",
        "Interrogé, il n’a rien dit.",
        "Publicité",
        "Lire aussi : la suite",
        "However, nothing changed on Monday.",
    ],
)
def test_sentence_initial_common_words_are_not_names(text: str) -> None:
    assert [e for e in entity_pairs(text, "fr") if e[1] != "MISC"] == []


@pytest.mark.parametrize(
    "text",
    ["Budget : le gouvernement promet des économies.", "Rentrée : les élèves reviennent."],
)
def test_sentence_initial_french_common_nouns_are_not_entities(text: str) -> None:
    assert entity_pairs(text, "fr") == []


@pytest.mark.parametrize("word", ["Egalement", "Evidemment"])
def test_french_sentence_start_without_accent_is_not_a_name(word: str) -> None:
    text = f"Le ministre est arrivé lundi. {word}, il a rencontré les maires."
    assert word not in dict(entity_pairs(text, "fr"))


@pytest.mark.parametrize("word", ["TGV", "RER", "MPs"])
def test_acronyms_of_common_nouns_are_not_organisations(word: str) -> None:
    assert entity_pairs(f"Hier, les {word} étaient nombreux.", "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers walked out.",
        "Nobody wins from that.",
        "Supply chains are fragile.",
        "Freight rates rose again.",
        "Analysts see a wake-up call for European logistics.",
        "The Chinese finalist won. Russians and Canadians cheered.",
    ],
)
def test_sentence_initial_common_words_and_demonyms_are_not_entities(text: str) -> None:
    assert extract_entities(text, language="en") == []


@pytest.mark.parametrize("word", ["Advisers", "Organisers", "Supporters"])
def test_a_plural_noun_opening_a_sentence_is_not_a_name(word: str) -> None:
    assert entity_pairs(f"The vote ended. {word} said turnout was high.", "en") == []


def test_an_english_acronym_of_a_common_noun_is_not_an_entity() -> None:
    assert name_pairs("He said AI would change search.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's Foreign Ministry said.", [("China", "LOC"), ("Foreign Ministry", "ORG")]),
        ("He met the United Nations envoy.", [("United Nations", "ORG")]),
        ("It's late. We're ready. That's all. There was rain.", []),
        ("Investors sold. Lawmakers objected, analysts said.", []),
        ("The Conservative Party on Tuesday voted.", [("Conservative Party", "ORG")]),
        ("Microsoft and Amazon rose.", [("Microsoft", "ORG"), ("Amazon", "ORG")]),
        ("The deadline is March 4 in Ohio.", [("Ohio", "LOC")]),
        ("Theresa May spoke in May.", [("Theresa May", "PER")]),
        ("the state news agency WAM said", [("WAM", "ORG")]),
        ("according to the Nikkei newspaper", [("Nikkei", "ORG")]),
    ],
)
def test_english_function_words_and_possessives(text: str, expected: list[tuple[str, str]]) -> None:
    assert name_pairs(text, "en") == expected


def test_a_common_word_used_as_a_name_mid_text_is_kept() -> None:
    text = "The lawyer Paul Clement argued. Clement said the law was wrong."
    assert name_pairs(text, "en") == [("Paul Clement", "PER"), ("Clement", "PER")]
