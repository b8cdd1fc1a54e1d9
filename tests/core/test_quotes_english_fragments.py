"""Words an English sentence quotes from its subject: stance verbs (blamed, expressed,
voiced…), "what X called", participles, apostrophes. Invented names, general phrasing."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers

from tui.core.entities.extract import extract_entities
from tui.core.quotes.extract import extract_quotes


def _speakers(sentence: str) -> list[str | None]:
    return rules_speakers(f"News\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        'Mayor Ines Rooke called the plan "a disaster for the city."',
        'Ines Rooke blamed the delay on "red tape."',
        'Ines Rooke expressed "deep concern" about the strike.',
        'Ines Rooke voiced "serious doubts" about the budget.',
        'In what Ines Rooke called "a historic day," the bill passed.',
        'Ines Rooke backed the plan but objected to what she called "intrusive" checks.',
        'The talks failed over wording that the envoy, Ines Rooke, called "a lecture."',
        'They agreed to talks, in what the envoy, Ines Rooke, called a "reset" of ties.',
        'Ines Rooke dismissed the allegations, calling them "nonsense."',
        'Ines Rooke sought to reassure voters, promising to "protect pensions."',
        'Ines Rooke accused her rival of "playing politics with people\'s lives."',
        'His sister, Ines Rooke, a nurse in Leeds, remembers a boy who "argued with the radio."',
        'Aides fret about what Ines Rooke, one of the party\'s pollsters, calls a "quiet drift."',
        'Ines Rooke branded the plan a set of "Portland-style experiments" and left.',
    ],
)
def test_the_subject_speaks_the_quoted_words(sentence: str) -> None:
    assert _speakers(sentence) == ["Ines Rooke"]


def test_a_one_word_term_a_subject_calls_something_is_a_label() -> None:
    assert _speakers('Ines Rooke pitched what she called "build-by-right" zoning.') == [None]


def test_a_quotation_goes_on_past_a_label_quoted_in_the_same_paragraph() -> None:
    text = (
        'Markets\n\n"The sell-off is overdone," said Tom Greller of Hatch & Finch, who kept '
        'his "outperform" rating. "Housing drives this business."\n'
    )
    ents = extract_entities(text, language="en")
    speakers = {q.text: q.speaker for q in extract_quotes(text, ents, language="en")}
    assert speakers["Housing drives this business."] == "Tom Greller"
    assert speakers["outperform"] is None


def test_a_fragment_closing_on_a_comma_before_an_incise_is_the_incises() -> None:
    text = (
        "Drones\n\nMarc Levitt, the chief operating officer, spoke to reporters. Accuracy "
        'rose from about 96% to "north of 99.5%," he said, while counts took one night.\n'
    )
    ents = extract_entities(text, language="en")
    assert [q.speaker for q in extract_quotes(text, ents, language="en")] == ["Marc Levitt"]


def test_a_clause_after_a_fragment_is_no_incise() -> None:
    text = (
        'Deal\n\nThe Dunmere Growers Association said the plan was "a fair start," '
        "although its chair, Ivo Brandt, said it was too slow.\n"
    )
    ents = extract_entities(text, language="en")
    assert [q.speaker for q in extract_quotes(text, ents, language="en")] == [
        "Dunmere Growers Association"
    ]


def test_a_name_qualifying_an_apposition_is_not_the_subject() -> None:
    text = (
        "Poll\n\nGov. Lorna Haskell spoke on Monday. Rick Tanner, the Haskell campaign's "
        'pollster, called the result "an outlier" and pointed to other polls.\n'
    )
    assert rules_speakers(text) == ["Rick Tanner"]


def test_title_words_before_the_subject_s_name_are_skipped() -> None:
    text = (
        "Budget\n\nBudget Director Samuel Odell reminded members that if no budget passes by "
        "Nov. 14, the city would trigger “automatic, across-the-board reductions” in every "
        "department.\n"
    )
    assert rules_speakers(text) == ["Samuel Odell"]


def test_a_person_after_with_reports_through_the_participle() -> None:
    text = (
        "Rail\n\nTalks broke down on Monday night, with Transport Minister Lachlan Brereford "
        "describing the union’s pay claim as “a fantasy”.\n"
    )
    assert rules_speakers(text) == ["Lachlan Brereford"]


def test_an_age_or_a_second_verb_after_but_keeps_the_named_subject() -> None:
    text = (
        "Plan\n\nRetired farmer Geoffrey Lambe, 81, whose family worked the land for three "
        "generations, said he was “relieved, but not daft.”\n\n"
        "The cabinet member for housing, Cllr Priya Sandhu, declined to comment but said the "
        "council would publish its plan “early next year.”\n"
    )
    assert rules_speakers(text) == ["Geoffrey Lambe", "Priya Sandhu"]
