"""Organisations: institutions, bodies, parties, agencies and publications.

How far an organisation's name runs over « de », "of", "and" and "&"; head nouns
that make a name a body or a place; parties; bodies named after their country;
"The" opening a publication; listed acronyms kept after an office.
"""

from __future__ import annotations

import pytest
from named_entities import entity_pairs, name_pairs

from tui.core.entities.extract import extract_entities


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
    assert entity_pairs(text, "en" if text.isascii() else "fr") == expected


def test_an_organisation_runs_on_over_and_de() -> None:
    text = "Selon l’Institut national de la statistique et des études économiques (Insee), non."
    assert entity_pairs(text, "fr")[:2] == [
        ("Institut national de la statistique et des études économiques", "ORG"),
        ("Insee", "ORG"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une équipe de l’université de Kyoto a publié.", [("université de Kyoto", "ORG")]),
        ("Le match a lieu au Parc des Princes.", [("Parc des Princes", "LOC")]),
        ("l’association Anticor a porté plainte", [("Anticor", "ORG")]),
    ],
)
def test_french_head_nouns_make_a_body_or_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert entity_pairs(text, "fr") == expected


def test_a_french_hospital_keeps_its_town() -> None:
    assert entity_pairs("Elle est soignée au CHU de Brest.", "fr") == [("CHU de Brest", "ORG")]


def test_sentence_initial_french_organisation_head() -> None:
    spans = entity_pairs("Le gouvernement a réagi. L’Agence spatiale européenne a confirmé.", "fr")
    assert ("Agence spatiale européenne", "ORG") in spans


def test_a_listed_union_acronym_survives_after_an_office() -> None:
    text = "a affirmé Luc Perrin, secrétaire général de la CFTC."
    assert ("CFTC", "ORG") in entity_pairs(text, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mathilde Panot, présidente du groupe La France insoumise, a parlé.",
            [("Mathilde Panot", "PER"), ("La France insoumise", "ORG")],
        ),
        (
            "Les Républicains et le Rassemblement national ont voté contre.",
            [("Les Républicains", "ORG"), ("Rassemblement national", "ORG")],
        ),
        ("Le Parti socialiste a quitté la salle.", [("Parti socialiste", "ORG")]),
        ("Europe Écologie Les Verts a protesté.", [("Europe Écologie Les Verts", "ORG")]),
        ("La France a voté.", [("France", "LOC")]),
    ],
)
def test_french_parties_are_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert entity_pairs(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Republican Party met. Labour and the Conservatives argued.",
            [
                ("Republican Party", "ORG"),
                ("Labour", "ORG"),
                ("Conservatives", "ORG"),
            ],
        ),
        ("Democrats in Ohio objected.", [("Democrats", "ORG"), ("Ohio", "LOC")]),
    ],
)
def test_english_parties_are_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert name_pairs(text, "en") == expected


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
    assert expected in entity_pairs(text, "fr" if "Région" in text else "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Port of Antwerp Authority said.", [("Port of Antwerp Authority", "ORG")]),
        ("Ships queued at the Port of Hamburg.", [("Port of Hamburg", "ORG")]),
        ("The Bank of England held rates.", [("Bank of England", "ORG")]),
        ("The Department of Justice appealed.", [("Department of Justice", "ORG")]),
        ("It hangs in the Metropolitan Museum of Art.", [("Metropolitan Museum of Art", "ORG")]),
        ("She flew to Port of Spain.", [("Port of Spain", "LOC")]),
        (
            "The Campaign for Open Ledgers said the trades were legal.",
            [("Campaign for Open Ledgers", "ORG")],
        ),
    ],
)
def test_of_joins_inside_organisation_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert name_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials at the Bureau of Alcohol and Firearms Licensing declined.", None),
        ("The Energy and Water Commission met on Friday.", "Energy and Water Commission"),
        ("A report by the Office of Science and Technology Policy said so.", None),
        ("He joined Procter and Gamble Company in 1990.", "Procter and Gamble Company"),
        (
            "The Institute of Fine Arts and Design opened in May.",
            "Institute of Fine Arts and Design",
        ),
    ],
)
def test_and_inside_organisation_names(text: str, name: str | None) -> None:
    if name is None:  # the name must at least not be split into two entities around "and"
        ents = extract_entities(text, language="en")
        assert not any(e.text.endswith(("Alcohol", "Science")) for e in ents)
    else:
        assert (name, "ORG") in entity_pairs(text, "en")


def test_and_between_two_listed_names_still_splits() -> None:
    spans = entity_pairs("Shares of Microsoft and Amazon Web Services rose.", "en")
    assert ("Microsoft", "ORG") in spans
    assert not any(" and " in t for t, _ in spans)


def test_complete_name_before_and_stays_apart() -> None:
    spans = entity_pairs("Capitol Records and Harbor Labs signed a deal.", "en")
    assert ("Capitol Records", "ORG") in spans
    assert ("Harbor Labs", "ORG") in spans


def test_and_join_stops_before_a_weekday() -> None:
    spans = entity_pairs(
        "He met the head of the Bureau of Land and Mineral Management on Tuesday.", "en"
    )
    assert ("Bureau of Land and Mineral Management", "ORG") in spans
    spans = entity_pairs("She visited the Soil and Water Service on Friday.", "en")
    assert ("Soil and Water Service", "ORG") in spans


def test_a_sports_federation_is_an_organisation() -> None:
    assert name_pairs("Officials of the Rugby Federation spoke.", "en") == [
        ("Rugby Federation", "ORG")
    ]


def test_storm_head_inside_an_agency_keeps_it_an_organisation() -> None:
    found = dict(entity_pairs("The Pacific Hurricane Center issued a warning on Sunday.", "en"))
    assert found.get("Pacific Hurricane Center") == "ORG"


def test_a_capital_the_mid_sentence_opens_a_publication() -> None:
    assert ("The Herald Sun", "ORG") in entity_pairs(
        "The figures were printed in The Herald Sun.", "en"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’émission The Crown Jewels a repris.", False),
        ("le groupe écossais The Waterboys a joué hier.", True),
    ],
)
def test_french_text_takes_the_the_only_after_a_group_noun(text: str, expected: bool) -> None:
    assert any(t.startswith("The ") for t, _ in entity_pairs(text, "fr")) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Un avis du Haut Conseil de la santé publique est attendu.",
            "Haut Conseil de la santé publique",
        ),
        (
            "La Haute Autorité pour la transparence de la vie publique enquête.",
            "Haute Autorité pour la transparence de la vie publique",
        ),
    ],
)
def test_haut_before_an_institution_head_opens_its_name(text: str, name: str) -> None:
    assert (name, "ORG") in entity_pairs(text, "fr")


def test_a_listed_name_may_end_in_a_capitalised_word() -> None:
    text = "Les chiffres sont publiés par Santé publique France chaque semaine."
    assert name_pairs(text, "fr") == [("Santé publique France", "ORG")]


def test_ong_alone_is_a_common_noun() -> None:
    text = "Les ONG ont quitté la salle, selon Amnesty International."
    assert name_pairs(text, "fr") == [("Amnesty International", "ORG")]


def test_programme_heads_an_agency_name_that_runs_on_in_lowercase() -> None:
    text = "Selon le Programme des Nations unies pour le développement (PNUD), non."
    assert name_pairs(text, "fr") == [
        ("Programme des Nations unies pour le développement", "ORG"),
        ("PNUD", "ORG"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon le ministère de l’Agriculture, la récolte baisse.", "ministère de l’Agriculture"),
        ("Le ministère des Armées a confirmé la frappe.", "ministère des Armées"),
    ],
)
def test_a_lowercase_ministere_heads_its_portfolio(text: str, name: str) -> None:
    assert (name, "ORG") in name_pairs(text, "fr")


def test_a_minister_title_is_not_a_ministry() -> None:
    text = "La ministre de l’Agriculture, Annie Genevard, a répondu."
    assert [p for p in name_pairs(text, "fr") if p[0].startswith("ministre")] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Public Health Ontario said 27 people had been admitted.", "Public Health Ontario"),
        ("Health Canada said the drug was safe to use.", "Health Canada"),
        ("A report from Environment Scotland said the trend held.", "Environment Scotland"),
    ],
)
def test_an_agency_named_after_its_field_and_country_is_an_organisation(
    text: str, name: str
) -> None:
    assert (name, "ORG") in {(e.text, e.label) for e in extract_entities(text, language="en")}


@pytest.mark.parametrize("club", ["SC Vellach", "Dorlingen HC", "AS Bruvière"])
def test_a_sports_club_is_an_organisation_whatever_its_town(club: str) -> None:
    """The letters a club's name opens or ends on make it an organisation, where the
    model may read the town it is named after as a place or the whole as a misc name."""
    from tui.core.analysis.conventions import apply_conventions

    text = f"Dans un communiqué, le {club} a annoncé une blessure."
    start = text.index(club)
    for label in ("MISC", "LOC", "PER"):
        spans = [(start, start + len(club), label)]
        assert [(e.text, e.label) for e in apply_conventions(text, spans)] == [(club, "ORG")]


def test_two_capitals_alone_are_no_club() -> None:
    from tui.core.entities.context import club_name

    assert not club_name("FC")
    assert not club_name("Paul Durand")


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("Selon le ministère zambien de la Santé, 412 cas.", "ministère zambien de la Santé"),
        ("Le ministère japonais de l'Intérieur a réagi.", "ministère japonais de l'Intérieur"),
    ],
)
def test_a_ministry_runs_over_the_portfolio_the_model_took_alone(text: str, ministry: str) -> None:
    """The model may keep only the capitalised portfolio of « le ministère zambien de la
    Santé »; the ministry's noun and its country's adjective belong to the name."""
    from tui.core.analysis.conventions import apply_conventions

    portfolio = ministry.rsplit(" ", 1)[-1].split("'")[-1]
    start = text.index(portfolio)
    spans = [(start, start + len(portfolio), "ORG")]
    assert [(e.text, e.label) for e in apply_conventions(text, spans)] == [(ministry, "ORG")]


def test_ministers_are_no_ministry() -> None:
    from tui.core.analysis.conventions import apply_conventions

    text = "Les ministres de la Défense se réunissent."
    start = text.index("Défense")
    spans = [(start, start + len("Défense"), "ORG")]
    assert [e.text for e in apply_conventions(text, spans)] == ["Défense"]
