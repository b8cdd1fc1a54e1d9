"""English attribution patterns, one test each, with invented names and general phrasing.

"said X", "X said", "according to X", a pronoun after a named person of each
gender, a body speaking, an unnamed spokesperson, and ''…'' marks.
"""

from __future__ import annotations

import pytest
from quote_text import cast

CAST = cast(
    ["Dana Whitlow", "Tom Garrick"],
    surnames=["Whitlow", "Garrick"],
    bodies=["Harbour Transit Authority"],
    places=["Brasvik"],
)


def speakers(text: str) -> list[str | None]:
    return CAST.speakers(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The line will reopen on Monday,” said Dana Whitlow, the transit chief.", "Dana Whitlow"),
        ("“The line will reopen on Monday,” Tom Garrick said.", "Tom Garrick"),
        ("Tom Garrick said: “The line will reopen on Monday.”", "Tom Garrick"),
        ("According to Dana Whitlow, the repairs were “well ahead of schedule.”", "Dana Whitlow"),
        (
            "“Fares will not rise this year,” the Harbour Transit Authority said in a statement.",
            "Harbour Transit Authority",
        ),
        ("''We expect delays,'' said Tom Garrick.", "Tom Garrick"),
        ("“Nobody was hurt,” a spokesman said.", None),
        ("“Nobody was hurt,” officials in Brasvik said.", None),
    ],
)
def test_english_attribution_patterns(text: str, expected: str | None) -> None:
    assert speakers(text) == [expected]


def test_he_and_she_follow_the_gender_the_text_gives() -> None:
    text = (
        "Mrs Dana Whitlow chaired the meeting. Mr Tom Garrick arrived late.\n"
        "“We are close to a deal,” she said.\n“Not that close,” he said."
    )
    assert speakers(text) == ["Dana Whitlow", "Tom Garrick"]


def test_a_possessed_body_speaks_not_its_owner() -> None:
    text = (
        "Garrick's campaign said in a statement that it still had “serious questions” "
        "about the count. “We will review our options,” the campaign said."
    )
    assert speakers(text) == ["Garrick's campaign", "Garrick's campaign"]


def test_a_name_after_a_participial_opening_is_the_subject_a_pronoun_takes() -> None:
    text = (
        "“The count was orderly,” said Dana Whitlow.\n"
        "Asked whether he would appeal, Garrick shook his head. “No. I'm going fishing,” "
        "he said."
    )
    assert speakers(text) == ["Dana Whitlow", "Tom Garrick"]


def test_a_sentence_after_a_closing_double_apostrophe_is_a_new_one() -> None:
    text = (
        "''We will build,'' said Tom Garrick.\n\n"
        "According to Dana Whitlow, the debut was ''the best of the year.'' She said "
        "investors had been ''starved of good stories.''"
    )
    assert speakers(text) == ["Tom Garrick", "Dana Whitlow", "Dana Whitlow"]


@pytest.mark.parametrize(
    "introduction",
    [
        "The mediator, the former transit envoy Tom Garrick, said he was hopeful.",
        "Transport Minister Tom Garrick, who visited the depot and praised its “fine crews,” "
        "said a review would follow. He said he had spoken to the unions.",
    ],
)
def test_a_pronoun_takes_the_subject_behind_an_apposition(introduction: str) -> None:
    text = (
        "“The talks failed,” said Dana Whitlow.\n\n"
        f"{introduction} “I have seen harder cases settled,” he said."
    )
    assert speakers(text)[0] == "Dana Whitlow" and speakers(text)[-1] == "Tom Garrick"


def test_a_role_then_a_named_apposition_reports_as_the_name() -> None:
    text = (
        "Dana Whitlow, director of the campaign group, spoke first.\n\n"
        "The mediator, the former transit envoy Tom Garrick, said he was hopeful. "
        "“I have seen harder cases settled,” he said."
    )
    assert speakers(text) == ["Tom Garrick"]
