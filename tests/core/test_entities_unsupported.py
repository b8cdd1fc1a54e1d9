"""A name no cue supports is not an entity: never MISC by default, and in English
never a person by default. Cues still label (a role in apposition, an age, a
family-name particle), and an article's later repeats of a name take its label.

Every name here is invented.
"""

from __future__ import annotations

import pytest

from tui.core.entities.extract import extract_entities


def pairs(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in extract_entities(text, language=language)}


@pytest.mark.parametrize(
    "text",
    [
        "Shipments of Brannock Veltis tablets doubled in the spring quarter.",
        "Orders for Quarrin Dostel kits rose sharply last year.",
    ],
)
def test_an_english_run_without_a_cue_is_not_a_person(text: str) -> None:
    assert not any(label == "PER" for _, label in pairs(text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Traffic through Velmarra slowed after the storm.", "en"),
        ("Les ventes de Korvitex ont reculé cette année.", "fr"),
    ],
)
def test_an_unknown_word_is_not_misc_by_default(text: str, language: str) -> None:
    word = "Velmarra" if language == "en" else "Korvitex"
    assert not any(surface == word for surface, _ in pairs(text, language))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group's chief executive, Ardis Quell, said margins had improved.", "Ardis Quell"),
        ("Tobran Wexley, 44, said the plant would reopen in May.", "Tobran Wexley"),
        ("Marit Solvang retained her seat in the spring vote.", "Marit Solvang"),
        ("The talks, said Ilse van Drommel, had stalled.", "Ilse van Drommel"),
        ("The mayor of Kestrel Bay, Ada Thornley, said the hall would reopen.", "Ada Thornley"),
    ],
)
def test_a_cue_still_names_an_english_person(text: str, name: str) -> None:
    assert (name, "PER") in pairs(text, "en")


def test_a_surname_alone_repeats_the_persons_label() -> None:
    text = (
        "The union's spokesman, Oswin Thrale, said talks would resume. "
        "Managers met Thrale again on Friday."
    )
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert found.count(("Thrale", "PER")) == 1


def test_a_name_in_a_code_is_not_repeated() -> None:
    text = "Le ministre Octave Varlin a parlé. Le vaccin Varlin-19 reste à l'étude."
    found = extract_entities(text, language="fr")
    assert all(e.text != "Varlin" for e in found)


def test_a_verb_before_a_list_is_no_role() -> None:
    """ "The minister visited X, Y": the names after the comma are not in apposition."""
    found = pairs("The minister visited Kestrel Bay, Ardmore Falls and Tilby on Monday.", "en")
    assert not any(label == "PER" for _, label in found)
