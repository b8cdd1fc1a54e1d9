"""A reporting verb in the passive (« sera reconnu », "was announced") has no speaker
for subject: the cue looks further back for the active verb that reports the words.

Sentences are written for the test, with invented people; the entities are given, so
only the attribution is judged (rules engine, as the suite runs by default).
"""

from __future__ import annotations

import pytest
from quote_text import cast

speakers = cast(["Paul Verdier", "Jane Holt"], bodies=["Harbour Authority"]).speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a annoncé que l'état de catastrophe sera reconnu et que des mesures seront "
        "prises pour ceux qui ont été « victimes des inondations ».",
        "Il a indiqué que le plan a été confirmé hier pour rassurer les « familles sinistrées ».",
    ],
)
def test_a_passive_reporting_verb_hands_on_to_the_active_one(sentence: str) -> None:
    text = "Paul Verdier a visité le quartier inondé. " + sentence
    assert speakers(text) == ["Paul Verdier"]


def test_an_english_passive_hands_on_to_the_active_verb() -> None:
    text = 'Jane Holt said the closure was announced to residents as a "short pause".'
    assert speakers(text, "en") == ["Jane Holt"]


def test_a_reflexive_compound_stays_active() -> None:
    text = "Paul Verdier s'est déclaré « très confiant » pour la suite des travaux."
    assert speakers(text) == ["Paul Verdier"]


def test_a_passive_infinitive_leaves_the_caller_the_speaker() -> None:
    text = 'Jane Holt visited the centre and called for the town to be declared a "disaster" zone.'
    assert speakers(text, "en") == ["Jane Holt"]


def test_the_agent_of_a_passive_speaks() -> None:
    text = "Paul Verdier a été accusé par Jane Holt de « mentir aux habitants » lundi soir."
    assert speakers(text) == ["Jane Holt"]


def test_the_agent_named_in_an_apposition_speaks_in_english() -> None:
    text = 'Paul Verdier was accused by his rival, Jane Holt, of "burying" the housing plan.'
    assert speakers(text, "en") == ["Jane Holt"]


def test_a_bare_participle_after_the_quotation_is_no_incise() -> None:
    text = (
        "Paul Verdier a salué « la participation en hausse », estimée à 52,3 % par "
        "Jane Holt, et promis des « réponses concrètes »."
    )
    assert speakers(text) == ["Paul Verdier", "Paul Verdier"]


def test_a_call_after_a_and_a_noun_is_no_reporting_verb() -> None:
    text = (
        "Jane Holt, the chief executive, told analysts on an earnings call that producers "
        'were "fighting with one hand tied behind our backs."'
    )
    assert speakers(text, "en") == ["Jane Holt"]


def test_a_number_with_a_comma_splits_no_clause() -> None:
    text = (
        "Jane Holt, who leads about 1,300 of the drivers, said management had "
        '"walked away from the table".'
    )
    assert speakers(text, "en") == ["Jane Holt"]


@pytest.mark.parametrize(
    "headline",
    [
        'Harbour Authority inquiry told of "years of neglect"',
        'Harbour Authority hearing told: "We were never warned"',
    ],
)
def test_a_listening_body_told_of_words_is_no_speaker(headline: str) -> None:
    assert speakers(headline, "en") == [None]


def test_told_with_its_own_listener_stays_active() -> None:
    text = 'Jane Holt told the Harbour Authority inquiry of "years of neglect".'
    assert speakers(text, "en") == ["Jane Holt"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("La formule « Tout va bien » prononcée par Paul Verdier a fait rire.", "Paul Verdier"),
        ("Le slogan « Plus jamais ça », lancé par Paul Verdier en 2019, revient.", "Paul Verdier"),
        ("Le slogan « Plus jamais ça » revient dans les cortèges.", None),
    ],
)
def test_a_phrase_the_text_hands_to_who_uttered_it_is_theirs(
    sentence: str, speaker: str | None
) -> None:
    """A phrase or slogan is no one's words, unless a participle after it names who
    uttered it."""
    assert speakers("Débat. " + sentence) == [speaker]
