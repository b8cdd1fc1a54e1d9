"""A headline in title case is read as a sentence: its verbs report, a surname the body
gives in full names the speaker, and the quotations keep their own capitals. Invented
names."""

from __future__ import annotations

from pipeline_quotes import article_quotes

from tui.core.models import Entity
from tui.core.quotes.headline_case import sentence_case_headline


def test_a_title_case_headline_is_lowered_but_for_the_body_s_surnames() -> None:
    text = "Harlow Calls Audit ‘a Sham’ and Vows Appeal\n\nGov. Nina Harlow spoke.\n"
    person = Entity(text.index("Nina"), text.index(" spoke"), "Nina Harlow", "PER", "Nina Harlow")
    reading, entities = sentence_case_headline(text, [person], "en")
    assert reading.splitlines()[0] == "Harlow calls audit ‘a sham’ and vows appeal"
    assert len(reading) == len(text)
    assert [(e.text, e.canonical) for e in entities] == [
        ("Harlow", "Nina Harlow"),
        ("Nina Harlow", "Nina Harlow"),
    ]


def test_a_sentence_case_headline_is_left_alone() -> None:
    text = "Harlow calls audit ‘a sham’ as the vote nears\n\nGov. Nina Harlow spoke.\n"
    assert sentence_case_headline(text, [], "en") == (text, [])


def test_the_speaker_of_a_title_case_headline_is_the_person_it_names() -> None:
    body = (
        "Gov. Nina Harlow on Wednesday dismissed the audit as “a sham” and vowed to "
        "“fight back” in court."
    )
    quotes = article_quotes(body, title="Harlow Calls Audit ‘a Sham’ and Vows to ‘Fight Back’")
    assert [(q.text, q.speaker) for q in quotes][:2] == [
        ("a Sham", "Nina Harlow"),
        ("Fight Back", "Nina Harlow"),
    ]


def test_a_headline_label_the_body_quotes_with_a_speaker_is_that_speaker_s() -> None:
    body = (
        "LIMA (Reuters) - The Vell Reserve Bank held its rate on Thursday, saying there was "
        "“no rush” to resume cutting."
    )
    quotes = article_quotes(body, title="Vell central bank holds rates, sees 'no rush' to cut")
    assert [q.speaker and q.speaker.removeprefix("The ") for q in quotes] == [
        "Vell Reserve Bank",
        "Vell Reserve Bank",
    ]


def test_a_headline_title_leaves_the_role_to_the_person_the_body_gives_it() -> None:
    body = (
        "Governor Ilse Varga signed the state budget on Monday.\n\n"
        'Owen Tarrant, a strategist, said the deal was "a win for nobody."\n\n'
        '"It is the most important budget in a decade," the governor said.'
    )
    quotes = article_quotes(body, title="Governor Signs Budget")
    assert [q.speaker for q in quotes] == ["Owen Tarrant", "Ilse Varga"]
