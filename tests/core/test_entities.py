"""Behaviour of the rule-based entity extractor on French and English news patterns."""

from __future__ import annotations

import pytest

from tui.core.entities import extract_entities


def spans(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La guerre a commencé en Ukraine.", [("Ukraine", "LOC")]),
        ("Il parle de l’Ukraine et de l'Irlande.", [("Ukraine", "LOC"), ("Irlande", "LOC")]),
        ("L’Allemagne a voté.", [("Allemagne", "LOC")]),
        ("Il est arrivé en Corée du Nord hier.", [("Corée du Nord", "LOC")]),
        ("Elle vit en Côte d’Ivoire.", [("Côte d’Ivoire", "LOC")]),
        (
            "En pleine guerre en UkraineLa Russie a proposé.",
            [("Ukraine", "LOC"), ("Russie", "LOC")],
        ),
        ("Le train va à Komsomolsk-sur-l’Amour demain.", [("Komsomolsk-sur-l’Amour", "LOC")]),
    ],
)
def test_places_and_apostrophes(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


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
    assert spans(text) == expected


def test_surname_takes_the_label_of_the_full_name() -> None:
    text = "Vladimir Poutine est venu. Plus tard, Poutine a parlé."
    assert spans(text) == [("Vladimir Poutine", "PER"), ("Poutine", "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une violation par le Conseil de sécurité des Nations unies.",
            [("Conseil de sécurité des Nations unies", "ORG")],
        ),
        ("porte-parole du Conseil national de sécurité", [("Conseil national de sécurité", "ORG")]),
        ("L’agence KCNA et TASS ont écrit.", [("KCNA", "ORG"), ("TASS", "ORG")]),
        ("a annoncé le Kremlin jeudi", [("Kremlin", "ORG")]),
        ("The World Bank said on Monday.", [("World Bank", "ORG")]),
        ("He studied at the University of Oxford.", [("University of Oxford", "ORG")]),
    ],
)
def test_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "en" if text.isascii() else "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi, la réunion a eu lieu.",
        "Interrogé, il n’a rien dit.",
        "Publicité",
        "Lire aussi : la suite",
        "However, nothing changed on Monday.",
    ],
)
def test_sentence_initial_common_words_are_not_names(text: str) -> None:
    assert [e for e in spans(text) if e[1] != "MISC"] == []


def test_portfolio_is_not_part_of_the_minister_name() -> None:
    text = "le ministre russe de la Défense Sergueï Choïgu s’est rendu à Pyongyang"
    assert spans(text) == [("Sergueï Choïgu", "PER"), ("Pyongyang", "LOC")]


def test_acronym_of_a_country_is_a_place() -> None:
    text = "visiter la RPDC [République populaire démocratique de Corée] bientôt"
    assert spans(text) == [
        ("RPDC", "LOC"),
        ("République populaire démocratique de Corée", "LOC"),
    ]


def test_hyphenated_pair_of_known_names_is_split() -> None:
    text = "Kim Jong Un est venu. L’amitié Russie-RPDC est forte."
    assert ("Russie", "LOC") in spans(text)
    assert ("RPDC", "LOC") in spans(text)


def test_offsets_index_the_original_text() -> None:
    text = "  «\u00a0Vladimir Poutine\u00a0» a dit qu’à Moscou…"
    for e in extract_entities(text, language="fr"):
        assert text[e.start : e.end] == e.text
        assert e.canonical


def test_english_news_sentence() -> None:
    text = "Secretary of State Antony Blinken met officials in Paris, the State Department said."
    got = spans(text, "en")
    assert ("Antony Blinken", "PER") in got
    assert ("Paris", "LOC") in got
