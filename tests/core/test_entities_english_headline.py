"""Names in an English headline written in title case are the ones the body names.

Every word of such a headline is capitalised, so its capitals say nothing: a run there
keeps only the names the body confirms, and a title before common words ("Governor
Signs Budget") announces nobody. Invented names; the rules engine reads them.
"""

from __future__ import annotations

from tui.core.entities.extract import extract_entities


def _headline_names(text: str) -> list[tuple[str, str]]:
    end = text.index("\n")
    return [(e.text, e.label) for e in extract_entities(text, language="en") if e.start < end]


def test_a_title_before_common_words_announces_no_person() -> None:
    text = "Governor Signs Budget After Long Talks\n\nGovernor Ilse Varga signed it on Monday.\n"
    assert _headline_names(text) == []


def test_a_title_case_run_keeps_the_name_the_body_gives() -> None:
    text = (
        "Senator Dwight Pellman Clashes With Governor Over Water Bill\n\n"
        "Senator Dwight Pellman on Tuesday accused the governor of stalling.\n"
    )
    assert _headline_names(text) == [("Dwight Pellman", "PER")]


def test_a_surname_in_the_headline_is_the_person_of_the_body() -> None:
    text = (
        "Pellman Raises Record Sum Ahead of Primary\n\nSenator Dwight Pellman raised $4 million.\n"
    )
    assert _headline_names(text) == [("Pellman", "PER")]


def test_a_sentence_case_headline_keeps_its_names() -> None:
    text = "Ilse Varga wins the vote in Dorrin\n\nThe governor thanked voters.\n"
    assert _headline_names(text) == [("Ilse Varga", "PER"), ("Dorrin", "LOC")]


def test_a_title_before_a_full_name_still_announces_a_person() -> None:
    people = [e.text for e in extract_entities("Governor Ilse Varga signed it.", language="en")]
    assert people == ["Ilse Varga"]
