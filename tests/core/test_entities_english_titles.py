"""English titles built from a unit or a place (« Battalion Chief », "County Sheriff")
stay outside the person's name, and never make a person of their own.

Invented names; the rules engine (English keeps a rule engine) reads them.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.pipeline import analyze_article
from tui.core.entities.extract import extract_entities
from tui.core.models import Article


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ('"We held," said Battalion Chief Ramon Ecker of the fire district.', "Ramon Ecker"),
        ("Police Chief Dana Whitfield said two roads were closed.", "Dana Whitfield"),
        ("Fire Captain Lena Osgood said the crews were tired.", "Lena Osgood"),
    ],
)
def test_a_unit_title_is_no_person(sentence: str, person: str) -> None:
    people = [e.text for e in extract_entities(sentence, language="en") if e.label == "PER"]
    assert people == [person]


def test_the_holder_of_a_unit_title_is_the_speaker() -> None:
    text = 'Wildfire near Sable\n\n"We held the line," said Battalion Chief Ramon Ecker.\n'
    article = Article(id="a", path="a.txt", title="Wildfire near Sable", text=text, language="en")
    [quote] = analyze_article(article).quotes
    assert quote.speaker == "Ramon Ecker"


def test_a_name_before_a_company_officer_is_the_company() -> None:
    text = '"We will invest," Koldbrew chief executive Pieter Aalst said on Monday.'
    labels = {e.text: e.label for e in extract_entities(text, language="en")}
    assert labels == {"Koldbrew": "ORG", "Pieter Aalst": "PER"}


def test_a_given_name_that_is_also_a_french_demonym_opens_a_name() -> None:
    text = "Lorraine Whitby, a retired engineer, said the bridge could reopen."
    people = [e.text for e in extract_entities(text, language="en") if e.label == "PER"]
    assert people == ["Lorraine Whitby"]


def test_an_age_and_a_kin_noun_mark_people() -> None:
    text = (
        '"I had no idea," said Doreen Castle, 71. Her grandson, Tyler, 15, was more '
        "taken with a lamb in a jar."
    )
    labels = {e.text: e.label for e in extract_entities(text, language="en")}
    assert labels == {"Doreen Castle": "PER", "Tyler": "PER"}


@pytest.mark.parametrize("tag", ["R-Kan.", "D-Minn.", "I-Vt.", "D-N.Y."])
def test_a_party_and_state_tag_is_no_entity_and_never_speaks(tag: str) -> None:
    text = (
        f"Farm aid\n\nSen. Marjorie Talbot, {tag}, the bill's lead sponsor, said on the "
        'Senate floor that farmers had done "nothing wrong."\n'
    )
    article = Article(id="a", path="a.txt", title="Farm aid", text=text, language="en")
    analysis = analyze_article(article)
    assert tag.rstrip(".") not in {e.text.rstrip(".") for e in analysis.entities}
    assert [q.speaker for q in analysis.quotes] == ["Marjorie Talbot"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Budget Director Samuel Odell reminded members of the deadline.", ["Samuel Odell"]),
        ("Apple CEO Tim Corke said so.", ["Apple", "Tim Corke"]),
        (
            "Its opponent, Republican Bryce Hollin of Florence, says it would fail.",
            ["Bryce Hollin"],
        ),
    ],
)
def test_a_brief_or_a_party_before_a_name_is_no_entity(sentence: str, expected: list[str]) -> None:
    found = [e.text for e in extract_entities(sentence, language="en") if e.label != "LOC"]
    assert found == expected


def test_a_title_s_full_stop_does_not_end_the_incise() -> None:
    from pipeline_quotes import rules_speakers

    text = (
        'Farm aid\n\n"These families planted in good faith," Sen. Marjorie Talbot said. '
        '"It is wrong," Sen. Ann Ruel, D-N.M., said. "Fine," Dr. Al Wuster said.\n'
    )
    assert rules_speakers(text) == ["Marjorie Talbot", "Ann Ruel", "Al Wuster"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("In a dissent, Justice Harlan Beckett accused the majority.", "Harlan Beckett"),
        (
            "Justice R. Meenakshi Sundaram of the High Court halted the works.",
            "R. Meenakshi Sundaram",
        ),
    ],
)
def test_a_justice_before_a_full_name_is_a_title(sentence: str, person: str) -> None:
    found = {e.text: e.label for e in extract_entities(sentence, language="en")}
    assert found.get(person) == "PER"


def test_the_justice_department_stays_a_body() -> None:
    found = {
        e.text: e.label
        for e in extract_entities("The Justice Department said little.", language="en")
    }
    assert found.get("Justice Department") == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Superintendent Aled Farrow said it was grim. Supt Farrow added more.", "Farrow"),
        ("Det Sgt Mary Roeland said it was grim. Insp Roeland added more.", "Roeland"),
        ("DCI Bryn Pellow spoke first. Later DCI Pellow left.", "Pellow"),
    ],
)
def test_abbreviated_police_ranks_are_titles_not_names(text: str, name: str) -> None:
    found = {e.text for e in extract_entities(text, language="en")}
    assert name in found
    assert not any(t.startswith(("Supt", "Insp", "DCI", "Det")) for t in found)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Senior counsel T.K. Varadan, appearing for the residents, submitted it.", "T.K. Varadan"),
        ("The barrister P. Raghunath told the court the fires had stopped.", "P. Raghunath"),
        ("Defence barrister Orla Quennell SC said the firm had not contested it.", "Orla Quennell"),
        ("Under cross-examination by Eoin Hartley BL, she accepted it.", "Eoin Hartley"),
        ("Detective Garda Aoife Brannock led the investigation.", "Aoife Brannock"),
    ],
)
def test_counsel_before_a_name_and_senior_counsel_after_it(sentence: str, person: str) -> None:
    people = [e.text for e in extract_entities(sentence, language="en") if e.label == "PER"]
    assert people == [person]


def test_a_title_alone_before_a_verb_of_saying_is_no_person() -> None:
    sentence = 'Finance Minister says "hard choices" are needed'
    assert not any(e.label == "PER" for e in extract_entities(sentence, language="en"))


def test_initials_after_a_two_word_title_are_the_person() -> None:
    sentence = "Finance Minister K.N. Varadan on Friday presented the budget."
    people = [e.text for e in extract_entities(sentence, language="en") if e.label == "PER"]
    assert people == ["K.N. Varadan"]


def test_a_title_with_its_brief_names_an_office_not_a_person() -> None:
    text = "The Office of the High Commissioner for Refugees said the camps were full."
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert found == [("Office of the High Commissioner for Refugees", "ORG")]


@pytest.mark.parametrize(
    "sentence",
    [
        "An Independent TD accused the force of running down policing.",
        "A Tory MP, Ann Vale, said the plan was flawed.",
        "The French MEP voted against the text.",
    ],
)
def test_a_party_or_nation_before_a_member_s_title_is_no_person(sentence: str) -> None:
    people = [e.text for e in extract_entities(sentence, language="en") if e.label == "PER"]
    assert people == (["Ann Vale"] if "Ann Vale" in sentence else [])


@pytest.mark.parametrize("office", ["MP", "MEC", "MLA", "TD"])
def test_an_office_in_capitals_is_no_body_and_its_holder_speaks(office: str) -> None:
    text = (
        f"Road row in Arnby\n\nThe local {office}, Dana Pruitt, said the road was unsafe. "
        f'"We cannot wait," the {office} said.\n'
    )
    found = extract_entities(text, language="en")
    assert office not in {e.text for e in found}
    article = Article(id="a", path=None, title="Road row in Arnby", text=text, language="en")
    assert [q.speaker for q in analyze_article(article).quotes] == ["Dana Pruitt"]


@pytest.mark.parametrize(
    ("sentence", "language", "person"),
    [
        ("Ms Harper, whose son was hurt, said the council knew.", "en", "Harper"),
        ("Mrs Chester said the road was closed.", "en", "Chester"),
        ("Dr Paris told the inquiry she had no doubt.", "en", "Paris"),
        ("Selon Mme Lorraine, la route était fermée.", "fr", "Lorraine"),
    ],
)
def test_an_honorific_makes_a_person_of_a_name_listed_as_a_place(
    sentence: str, language: str, person: str
) -> None:
    labels = {e.text: e.label for e in extract_entities(sentence, language=language)}
    assert labels[person] == "PER"


@pytest.mark.parametrize(
    "sentence",
    [
        "Republicans praised the plan. State Sen. Kevin Marsh, the GOP leader, agreed.",
        "Former Sen. Kevin Marsh, now a lobbyist, agreed.",
    ],
)
def test_an_abbreviated_title_after_a_qualifier_is_no_name(sentence: str) -> None:
    """ "State Sen." ends on its full stop: the two words are a title, never MISC."""
    found = [(e.text, e.label) for e in extract_entities(sentence, language="en")]
    assert ("Kevin Marsh", "PER") in found
    assert not any(text.endswith("Sen") for text, _ in found)


@pytest.mark.parametrize(
    "sentence",
    ["“I've always said I'd sit down with anybody,” Mr. Quaid said.", "Then I said it twice."],
)
def test_the_first_person_pronoun_is_never_a_name(sentence: str) -> None:
    found = [e.text for e in extract_entities(sentence, language="en")]
    assert "I" not in found


@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        ("Ms Voss spoke in 2019. ‘She told this House, “No.” I agreed,’ he said.", "She"),
        ("Ms Voss spoke in 2019. ‘They said so,’ he said. They did.", "They"),
    ],
)
def test_a_pronoun_opening_a_quotation_in_single_marks_is_no_name(
    sentence: str, pronoun: str
) -> None:
    """An opening ‘ starts a sentence as “ does: the capital is the sentence's."""
    found = [e.text for e in extract_entities(sentence, language="en")]
    assert pronoun not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "“We won,” said House Minority Leader Grace Okonkwo.",
        "Yesterday House Minority Leader Grace Okonkwo spoke first.",
    ],
)
def test_a_given_name_that_is_also_a_word_after_a_title_opens_the_name(sentence: str) -> None:
    """ "Leader Grace Okonkwo": the title is cut, the person is Grace Okonkwo."""
    found = [(e.text, e.label) for e in extract_entities(sentence, language="en")]
    assert found == [("Grace Okonkwo", "PER")]


def test_council_member_is_a_title_before_the_name() -> None:
    text = "Report\n\nCouncil Member Janelle Orrin, who had been undecided, voted yes.\n"
    found = {(e.text, e.label) for e in extract_entities(text, language="en")}
    assert found == {("Janelle Orrin", "PER")}


def test_member_before_a_plain_word_is_no_title() -> None:
    text = "Report\n\nThe Member States agreed on Monday.\n"
    assert not any(e.label == "PER" for e in extract_entities(text, language="en"))


def test_an_office_in_initials_before_a_given_name_leaves_the_person() -> None:
    text = (
        "Kiptoim Ward MCA David Lomur, who received the petition, dismissed it. "
        "Nairobi MCA Jane Wambui spoke. The IBM Thomas Watson Research Center opened."
    )
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert ("David Lomur", "PER") in found and ("Jane Wambui", "PER") in found
    assert ("Nairobi", "LOC") in found
    assert not any(label == "PER" and "MCA" in name for name, label in found)
    assert ("Thomas Watson Research Center", "PER") not in found
