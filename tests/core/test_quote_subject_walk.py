"""The walk from a speech verb back to its subject: over auxiliaries and adverbs
("has long said", « a souvent dit »), and past a name set off after plural people that
govern it ("allies of the prime minister, X,"). Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers

_INTRO = "Mayor Ann Kolb spoke on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'Ann Kolb, the mayor, has long said she would "fix the roads."',
        'Ann Kolb, the mayor, has repeatedly said she would "fix the roads."',
        'Ann Kolb, the mayor, has often said she would "fix the roads."',
    ],
)
def test_adverbs_between_subject_and_verb_are_walked_over(sentence: str) -> None:
    assert rules_speakers(_INTRO + sentence) == ["Ann Kolb"]


def test_a_french_adverb_after_the_auxiliary_is_walked_over() -> None:
    text = "Le maire, Paul Verdier, a souvent répété qu'il voulait « des rues sûres »."
    assert rules_speakers(text, "fr") == ["Paul Verdier"]


def test_a_name_set_off_after_people_who_govern_it_is_not_the_subject() -> None:
    text = (
        "The letter closes with a passage that allies of the prime minister, Ruth Alder, "
        "privately described as “unforgivable”."
    )
    assert rules_speakers(text) == [None]


def test_a_name_set_off_after_one_person_is_that_person() -> None:
    text = "The lawyer of the suspect, Carla Benn, privately described the case as “empty”."
    assert rules_speakers(text) == ["Carla Benn"]
