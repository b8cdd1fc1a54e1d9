"""English attribution styles of whole quoted sentences, one case each: verbs before
and after, present tense, dashes, colons, appositions one after another, surnames and
honorifics, social media. Invented names, general phrasing."""

from __future__ import annotations

import pytest

from tui.core.entities.extract import extract_entities
from tui.core.quotes.extract import extract_quotes

_LEAD = "Report\n\nRuth Calder runs the depot in Leeds. Owen Marsh is her deputy.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will reopen on Monday,” says Ruth Calder.", "Ruth Calder"),
        ("“We will reopen on Monday” — Ruth Calder.", "Ruth Calder"),
        ("Ruth Calder: “We will reopen on Monday.”", "Ruth Calder"),
        (
            "“We will reopen on Monday,” Ruth Calder, the depot manager, told the BBC.",
            "Ruth Calder",
        ),
        ("“We will reopen on Monday,” she told the Guardian.", "Ruth Calder"),
        ("“We will reopen on Monday”, Ruth Calder says.", "Ruth Calder"),
        ("“We will reopen on Monday,” Ruth Calder tweeted.", "Ruth Calder"),
        ("Ruth Calder posted on Facebook: “We will reopen on Monday.”", "Ruth Calder"),
        (
            "“We will reopen on Monday,” Ruth Calder, 54, a manager from Leeds, said.",
            "Ruth Calder",
        ),
        ("“We will reopen on Monday,” Mr Marsh insisted.", "Owen Marsh"),
        ("Owen Marsh was blunt. “We will reopen on Monday.”", "Owen Marsh"),
        ("“We will reopen on Monday,” said Calder, who has run it since 2019.", "Ruth Calder"),
        ("Her deputy, Owen Marsh, agreed. “We will reopen on Monday,” he said.", "Owen Marsh"),
        ("“We will reopen on Monday,” Marsh wrote in an email.", "Owen Marsh"),
        ("“We will reopen on Monday,” Ruth Calder interrupted.", "Ruth Calder"),
        ("“We will reopen on Monday,” Ruth Calder interjected.", "Ruth Calder"),
    ],
)
def test_english_speech_style(sentence: str, speaker: str) -> None:
    text = _LEAD + sentence + "\n"
    quotes = extract_quotes(text, extract_entities(text, language="en"), language="en")
    assert quotes[0].speaker is not None
    assert speaker.endswith(quotes[0].speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("CHICAGO — Ald. Ray Szyma said the plan was “a tax with a camera on top.”", "Ray Szyma"),
        ("“We were not consulted,” Cllr Tomás Gearty said.", "Tomás Gearty"),
        ("“We will cook on Monday,” Madam Efua Mensimah said.", "Efua Mensimah"),
        ("“You cannot run a kitchen on promises,” Hon. Kwabena Ofori said.", "Kwabena Ofori"),
        (
            "“The worst is behind us,” managing director and chief executive Rohan Kandel "
            "told analysts.",
            "Rohan Kandel",
        ),
    ],
)
def test_local_titles_and_coordinated_titles(text: str, speaker: str) -> None:
    text = "News\n\n" + text + "\n"
    quotes = extract_quotes(text, extract_entities(text, language="en"), language="en")
    assert [q.speaker for q in quotes] == [speaker]


def test_an_exchange_goes_on_past_a_reply_with_a_long_attribution() -> None:
    from pipeline_quotes import rules_speakers

    text = (
        "Hearing\n\nMP Dan Whitcombe questioned the officials.\n\n"
        "“Who approved the second contract?” Whitcombe asked.\n\n"
        "“That decision was taken at the assistant deputy minister level,” replied Marc-André "
        "Thibodeau, chief information officer at Immigration, Refugees and Citizenship Canada.\n\n"
        "“Which assistant deputy minister?”\n\n"
        "“I would have to confirm that for the committee.”\n"
    )
    assert rules_speakers(text)[-2:] == ["Dan Whitcombe", "Marc-André Thibodeau"]


def test_an_interview_opened_by_asked_by_alternates_its_turns() -> None:
    from pipeline_quotes import rules_speakers

    text = (
        "Water\n\nOn the radio, Dr Kirsten Faulds was asked by presenter Ana Whitmore whether "
        "the council had been too slow.\n\n"
        "“In hindsight, yes. We spent too long arguing,” she said.\n\n"
        "“Why?”\n\n"
        "“Because the people who would have to change are people we know.”\n"
    )
    assert rules_speakers(text) == ["Kirsten Faulds", "Ana Whitmore", "Kirsten Faulds"]


def test_a_county_government_is_a_body_not_a_person() -> None:
    text = "News\n\nThe Baringo County Government said the clinic would be renovated.\n"
    labels = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert ("Baringo County Government", "ORG") in labels


@pytest.mark.parametrize("kin", ["Mum", "Mother-of-two", "Grandmother"])
def test_a_tabloid_kin_title_gives_the_name_its_gender(kin: str) -> None:
    text = (
        "Tribunal\n\nDarren Pyke, 41, is accused of sending messages.\n\n"
        f"{kin} Kerry Walshe, 38, whose son was in the class, broke down as she gave "
        "evidence.\n\n“He’d stand there and say it in front of everyone,” she told the panel.\n"
    )
    quotes = extract_quotes(text, extract_entities(text, language="en"), language="en")
    assert [q.speaker for q in quotes] == ["Kerry Walshe"]
