"""Places: how far a place name runs and when a capitalised word is read as one.

Countries with elided articles, hyphenated communes and compounds, datelines, US
state abbreviations, buildings and bays, brackets after a place, national roads, and
the words around a place that must stay out of it.
"""

from __future__ import annotations

import re

import pytest
from named_entities import entity_pairs, name_pairs


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
def test_french_places_after_elided_articles_and_in_compounds(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert entity_pairs(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils ont atterri à N’Djamena.", [("N’Djamena", "LOC")]),
        ("Le maire de Bois-le-Roi a parlé.", [("Bois-le-Roi", "LOC")]),
        ("Il vit à Chalon-sur-Saône.", [("Chalon-sur-Saône", "LOC")]),
        ("Des tirs visent le Sud-Liban.", [("Sud-Liban", "LOC")]),
        ("Il habite près de Tikapur.", [("Tikapur", "LOC")]),
    ],
)
def test_french_town_and_region_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert entity_pairs(text, "fr") == expected


@pytest.mark.parametrize(
    "place", ["La Ferté-sous-Jouarre", "Le Puy-en-Velay", "La Chapelle-sur-Erdre"]
)
def test_a_hyphenated_commune_keeps_its_capitalised_article(place: str) -> None:
    spans = entity_pairs(f"Un accident s’est produit à {place} dimanche soir.", "fr")
    assert (place, "LOC") in spans


def test_a_lowercase_article_stays_outside_the_place() -> None:
    spans = entity_pairs("Il vit dans les Alpes-de-Haute-Provence depuis 2010.", "fr")
    assert not any(t.startswith("les") for t, _ in spans)


def test_hyphenated_capitalised_words_are_a_name_not_an_acronym() -> None:
    assert ("Saint-Brieuc", "LOC") in entity_pairs("Il a été arrêté hier à Saint-Brieuc.", "fr")


def test_acronym_of_a_country_is_a_place() -> None:
    text = "visiter la RPDC [République populaire démocratique de Corée] bientôt"
    assert entity_pairs(text, "fr") == [
        ("RPDC", "LOC"),
        ("République populaire démocratique de Corée", "LOC"),
    ]


def test_hyphenated_pair_of_known_names_is_split() -> None:
    text = "Kim Jong Un est venu. L’amitié Russie-RPDC est forte."
    assert ("Russie", "LOC") in entity_pairs(text, "fr")
    assert ("RPDC", "LOC") in entity_pairs(text, "fr")


def test_a_country_does_not_run_on_over_and() -> None:
    assert entity_pairs("Le reste du Royaume-Uni et en Irlande.", "fr") == [
        ("Royaume-Uni", "LOC"),
        ("Irlande", "LOC"),
    ]


def test_a_headline_on_a_region_keeps_the_place() -> None:
    assert ("Normandie", "LOC") in entity_pairs("Région Normandie : le budget est voté.", "fr")


def test_the_republic_of_an_office_is_not_a_place() -> None:
    text = "Selon la procureure de la République, Anne Morel, il a avoué."
    assert all(t != "République" for t, _ in entity_pairs(text, "fr"))


def test_a_national_road_is_a_place() -> None:
    assert ("RN12", "LOC") in entity_pairs("Un accident a eu lieu sur la RN12 hier.", "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il habite Quimper (Finistère) depuis 2010.", ("Finistère", "LOC")),
        ("BILBAO (Espagne) – La mairie a voté.", ("Espagne", "LOC")),
        ("PARIS (Reuters) – La mairie a voté.", ("Reuters", "ORG")),
    ],
)
def test_brackets_after_a_place_hold_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in entity_pairs(text, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV, Ukraine (AP) — Russian forces shelled the city.",
            [("KYIV", "LOC"), ("Ukraine", "LOC"), ("AP", "ORG")],
        ),
        ("LONDON (Reuters) - Prices rose.", [("LONDON", "LOC"), ("Reuters", "ORG")]),
        (
            "SAN FRANCISCO, Jan 12 (Reuters) - Shares rose.",
            [("SAN FRANCISCO", "LOC"), ("Reuters", "ORG")],
        ),
        ("PARIS - The talks ended.", [("PARIS", "LOC")]),
    ],
)
def test_datelines(text: str, expected: list[tuple[str, str]]) -> None:
    assert name_pairs(text, "en") == expected


def test_a_french_dateline_place_is_a_place_whatever_the_model_says() -> None:
    """« PARIS, 2 septembre (AFP) - »: the trained engine's conventions relabel the
    dateline's place, which the model may take for an organisation."""
    from tui.core.analysis.conventions import apply_conventions

    text = "PARIS, 2 septembre (AFP) - La ministre a été nommée mardi."
    spans = [(0, 5, "ORG"), (text.index("AFP"), text.index("AFP") + 3, "ORG")]
    assert [(e.text, e.label) for e in apply_conventions(text, spans)] == [
        ("PARIS", "LOC"),
        ("AFP", "ORG"),
    ]


def test_a_dateline_place_the_model_missed_is_a_place_but_not_a_rubric() -> None:
    from tui.core.analysis.conventions import apply_conventions

    text = "SÉOUL, 3 mars (AFP) - Le ministre a parlé.\n\nEXCLUSIF - Le maire a démissionné."
    spans = [(text.index("AFP"), text.index("AFP") + 3, "ORG")]
    assert [(e.text, e.label) for e in apply_conventions(text, spans)] == [
        ("SÉOUL", "LOC"),
        ("AFP", "ORG"),
    ]


def test_a_place_opening_the_byline_is_a_place_whatever_the_model_says() -> None:
    """« Haguenau. Par Anne Roy »: the line dates the article from the place."""
    from tui.core.analysis.conventions import apply_conventions

    text = "Frontaliers taxés deux fois\n\nVarbourg-la-Forêt. Par Anne Roy\n\nIls sont nombreux."
    start = text.index("Varbourg")
    name = text.index("Anne")
    spans = [(start, start + len("Varbourg-la-Forêt"), "PER"), (name, name + 8, "PER")]
    found = {(e.text, e.label) for e in apply_conventions(text, spans)}
    assert ("Varbourg-la-Forêt", "LOC") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters in Vermont, Montana and West Virginia",
            [("Vermont", "LOC"), ("Montana", "LOC"), ("West Virginia", "LOC")],
        ),
        (
            "The Los Angeles Lakers won in Denver.",
            [("Los Angeles Lakers", "ORG"), ("Denver", "LOC")],
        ),
    ],
)
def test_english_lists_of_places_and_a_city_inside_a_team(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives in the Kibera district.", [("Kibera", "LOC")]),
        ("Fans packed the Allianz Arena on Sunday.", [("Allianz Arena", "LOC")]),
        ("Crowds filled the Lusail Stadium.", [("Lusail Stadium", "LOC")]),
        ("Flights to Dar es Salaam resumed.", [("Dar es Salaam", "LOC")]),
    ],
)
def test_english_districts_venues_and_lowercase_joins(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert name_pairs(text, "en") == expected


def test_state_abbreviations_after_a_city() -> None:
    spans = entity_pairs(
        "She moved from Austin, Tex. to Eugene, Ore., and then to Trenton, N.J., in May.", "en"
    )
    assert ("Eugene", "LOC") in spans
    assert ("Ore.", "LOC") in spans
    assert ("N.J.", "LOC") in spans


def test_state_abbreviation_needs_a_city_before() -> None:
    assert not any(t == "Va." for t, _ in entity_pairs("Items: Va. and more.", "en"))


@pytest.mark.parametrize(
    "building",
    ["Holyrood Palace", "Edinburgh Castle", "Carnegie Hall", "Dirksen Senate Office Building"],
)
def test_buildings_are_places(building: str) -> None:
    spans = entity_pairs(f"Crowds gathered outside {building} on Sunday.", "en")
    assert (building, "LOC") in spans


def test_bay_ends_a_place_name() -> None:
    found = dict(entity_pairs("Flights into Halcyon Bay were cancelled.", "en"))
    assert found.get("Halcyon Bay") == "LOC"


def test_a_place_word_outweighs_a_given_name_after_at() -> None:
    assert ("Victoria Park", "LOC") in entity_pairs(
        "The rally ended at Victoria Park on Sunday.", "en"
    )


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Ohio-based company said sales rose.", "Ohio", "LOC"),
        ("A Lisbon-born painter opened the show.", "Lisbon", "LOC"),
    ],
)
def test_hyphen_compound_keeps_only_the_name(text: str, name: str, label: str) -> None:
    found = dict(entity_pairs(text, "en"))
    assert found.get(name) == label
    assert not any(k.endswith(("-based", "-born")) for k in found)


def test_a_whole_hyphenated_country_does_not_run_on_over_de() -> None:
    text = "Le départ du Royaume-Uni de l’Organisation mondiale du commerce inquiète."
    pairs = name_pairs(text, "fr")
    assert ("Royaume-Uni", "LOC") in pairs
    assert not [p for p in pairs if p[0].startswith("Royaume-Uni ")]


@pytest.mark.parametrize(
    "text",
    [
        "Manitoba’s plan to reopen six rural emergency rooms has slipped.",
        "Officials said Manitoba would pay for the new wards.",
        "Heavy rain hit Queensland and Kerala on the same weekend.",
    ],
)
def test_provinces_and_states_of_other_countries_are_places(text: str) -> None:
    labels = {label for _, label in entity_pairs(text, "en")}
    assert labels == {"LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Un érable s'est abattu dans le rang Saint-Amable mardi.", "Saint-Amable"),
        ("Les bus ne passent plus rue Victor-Hugo depuis lundi.", "Victor-Hugo"),
        ("Le cortège a remonté le boulevard Raspail.", "Raspail"),
    ],
)
def test_a_name_after_a_street_noun_is_a_place(text: str, name: str) -> None:
    """The model may read « le rang Saint-Amable » as a person: a street noun says it
    is where, not who."""
    from tui.core.analysis.conventions import apply_conventions

    start = text.index(name)
    labels = [e.label for e in apply_conventions(text, [(start, start + len(name), "PER")])]
    assert labels == ["LOC"]


def test_a_person_span_after_a_prefect_or_a_market_is_the_place() -> None:
    """« le préfet de X », « au marché de X »: what a prefect or a market has is a
    town, whatever the recogniser said."""
    from tui.core.analysis.conventions import apply_conventions

    text = "Le préfet de Koumbaly a parlé. Au marché de Koumbaly, une vendeuse attend."
    spans = [(m.start(), m.end(), "PER") for m in re.finditer("Koumbaly", text)]
    assert [(e.text, e.label) for e in apply_conventions(text, spans)] == [
        ("Koumbaly", "LOC"),
        ("Koumbaly", "LOC"),
    ]


def test_a_person_span_after_a_bare_occupation_and_a_is_where_that_person_works() -> None:
    """« …, ancien instituteur à X », « , avocate à X »: a bare occupation set off before
    « à » says where; with its article (« une lettre du président à X ») X is the
    addressee and stays a person."""
    from tui.core.analysis.conventions import apply_conventions

    text = (
        "Malik Tandja, président du comité, ancien instituteur à Dabora, a parlé. "
        "Une lettre du président à Dabora Kessi est partie."
    )
    first = text.index("Dabora")
    second = text.index("Dabora Kessi")
    spans = [(first, first + 6, "PER"), (second, second + 12, "PER")]
    assert [(e.text, e.label) for e in apply_conventions(text, spans)] == [
        ("Dabora", "LOC"),
        ("Dabora Kessi", "PER"),
    ]
