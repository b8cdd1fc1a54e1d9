"""A role brought in with an indefinite article right after a name ("Dr. Ana Pardo, a
cardiologist and professor of medicine") describes that named person: the later
"the professor said" is hers, not an unnamed professor's.

Invented people; the English pipeline reads each article whole.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(body, "en", "Heart pill trial")]


def test_an_indefinite_role_after_a_name_is_that_persons() -> None:
    text = (
        "“This is the result we hoped for,” said Dr. Ana Pardo, a cardiologist and "
        "professor of medicine at Lakemont University, who led the study.\n\n"
        "Pardo cautioned that the trial was small. “We should be careful not to oversell "
        "it,” the professor said."
    )
    assert _speakers(text) == ["Ana Pardo", "Ana Pardo"]


def test_an_unnamed_indefinite_role_still_keeps_the_role_unnamed() -> None:
    text = (
        "“This is the result we hoped for,” said Dr. Ana Pardo, who led the study.\n\n"
        "A professor of medicine at another university, who asked not to be named, was "
        "cautious. “We should be careful not to oversell it,” the professor said."
    )
    assert _speakers(text) == ["Ana Pardo", None]
