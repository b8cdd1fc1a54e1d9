"""A reporting verb in the passive (« sera reconnu », "was announced") has no speaker
for subject: the cue looks further back for the active verb that reports the words.

Sentences are written for the test, with invented people; the entities are given, so
only the attribution is judged (rules engine, as the suite runs by default).
"""

from __future__ import annotations

import pytest
from quote_text import cast

speakers = cast(["Paul Verdier", "Jane Holt"]).speakers


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
