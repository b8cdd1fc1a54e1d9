"""Context cues: bodies named after a country, companies shown by the market, bracketed
places, quoted titles, capital "The" names, offices and plural sentence openers."""

from __future__ import annotations

import pytest

from tui.core.entities import extract_entities


def named(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later, Cricket Canada announced a new coach.", ("Cricket Canada", "ORG")),
        ("Rain fell. Swimming Canada cancelled the trials.", ("Swimming Canada", "ORG")),
        ("A grant from Sport England paid for the pitch.", ("Sport England", "ORG")),
        ("Le soutien de la Région Normandie est acquis.", ("Région Normandie", "ORG")),
    ],
)
def test_a_body_named_after_its_country_is_an_organisation(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in named(text, "fr" if "Région" in text else "en")


def test_a_headline_on_a_region_keeps_the_place() -> None:
    assert ("Normandie", "LOC") in named("Région Normandie : le budget est voté.", "fr")


def test_the_market_shows_a_company_everywhere_in_the_article() -> None:
    text = (
        "Shares in Brightwater fell 4 per cent on Tuesday. Investors in London were "
        "cautious, and a rival bid for Brightwater is now expected."
    )
    labels = [lab for t, lab in named(text) if t == "Brightwater"]
    assert labels == ["ORG", "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il habite Quimper (Finistère) depuis 2010.", ("Finistère", "LOC")),
        ("BILBAO (Espagne) – La mairie a voté.", ("Espagne", "LOC")),
        ("PARIS (Reuters) – La mairie a voté.", ("Reuters", "ORG")),
    ],
)
def test_brackets_after_a_place_hold_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in named(text, "fr")


def test_a_quoted_title_is_not_a_person() -> None:
    found = dict(named('The label released "Golden Rivers" in 1979.'))
    assert found.get("Golden Rivers") != "PER"


def test_a_capital_the_mid_sentence_opens_a_publication() -> None:
    assert ("The Herald Sun", "ORG") in named("The figures were printed in The Herald Sun.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’émission The Crown Jewels a repris.", False),
        ("le groupe écossais The Waterboys a joué hier.", True),
    ],
)
def test_french_text_takes_the_the_only_after_a_group_noun(text: str, expected: bool) -> None:
    assert any(t.startswith("The ") for t, _ in named(text, "fr")) is expected


def test_the_republic_of_an_office_is_not_a_place() -> None:
    text = "Selon la procureure de la République, Anne Morel, il a avoué."
    assert all(t != "République" for t, _ in named(text, "fr"))


def test_a_given_name_after_a_trade_noun_is_a_person() -> None:
    assert ("Maria Lindqvist", "PER") in named("It was made by the producer Maria Lindqvist.")


def test_a_place_word_outweighs_a_given_name_after_at() -> None:
    assert ("Victoria Park", "LOC") in named("The rally ended at Victoria Park on Sunday.")


@pytest.mark.parametrize("word", ["Advisers", "Organisers", "Supporters"])
def test_a_plural_noun_opening_a_sentence_is_not_a_name(word: str) -> None:
    assert named(f"The vote ended. {word} said turnout was high.") == []


def test_a_nationality_noun_before_a_full_name_is_dropped() -> None:
    text = "le porte-parole, le Koweïtite Samir Haddad Alami, a répondu."
    assert ("Samir Haddad Alami", "PER") in named(text, "fr")


def test_hyphenated_capitalised_words_are_a_name_not_an_acronym() -> None:
    assert ("Saint-Brieuc", "LOC") in named("Il a été arrêté hier à Saint-Brieuc.", "fr")


def test_a_national_road_is_a_place() -> None:
    assert ("RN12", "LOC") in named("Un accident a eu lieu sur la RN12 hier.", "fr")


def test_a_listed_union_acronym_survives_after_an_office() -> None:
    text = "a affirmé Luc Perrin, secrétaire général de la CFTC."
    assert ("CFTC", "ORG") in named(text, "fr")


@pytest.mark.parametrize("word", ["TGV", "RER", "MPs"])
def test_acronyms_of_common_nouns_are_not_organisations(word: str) -> None:
    assert named(f"Hier, les {word} étaient nombreux.", "fr") == []
