"""Who an English pronoun or subject refers to, past what stands between. Invented names.

- A party tag in brackets after a name ("Sen. Ann Ruiz (D-N.M.), the ranking
  member,") leaves the name the subject.
- "she" passes over a group that spoke since ("the Friends of X") to the woman before.
- ", seen by this newspaper," after a body is no role naming that body.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, rules_speakers

from tui.core.entities.extract import extract_entities


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in article_quotes(body)]


def test_a_party_tag_in_brackets_leaves_the_name_the_subject() -> None:
    body = (
        "The recall drew criticism. Sen. Ann Ruiz (D-N.M.), the ranking member of the "
        "Armed Services Committee, said in a statement that it was “a grave mistake.”"
    )
    assert _quotes(body) == [("a grave mistake.", "Ann Ruiz")]


def test_she_passes_over_a_group_that_spoke_since() -> None:
    body = (
        "Mara Quist has run the Tollby Gallery for a year. “We open on Sundays now,” she says.\n\n"
        "A letter from the Friends of Tollby Gallery, seen by this newspaper, warns of "
        "“harm to the collection”.\n\n"
        "She is calm. “Nothing is harmed by being seen,” she says."
    )
    speakers = dict(_quotes(body))
    assert speakers["We open on Sundays now,"] == "Mara Quist"
    assert speakers["Nothing is harmed by being seen,"] == "Mara Quist"
    assert speakers["harm to the collection"] != "Tollby Gallery"


def test_a_role_or_age_apposition_after_a_name_leaves_the_name_the_subject() -> None:
    body = (
        "“This looks worse than the quarter,” Hanne Lindholm, an analyst at Merrow "
        "Securities, wrote in a note to clients.\n\n"
        "The painter Mira Castellane opens her show on Friday.\n\n"
        "“I could not swim until I was thirty,” Castellane, 52, said in her studio."
    )
    assert [s for _, s in _quotes(body)] == ["Hanne Lindholm", "Mira Castellane"]


def test_a_surname_alone_after_the_full_name_is_that_person() -> None:
    body = (
        "The complaint came from neighbour Giles Ashby-Crane, 52, a consultant.\n\n"
        "But dad-of-two Ashby-Crane last night insisted he was not the villain.\n\n"
        "“This is about safety,” he said."
    )
    assert _quotes(body) == [("This is about safety,", "Giles Ashby-Crane")]


def test_one_unnamed_person_is_no_one_the_article_names() -> None:
    body = (
        "In Grandby, patience is thin. One town councillor, who asked not to be named "
        "because she works for the regional health authority, said residents had "
        "“stopped believing the dates.”\n\n“People here are tired,” she said."
    )
    assert [s for _, s in _quotes(body)] == [None, None]


def test_a_surname_titled_for_the_other_gender_is_not_the_full_name() -> None:
    from tui.core.standalone_names import titled_for_other_gender

    text = (
        "Profile\n\nSen. Raymond Okoro spoke first. His wife, Lena, disputes the idea. "
        "“He is patient in public,” Mrs. Okoro said.\n"
    )
    speakers = rules_speakers(text)
    assert speakers == ["Okoro"]
    assert "Raymond" not in (speakers[0] or "")
    person = next(e for e in extract_entities(text, language="en") if e.text == "Okoro")
    assert titled_for_other_gender(text, person, extract_entities(text, language="en"))


def test_a_surname_titled_for_both_genders_is_neither_full_name() -> None:
    text = (
        "Today she tests 600 cows for Tam and Narelle Vossberg, who run cattle near "
        "Keelong.\n\n"
        "“Without her we would be trucking cattle for days,” Mr Vossberg said.\n\n"
        "Mrs Vossberg said the drought had cost the family half its herd.\n"
    )
    assert rules_speakers(text) == ["Vossberg"]


def test_a_sentence_holding_titles_ends_at_its_real_full_stop() -> None:
    text = (
        "Suburbs\n\n“I liked her better before,” Ms. Lindholm said of Gov. Lorraine Haskell. "
        "“And I like him fine.”\n"
    )
    assert rules_speakers(text) == ["Lindholm", "Lindholm"]


def test_a_role_after_a_paragraph_about_its_holder_is_that_person() -> None:
    text = (
        "Waiting lists\n\nThe Minister for Health, Ciarán Molloy, told the Dáil that the "
        "figures were “not acceptable”.\n\n"
        "“I am not going to pretend these numbers are anything else,” the minister said.\n"
    )
    assert rules_speakers(text) == ["Ciarán Molloy", "Ciarán Molloy"]


def test_she_is_the_one_woman_the_feature_has_named() -> None:
    text = (
        "The first thing you notice about Priya Ramesh at the board is that she does not "
        "sit still. She bounces a knee and walks a slow lap of the hall.\n\n"
        "“I already know what I am going to do,” she told me."
    )
    assert rules_speakers(text) == ["Priya Ramesh"]


def test_she_stays_unresolved_when_two_women_could_be_meant() -> None:
    text = (
        "Visitors to the club come to watch Priya Ramesh and Helen Markby play.\n\n"
        "“I already know what I am going to do,” she told me."
    )
    assert rules_speakers(text) == [None]


def test_an_english_role_is_read_by_its_last_word() -> None:
    """ "the opposition leader" is a person (its head comes last), so it re-describes
    the leader the story is about; "the county council" stays a body and names no one."""
    text = (
        "Conference\n\nCatriona Dellar last night told her party it was now “the government "
        "in waiting”.\n\nSpeaking to delegates in Aberdeen, the opposition leader said the "
        "country had been held back by “seventeen years of drift”.\n\nThe county council "
        "said it was “deeply concerned”.\n"
    )
    assert rules_speakers(text) == ["Catriona Dellar", "Catriona Dellar", None]


def test_a_spokeswoman_for_the_division_speaks_for_the_division_named_before() -> None:
    text = (
        "Smoke\n\nThe Northern Lakes School Division cancelled outdoor recess this week. A "
        "spokeswoman for the division said staff were “doing everything possible”.\n"
    )
    assert rules_speakers(text) == ["Northern Lakes School Division"]
