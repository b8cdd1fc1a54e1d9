"""English names that speak or act as people are people; place and organisation heads
never are; a common given name of any culture opens a person's name.

Every name and sentence here is invented, written from general news phrasing.
"""

from __future__ import annotations

import pytest

from tui.core.entities.extract import extract_entities
from tui.core.entities.gazetteer import name_key, world_given_names


def pairs(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in extract_entities(text, language="en")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dervla Quenby of the Harwick Policy Centre said costs would rise.", "Dervla Quenby"),
        ("Ostmar Veltri of the Board of Trade in Kelso Bay said prices held.", "Ostmar Veltri"),
        ("One of them, Arlo Peskett, said the shift had been cancelled.", "Arlo Peskett"),
        (
            "Brannagh Tolley, the club's head groundsman, said the pitch was fine.",
            "Brannagh Tolley",
        ),
        ("Costs will rise, according to Ferris Oakhold, who runs the depot.", "Ferris Oakhold"),
        ("Quintel Marrow added that the vote was close.", "Quintel Marrow"),
        ("Quorvel Arkwright resigned on Tuesday after the audit.", "Quorvel Arkwright"),
        ("Tamsin Orrery was arrested at the airport on Friday.", "Tamsin Orrery"),
        ("Investigators spoke to Corvin Hallet's wife on Monday.", "Corvin Hallet"),
        ("Teodor Wrenfield, who chairs the panel, declined to comment.", "Teodor Wrenfield"),
        # "Grace" folds like French « grâce », a common word; English copy reads it as a name.
        ("Grace Phelder, 45, said she welcomed the decision.", "Grace Phelder"),
        ("Her rival, Mutale Bandor of the Vell Democratic Front, disputes it.", "Mutale Bandor"),
        ("Tamika Rhodell, whose two sons attend the school, told the board.", "Tamika Rhodell"),
        ("Grace Phelder of the governing Vell Progress Party won by 612 votes.", "Grace Phelder"),
        ("The plan drew fire. Ravela Sunthar called it a disgrace.", "Ravela Sunthar"),
        ("Ravela Sunthar, a legislator from Oldmere, called it a disgrace.", "Ravela Sunthar"),
        ("Ravela Sunthar, a retired nurse, described the wait as cruel.", "Ravela Sunthar"),
        ("Ravela Sunthar, the party's regional organiser, urged calm.", "Ravela Sunthar"),
        ("Her son Kacper said nothing at the hearing.", "Kacper"),
        ("Orrin's grandson Tavi, 17, has joined the crew this winter.", "Tavi"),
        ("A man who gave his name only as Tavrin said the boat tipped.", "Tavrin"),
        ("Her fiancée Qorvath, 31, waited outside the court.", "Qorvath"),
        ("A resident who identified herself as Oriel, 45, waited in line.", "Oriel"),
    ],
)
def test_the_subject_of_a_human_verb_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in pairs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The seeds were led by Jakub Brenholt and the holder.", "Jakub Brenholt"),
        ("Rain delayed the match between Priya Quellan and the qualifier.", "Priya Quellan"),
        ("The finalists included Anneli Tammerk from the north.", "Anneli Tammerk"),
    ],
)
def test_a_common_given_name_of_any_culture_opens_a_person(text: str, name: str) -> None:
    assert (name, "PER") in pairs(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Economists in Port Wendry said the bank had waited too long.", "Port Wendry", "LOC"),
        ("Officials at Fort Ulbrecht said the road was closed.", "Fort Ulbrecht", "LOC"),
        ("Residents near Lake Oskarra said the water had risen.", "Lake Oskarra", "LOC"),
        ("He has rowed across Loch Ardvane for 41 years.", "Loch Ardvane", "LOC"),
        ("Analysts at the Harwick Chamber of Commerce said trade slowed.", None, None),
    ],
)
def test_a_place_or_organisation_head_is_never_a_person(
    text: str, name: str | None, label: str | None
) -> None:
    found = pairs(text)
    assert not any(lab == "PER" for _, lab in found)
    if name is not None:
        assert (name, label) in found


def test_a_speech_verb_across_a_sentence_is_no_cue() -> None:
    """The phrase after the name stops at the sentence's end: "Ostrow Vale." then "She
    added" in the next sentence says nothing about it."""
    text = "Prices rose at the Harwick Depot of Ostrow Vale. She added that rents rose."
    assert not any(label == "PER" for _, label in pairs(text))


def test_the_surname_keeps_the_person_a_cue_found() -> None:
    text = (
        "Rents in the capital are climbing, according to Orla Venhaus of the tenants' union. "
        "Venhaus has campaigned for a freeze since the spring."
    )
    found = [(e.text, e.label) for e in extract_entities(text, language="en")]
    assert ("Orla Venhaus", "PER") in found
    assert ("Venhaus", "PER") in found


def test_the_world_given_names_are_a_folded_list_without_common_words() -> None:
    names = world_given_names()
    assert {"jakub", "priya", "anneli", "janos"} <= names
    assert all(name == name_key(name) for name in names)
    assert not {"may", "port", "bank", "paris", "august"} & names


def test_a_word_opening_the_sentence_before_a_given_name_is_not_the_name() -> None:
    found = pairs("Unseeded Orsolya Brennt reached the final on Friday.")
    assert ("Orsolya Brennt", "PER") in found
    assert not any(surface.startswith("Unseeded") for surface, _ in found)


@pytest.mark.parametrize(
    "text", ["Fans filled the Jakub Arena on Sunday.", "Harwick Jakub Arena opened in May."]
)
def test_a_given_name_before_a_place_tail_is_no_person(text: str) -> None:
    assert not any(label == "PER" for _, label in pairs(text))


def test_a_full_name_takes_the_person_its_surname_is_later() -> None:
    """The full name no cue supports where it stands is the person the article's later
    "Quell said" names."""
    text = "Brannock Quell chaired the meeting on Monday. Quell said the vote was close."
    found = pairs(text)
    assert ("Brannock Quell", "PER") in found
    assert ("Quell", "PER") in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Royal Quenby said deliveries would be late.", "Royal Quenby", "ORG"),
        ("The grid held, National Harwick said.", "National Harwick", "ORG"),
        ("Orrin County said the count was over.", "Orrin County", "LOC"),
    ],
)
def test_an_organisation_head_or_place_tail_outweighs_said(
    text: str, name: str, label: str
) -> None:
    assert (name, label) in pairs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quell watched with his wife, Orsolya, from the stand.", "Orsolya"),
        ("The minister's wife, Ardith, declined to comment.", "Ardith"),
        ("Tarrant's lawyer, Bexwell Orrin, called the ruling wrong.", "Bexwell Orrin"),
    ],
)
def test_a_name_in_apposition_to_a_kin_noun_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every European carmaker is cutting shifts.",
        '"People here are tired of waiting," she said.',
        "People queued outside the depot from dawn.",
    ],
)
def test_a_demonym_or_a_frequent_word_opening_a_sentence_is_no_entity(text: str) -> None:
    assert pairs(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Dale Whitcombe, an Arizona Republican, wrote that the paper was biased.",
        "Sen. Ann Ruiz, a Democrat, said no.",
    ],
)
def test_a_party_member_is_no_person(text: str) -> None:
    assert {label for _, label in pairs(text)} == {"PER"}
    assert len(pairs(text)) == 1


def test_a_title_or_an_epithet_before_a_surname_stays_outside_it() -> None:
    text = (
        "Liam Dockery died. His sister, Kelly Dockery, was at work. Miss Dockery, 26, broke "
        "down. Deputy Hegarthy said so. Gary Hollin was sacked. Furious Hollin told us so."
    )
    people = {e.text for e in extract_entities(text, language="en") if e.label == "PER"}
    assert {"Dockery", "Hegarthy", "Hollin"} <= people
    assert not {"Miss Dockery", "Deputy Hegarthy", "Furious Hollin"} & people


def test_a_surname_spelled_like_a_french_word_repeats_in_english_copy() -> None:
    text = "Henrik Voss spoke first. Vos said the plan failed. Henrik Vos agreed. Vos left."
    assert ("Vos", "PER") in pairs(text)


def test_a_given_name_that_is_also_a_word_opens_a_name_its_surname_repeats() -> None:
    text = (
        "Before her shift begins, Grace Okonjo is already counting beds.\n\n"
        "Okonjo, 44, has worked nights at the hospital for 14 years."
    )
    assert ("Grace Okonjo", "PER") in pairs(text)


def test_a_word_and_a_place_noun_repeated_inside_other_names_are_no_person() -> None:
    text = "The River Came Back\n\nThe town sits on both banks of the Sable River."
    assert not {label for _, label in pairs(text)} & {"PER"}


def test_a_chair_of_a_body_in_apposition_is_a_person() -> None:
    text = "Morven Daskell, chair of Strathmore Community Council, said she had asked."
    assert ("Morven Daskell", "PER") in pairs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fairer Streets Now, a progressive group, once called him timid.", "Fairer Streets Now"),
        ("Ostvik Cold Chain, a logistics company based in Bergen, said so.", "Ostvik Cold Chain"),
        ("Harrowgate Voices, a choir from the valleys, voted to admit women.", "Harrowgate Voices"),
    ],
)
def test_a_body_apposition_makes_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in pairs(text)


def test_an_apposition_that_names_neither_says_nothing() -> None:
    assert not any(
        label == "PER" for _, label in pairs("Velmarsh Dunford, a town of 4,000, voted no.")
    )


def test_a_role_that_runs_into_its_verb_is_the_next_clause_s_subject() -> None:
    """ "In a post on X, the former president called …": no apposition of X."""
    text = "In a post on Velvet Social, the former president called the ruling a disgrace."
    assert not any(label == "PER" for _, label in pairs(text))
    assert ("Ada Quell", "PER") in pairs("Ada Quell, a chemist based in Leeds, said no.")


def test_a_country_s_possessive_before_a_two_word_run_marks_one_of_its_people() -> None:
    text = "She pulled away from Ethiopia's Werku Alemayo after 32 kilometres."
    assert ("Werku Alemayo", "PER") in pairs(text)


def test_a_country_s_possessive_before_a_body_or_a_place_keeps_their_kind() -> None:
    text = "Germany's Deutsche Bank fell, and Kenya's Mount Kenya was closed to climbers."
    assert {label for _, label in pairs(text)} == {"LOC", "ORG"}


@pytest.mark.parametrize(
    "name", ["Harrowgate Terminals", "Fennick Brewing", "Ostley Foods", "Carrow Minerals"]
)
def test_a_run_ending_on_a_trade_word_is_a_company_even_as_a_subject(name: str) -> None:
    text = f"{name} said it was disappointed by the strike."
    assert (name, "ORG") in pairs(text)


def test_a_run_opening_on_a_company_the_article_names_is_that_company_in_full() -> None:
    text = (
        "Appliance maker Vellory to close plant\n\n"
        "Vellory Home Appliances will close its plant in Ohio, the company said."
    )
    assert ("Vellory Home Appliances", "ORG") in pairs(text)


def test_a_run_opening_on_a_person_s_name_stays_unlabelled() -> None:
    text = "Mayor Ann Jonsby spoke. Jonsby Hollow Grange will close."
    assert ("Jonsby Hollow Grange", "ORG") not in pairs(text)


def test_a_listed_name_holding_a_number_is_whole() -> None:
    assert pairs("A France 24 reporter asked the minister.") == {("France 24", "ORG")}


def test_a_name_set_off_after_a_tutor_is_a_person() -> None:
    text = "My old tutor, Ferran Oliu, used to tell us to look again."
    assert ("Ferran Oliu", "PER") in pairs(text)


def test_an_apposition_headed_past_a_body_s_possessive_is_a_person_s() -> None:
    """ "X, the Department of Transport's inspector general,": the noun after the
    possessive heads the apposition, so X is a person, not a department."""
    text = (
        "The sharpest testimony came from Odile Brantham, the Department of Transport's "
        "inspector general, whose office released a report."
    )
    assert ("Odile Brantham", "PER") in pairs(text)


def test_a_surname_a_person_cue_follows_makes_the_full_name_a_person() -> None:
    text = (
        "Review\n\nThere is a moment in Quobi Ardenwe’s revival of the play when the "
        "wall falls away. Ardenwe, who grew up by the sea, said he first read it at 15.\n"
    )
    found = pairs(text)
    assert ("Quobi Ardenwe", "PER") in found
    assert ("Ardenwe", "PER") in found


def test_a_surname_alone_with_no_person_cue_labels_nothing() -> None:
    text = "Report\n\nThe Quobi Ardenwe plan was shelved. Ardenwe stock fell on Monday.\n"
    assert not {label for _, label in pairs(text)} & {"PER"}


def test_an_inspectorate_is_a_body() -> None:
    text = "Report\n\nInspectors from the Vell Standards Inspectorate visited in May.\n"
    assert ("Vell Standards Inspectorate", "ORG") in pairs(text)


def test_a_joined_surname_alone_is_the_person_named_in_full() -> None:
    text = (
        "Report\n\nThe economist Zainab Oduya-Kell spoke on Monday. Goods move from the "
        "North to the South. According to Oduya-Kell, costs will rise.\n"
    )
    assert ("Oduya-Kell", "PER") in pairs(text)


def test_a_title_abbreviation_after_a_role_noun_is_no_person() -> None:
    text = "Report\n\nPolice spokesman Sgt. Kyle Brannock said deputies had gone.\n"
    assert pairs(text) == {("Kyle Brannock", "PER")}


def test_a_ranch_is_a_place() -> None:
    text = "Report\n\nOrders now cover Oak Terrace and the Tolliver Ranch area.\n"
    assert ("Tolliver Ranch", "LOC") in pairs(text)
