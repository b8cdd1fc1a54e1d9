"""A voice speaks for the person it serves: "Her office said", « le cabinet de la
présidente », « Son porte-parole assure ». Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, trained_quotes


@pytest.mark.parametrize("voice", ["Her office", "Her spokesman", "Her spokeswoman"])
def test_an_english_possessive_voice_speaks_for_the_woman_just_named(voice: str) -> None:
    text = f"Ann Marlow signed the bill on Monday. {voice} said the law was “long overdue”."
    assert [q.speaker for q in article_quotes(text, "en")] == ["Ann Marlow"]


def test_a_voice_of_the_other_gender_names_nobody() -> None:
    text = "Ann Marlow signed the bill on Monday. His office said the law was “long overdue”."
    assert [q.speaker for q in article_quotes(text, "en")] == [None]


def test_a_campaign_speaks_for_itself_not_its_candidate() -> None:
    text = "Ann Marlow signed the bill on Monday. Her campaign said the law was “long overdue”."
    assert [q.speaker for q in article_quotes(text, "en")] != ["Ann Marlow"]


@pytest.mark.parametrize("voice", ["Son porte-parole", "Son cabinet", "Son entourage"])
def test_a_french_possessive_voice_speaks_for_the_person_just_named(voice: str) -> None:
    text = (
        f"Le maire, Paul Verdier, a reçu les syndicats mardi. {voice} assure qu'une "
        "nouvelle rencontre « sera calée avant la fin du mois »."
    )
    assert [q.speaker for q in trained_quotes(text, "Mairie")] == ["Paul Verdier"]


@pytest.mark.parametrize("staff", ["Le cabinet de la présidente", "L'entourage de la présidente"])
def test_a_persons_staff_speaks_for_the_person_its_role_names(staff: str) -> None:
    text = (
        "La présidente du Département, Lina Corvec, a reçu les syndicats.\n\n"
        f"{staff} assure qu'une rencontre « sera calée avant la fin du mois »."
    )
    assert [q.speaker for q in trained_quotes(text, "Budget")] == ["Lina Corvec"]
