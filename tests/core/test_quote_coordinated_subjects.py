"""A pronoun after a sentence of two joined clauses (« A finit par revenir et B cède »)
stands for the clause subject the article has named most so far, its topic; the first
one when it leads or ties. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers, trained_quotes

from tui.core.engine_identity import available

_TITLE = "Escrime : la Française échoue au pied du podium"


def _bout(first: str, second: str) -> str:
    return (
        f"{_TITLE}\n\n"
        "La Lyonnaise Clémence Vautrin a manqué la médaille de bronze au sabre, samedi. "
        "Dans le match pour la troisième place, elle a longtemps mené face à "
        f"l'Ukrainienne. {first} finit par revenir et {second} cède à nouveau, à une "
        "touche du podium. « J'ai tout donné, je n'ai aucun regret » a-t-elle déclaré.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        ("Oksana Dovhal", "Vautrin", "Clémence Vautrin"),  # the topic is the second subject
        ("Vautrin", "Oksana Dovhal", "Clémence Vautrin"),  # the topic leads
    ],
)
def test_the_pronoun_follows_the_topic_of_the_joined_clauses(
    first: str, second: str, speaker: str
) -> None:
    assert rules_speakers(_bout(first, second), "fr") == [speaker]


def test_two_newcomers_leave_the_first_subject() -> None:
    text = (
        "Tennis\n\nAnaïs Berthier mène le premier set et Lucie Marand résiste. "
        "« Je savais que ce serait long », a-t-elle confié.\n"
    )
    assert rules_speakers(text, "fr") == ["Anaïs Berthier"]


@pytest.mark.skipif(not available(), reason="the trained model is not installed")
def test_the_trained_engine_follows_the_topic_too() -> None:
    [quote] = trained_quotes(_bout("Oksana Dovhal", "Vautrin"), _TITLE)
    assert quote.speaker == "Clémence Vautrin"


def test_a_pronoun_a_verb_of_saying_reports_leaves_the_main_subject_shared() -> None:
    """ "X said she would not comment, but added that …": X added it."""
    text = (
        "Prices\n\nIndustry Minister Denise Kowal, asked about the case in Ottawa, said she "
        "would not comment on a matter before an agency, but added that Canadians were "
        '"rightly angry" about food prices.\n'
    )
    assert rules_speakers(text) == ["Denise Kowal"]


def test_a_bare_head_stands_for_the_one_qualified_role_it_ends() -> None:
    """ "a county commissioner" is "the commissioner"; a "deputy mayor" is no mayor."""
    text = (
        "Broadband\n\nBev Thors, a county commissioner in Minnesota, said the hall relies on a "
        'satellite link.\n\n"If it dies, I don\'t know how I explain that," the commissioner '
        "said.\n"
    )
    assert rules_speakers(text) == ["Bev Thors"]
