"""A digest of one person's answers, each paragraph a topic, a colon and the answer,
is that person's: « Morceaux choisis. ¶ Sur le score : « … » ». Invented names."""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_quotes


def test_a_french_digest_is_the_person_introduced_before_it() -> None:
    text = (
        "Mardi, Odile Ferrant, l'entraîneuse du club, a répondu à toutes les questions "
        "lors du point presse. Morceaux choisis.\n\n"
        "Sur le score : « On a été balayées, il n'y a pas d'autre mot. »\n\n"
        "Sur son avenir : « Mon contrat court jusqu'en 2027. »\n\n"
        "Le président du club, Marc Dellac, lui a renouvelé sa confiance. « Elle reste », "
        "a-t-il assuré.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Handball")]
    assert speakers == ["Odile Ferrant", "Odile Ferrant", "Marc Dellac"]


def test_an_english_digest_is_the_person_introduced_before_it() -> None:
    body = (
        "Councillor Ada Pruitt took questions for an hour on Monday. Highlights:\n\n"
        "On the budget: “We will not raise rates this year.”\n\n"
        "On her rival: “I wish him well.”"
    )
    assert [q.speaker for q in article_quotes(body)] == ["Ada Pruitt", "Ada Pruitt"]


def test_a_digest_after_a_paragraph_naming_two_people_stays_open() -> None:
    text = (
        "Odile Ferrant et Marc Dellac ont débattu mardi soir. Morceaux choisis.\n\n"
        "Sur le score : « On a été balayées, il n'y a pas d'autre mot. »\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Débat")] == [None]
