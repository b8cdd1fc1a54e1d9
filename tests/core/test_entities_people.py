"""People: where a person's name starts and ends, and what is not a person.

Titles, honorifics, roles and nationality nouns stay outside the name; particles
(de, von der, da) and hyphenated given names stay inside; storms, quoted titles and
pairs of dictionary words are not people.
"""

from __future__ import annotations

import pytest
from named_entities import entity_pairs, name_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Macron a parlé.", [("Macron", "PER")]),
        ("Mme Anne Hidalgo était présente.", [("Anne Hidalgo", "PER")]),
        ("Yesterday Dr Jane Goodall spoke.", [("Jane Goodall", "PER")]),
        ("Le Président Vladimir Poutine est arrivé.", [("Vladimir Poutine", "PER")]),
        ("Selon Siemon T. Wezeman, rien ne change.", [("Siemon T. Wezeman", "PER")]),
        ("Kim Jong-un a visité le site.", [("Kim Jong-un", "PER")]),
        ("le Nord-Coréen Kim Jong Un est arrivé", [("Kim Jong Un", "PER")]),
        ("Elle a rencontré Ursula von der Leyen.", [("Ursula von der Leyen", "PER")]),
    ],
)
def test_people_without_honorifics(text: str, expected: list[tuple[str, str]]) -> None:
    assert entity_pairs(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le député Moussa N’Gom a voté.", [("Moussa N’Gom", "PER")]),
        ("Il a joué avec le rappeur sénégalais Didier Awadi.", [("Didier Awadi", "PER")]),
    ],
)
def test_french_roles_stay_outside_the_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert entity_pairs(text, "fr") == expected


def test_portfolio_is_not_part_of_the_minister_name() -> None:
    text = "le ministre russe de la Défense Sergueï Choïgu s’est rendu à Pyongyang"
    assert entity_pairs(text, "fr") == [
        ("Défense", "ORG"),
        ("Sergueï Choïgu", "PER"),
        ("Pyongyang", "LOC"),
    ]


def test_a_nationality_noun_before_a_full_name_is_dropped() -> None:
    text = "le porte-parole, le Koweïtite Samir Haddad Alami, a répondu."
    assert ("Samir Haddad Alami", "PER") in entity_pairs(text, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre Bruno Le Maire a parlé.", [("Bruno Le Maire", "PER")]),
        ("Selon Luca de Meo, rien ne change.", [("Luca de Meo", "PER")]),
        (
            "Charles de Gaulle est né à Lille. Plus tard, de Gaulle a parlé.",
            [("Charles de Gaulle", "PER"), ("Lille", "LOC"), ("de Gaulle", "PER")],
        ),
    ],
)
def test_french_particle_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert entity_pairs(text, "fr") == expected


def test_an_english_title_stays_outside_the_name() -> None:
    text = "Secretary of State Antony Blinken met officials in Paris, the State Department said."
    got = entity_pairs(text, "en")
    assert ("Antony Blinken", "PER") in got
    assert ("Paris", "LOC") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. President Joe Biden spoke.", [("U.S.", "LOC"), ("Joe Biden", "PER")]),
        ("Prime Minister Rishi Sunak left.", [("Rishi Sunak", "PER")]),
        ("Chief Executive Andy Jassy said so.", [("Andy Jassy", "PER")]),
        ("Attorney General Merrick Garland spoke.", [("Merrick Garland", "PER")]),
        ("Mr. Sunak and Dr. Jane Goodall met.", [("Sunak", "PER"), ("Jane Goodall", "PER")]),
        ("Apple CEO Tim Cook flew in.", [("Apple", "ORG"), ("Tim Cook", "PER")]),
        ("Shares of General Motors fell.", [("General Motors", "ORG")]),
        ("Julie Bishop spoke on Friday.", [("Julie Bishop", "PER")]),
    ],
)
def test_english_titles_stay_outside_person_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Texas Solicitor General Aaron Nielson argued the case.",
            [("Texas", "LOC"), ("Aaron Nielson", "PER")],
        ),
        (
            "Cook County District Attorney Kim Foxx declined.",
            [("Cook County", "LOC"), ("Kim Foxx", "PER")],
        ),
        (
            "Secretary of Homeland Security Alejandro Mayorkas testified.",
            [("Alejandro Mayorkas", "PER")],
        ),
        ("Deputy Secretary of State Kurt Campbell flew in.", [("Kurt Campbell", "PER")]),
        ("The Secretary of State said nothing.", []),
        ("The Minister of Advanced Education, Brian Whelk, said so.", [("Brian Whelk", "PER")]),
        ("Secretary of State Rice said nothing.", [("Rice", "PER")]),
        (
            "Commissioner Margrethe Vestager met Chairwoman Lina Khan.",
            [("Margrethe Vestager", "PER"), ("Lina Khan", "PER")],
        ),
        ("Economy Minister Bruno Le Maire left.", [("Bruno Le Maire", "PER")]),
        ("Councillor Tom Price objected.", [("Tom Price", "PER")]),
        (
            "Surgeon General Vivek Murthy and Judge Tanya Chutkan spoke.",
            [("Vivek Murthy", "PER"), ("Tanya Chutkan", "PER")],
        ),
    ],
)
def test_english_offices_and_their_places_stay_outside_person_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The winger Son Min-jae scored twice.", [("Son Min-jae", "PER")]),
        ("Referee Michael Oliver booked him.", [("Michael Oliver", "PER")]),
    ],
)
def test_english_sports_roles_stay_outside_the_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Substitute Karim Dembele scored late on.", "Karim Dembele"),
        ("Forecaster Helen Marsh said rain would follow.", "Helen Marsh"),
    ],
)
def test_sentence_opening_role_stays_outside_the_person(text: str, person: str) -> None:
    assert dict(entity_pairs(text, "en")).get(person) == "PER"


def test_a_given_name_after_a_trade_noun_is_a_person() -> None:
    assert ("Maria Lindqvist", "PER") in entity_pairs(
        "It was made by the producer Maria Lindqvist.", "en"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian President Bashar al-Assad arrived.", [("Bashar al-Assad", "PER")]),
        (
            "Jean-Luc Mélenchon flew to Abu Dhabi.",
            [("Jean-Luc Mélenchon", "PER"), ("Abu Dhabi", "LOC")],
        ),
    ],
)
def test_hyphenated_person_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert name_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks, said Annelies de Jong, had failed.", [("Annelies de Jong", "PER")]),
        (
            "Ursula von der Leyen met Vincent van Gogh experts.",
            [
                ("Ursula von der Leyen", "PER"),
                ("Vincent van Gogh", "PER"),
            ],
        ),
        ("Luiz Inácio Lula da Silva arrived.", [("Luiz Inácio Lula da Silva", "PER")]),
        (
            "Pieter de Boer spoke first. Later de Boer added a caveat. De Boer left.",
            [("Pieter de Boer", "PER"), ("de Boer", "PER"), ("De Boer", "PER")],
        ),
        (
            "Ursula von der Leyen spoke; von der Leyen then left.",
            [("Ursula von der Leyen", "PER"), ("von der Leyen", "PER")],
        ),
    ],
)
def test_lowercase_particles_stay_in_person_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected


def test_person_named_hall_stays_a_person() -> None:
    assert ("Emma Hall", "PER") in entity_pairs("The winner, Emma Hall, thanked her team.", "en")


def test_storm_name_is_not_a_person() -> None:
    text = "Typhoon Marisol flooded coastal towns on Friday, officials said."
    found = dict(entity_pairs(text, "en"))
    assert found.get("Typhoon Marisol") != "PER"
    assert "Marisol" not in found or found["Marisol"] != "PER"


def test_a_quoted_title_is_not_a_person() -> None:
    found = dict(entity_pairs('The label released "Golden Rivers" in 1979.', "en"))
    assert found.get("Golden Rivers") != "PER"


def test_two_dictionary_words_are_not_a_person() -> None:
    assert [s for s in name_pairs("The show Broken Ladder aired.", "en") if s[1] == "PER"] == []


def test_a_double_barrelled_surname_stays_whole() -> None:
    text = "Chief Financial Officer Maria Lindqvist-Hart spoke. Ms. Lindqvist-Hart added more."
    assert name_pairs(text, "en") == [
        ("Maria Lindqvist-Hart", "PER"),
        ("Lindqvist-Hart", "PER"),
    ]


def test_letters_after_a_barristers_name_are_not_the_name() -> None:
    text = "For the defence, Harriet Okonjo KC said the evidence was thin."
    assert name_pairs(text, "en") == [("Harriet Okonjo", "PER")]


def test_speaker_is_a_title_before_a_name() -> None:
    text = "Speaker Rahmat Hidayat adjourned the session."
    assert name_pairs(text, "en") == [("Rahmat Hidayat", "PER")]


def test_portuguese_do_joins_a_surname() -> None:
    text = "Le ministre brésilien Paulo Ribeiro do Vale a répondu."
    assert name_pairs(text, "fr") == [("Paulo Ribeiro do Vale", "PER")]


def test_do_after_a_question_word_joins_nothing() -> None:
    text = "What do Canadians want from Ottawa?"
    assert [p for p in name_pairs(text, "en") if " do " in p[0]] == []
