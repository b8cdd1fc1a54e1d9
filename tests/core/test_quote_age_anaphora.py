""" "The 28-year-old said": English news re-describes a person by age; the age is the
one the article gave, else the person the paragraph follows. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes

from tui.core.entities.extract import extract_entities


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Kim Park, the team\'s captain, scored twice. "The lads were brilliant," the '
            "28-year-old said.",
            "Kim Park",
        ),
        (
            'Kim Park, 28, and Lee Dunn, 31, both scored. "The lads were brilliant," the '
            "28-year-old said.",
            "Kim Park",
        ),
    ],
)
def test_an_age_re_describes_a_person(body: str, speaker: str) -> None:
    assert [q.speaker for q in article_quotes(body, "en")] == [speaker]


def test_a_given_name_and_a_place_like_surname_with_a_role_is_a_person() -> None:
    found = extract_entities("Kim Park, the team's captain, scored twice.", language="en")
    assert [(e.text, e.label) for e in found] == [("Kim Park", "PER")]


def test_someone_named_only_after_a_preposition_leaves_the_age_to_the_subject() -> None:
    from quote_text import cast

    # The place is cast as a person, as a recogniser may read a lone capitalised word.
    people = cast(["Jonah Mbeki", "Tembisa"])
    text = (
        "Jonah Mbeki, a pensioner who has been on the waiting list since 1998, said he "
        "had walked most of the 20km from Tembisa because he could not afford the fare.\n\n"
        "\u201cWhen I signed up, I still had hair. Now my grandson is on the list too,"
        "\u201d the 63-year-old said."
    )
    assert people.speakers(text, "en") == ["Jonah Mbeki"]
