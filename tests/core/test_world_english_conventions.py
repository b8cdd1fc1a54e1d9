"""English copy from around the world: honorifics stay outside a person's name
("Comrade", "Engr", "Datuk Seri"), a name ending on "State" or "Market" is a place
("Oyo State", "Bodija Market"), and a relative clause set off after the speaker
("X, whose father, Y, died, said …") does not make the next lone quotation anyone
else's. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers

from tui.core.entities.extract import extract_entities


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text, language="en")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The union leader, Comrade Kunle Adeyemi, spoke.", "Kunle Adeyemi"),
        ("The director, Engr Musa Danladi, spoke.", "Musa Danladi"),
        ("Council president Datuk Seri Kamal Rashid spoke.", "Kamal Rashid"),
    ],
)
def test_the_honorific_stays_outside_the_name(text: str, name: str) -> None:
    assert (name, "PER") in _names(text)


def test_a_state_and_a_market_are_places() -> None:
    names = _names("Officials in Oyo State said prices rose. Traders at Bodija Market complained.")
    assert names == [("Oyo State", "LOC"), ("Bodija Market", "LOC")]


def test_a_known_body_ending_on_state_stays_a_body() -> None:
    assert _names("Fighters of Islamic State attacked the town.") == [("Islamic State", "ORG")]


def test_a_relative_clause_after_the_speaker_names_no_other_speaker() -> None:
    text = (
        "Report\n\nAmina Rahman, whose father, Karim Rahman, died in the fire, said she had "
        "read the report twice.\n\n“They told us to be patient. Now we know.”"
    )
    assert rules_speakers(text) == ["Amina Rahman"]
