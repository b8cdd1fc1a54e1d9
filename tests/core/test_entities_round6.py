"""Generalisation round 6: "and"/"&" organisation names, corporate suffixes, US state
abbreviations, buildings, commune names with their article, lowercase listed brands."""

from __future__ import annotations

import pytest

from tui.core.entities import extract_entities


def _spans(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in extract_entities(text, language=language)}


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
        assert (name, "ORG") in _spans(text)


def test_and_between_two_listed_names_still_splits() -> None:
    spans = _spans("Shares of Microsoft and Amazon Web Services rose.")
    assert ("Microsoft", "ORG") in spans
    assert not any(" and " in t for t, _ in spans)


def test_complete_name_before_and_stays_apart() -> None:
    spans = _spans("Capitol Records and Harbor Labs signed a deal.")
    assert ("Capitol Records", "ORG") in spans
    assert ("Harbor Labs", "ORG") in spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lawyers at Skadden Arps Slate & Meagher said.", "Skadden Arps Slate & Meagher"),
        ("Shares of Procter & Gamble fell.", "Procter & Gamble"),
        ("A deal with S&P was signed.", "S&P"),
        ("Bonds issued by Brown Brothers & Co. traded lower.", "Brown Brothers & Co."),
        ("Orders at Acme Widgets Inc. slowed.", "Acme Widgets Inc."),
        ("Northwind Holdings Ltd. said on Monday.", "Northwind Holdings Ltd."),
    ],
)
def test_company_names_with_ampersand_and_suffix(text: str, name: str) -> None:
    assert (name, "ORG") in _spans(text)


@pytest.mark.parametrize("tail", ["Capital", "Records", "Labs", "Pharmaceuticals"])
def test_company_tails(tail: str) -> None:
    assert (f"Bluestone {tail}", "ORG") in _spans(f"Analysts said Bluestone {tail} would grow.")


def test_state_abbreviations_after_a_city() -> None:
    spans = _spans(
        "She moved from Austin, Tex. to Eugene, Ore., and then to Trenton, N.J., in May."
    )
    assert ("Eugene", "LOC") in spans
    assert ("Ore.", "LOC") in spans
    assert ("N.J.", "LOC") in spans


def test_state_abbreviation_needs_a_city_before() -> None:
    assert not any(t == "Va." for t, _ in _spans("Items: Va. and more."))


@pytest.mark.parametrize(
    "building",
    ["Holyrood Palace", "Edinburgh Castle", "Carnegie Hall", "Dirksen Senate Office Building"],
)
def test_buildings_are_places(building: str) -> None:
    assert (building, "LOC") in _spans(f"Crowds gathered outside {building} on Sunday.")


def test_person_named_hall_stays_a_person() -> None:
    assert ("Emma Hall", "PER") in _spans("The winner, Emma Hall, thanked her team.")


@pytest.mark.parametrize(
    "place", ["La Ferté-sous-Jouarre", "Le Puy-en-Velay", "La Chapelle-sur-Erdre"]
)
def test_article_of_a_hyphenated_commune(place: str) -> None:
    spans = _spans(f"Un accident s’est produit à {place} dimanche soir.", "fr")
    assert (place, "LOC") in spans


def test_lowercase_article_is_not_taken() -> None:
    spans = _spans("Il vit dans les Alpes-de-Haute-Provence depuis 2010.", "fr")
    assert not any(t.startswith("les") for t, _ in spans)


def test_sentence_initial_french_organisation_head() -> None:
    spans = _spans("Le gouvernement a réagi. L’Agence spatiale européenne a confirmé.", "fr")
    assert ("Agence spatiale européenne", "ORG") in spans


def test_lowercase_listed_brand() -> None:
    spans = _spans("La ministre s’est confiée à franceinfo mardi.", "fr")
    assert ("franceinfo", "ORG") in spans
    assert not _spans("Voir franceinfo.fr pour le détail.", "fr") & {("franceinfo", "ORG")}


def test_and_join_stops_before_a_weekday() -> None:
    spans = _spans("He met the head of the Bureau of Land and Mineral Management on Tuesday.")
    assert ("Bureau of Land and Mineral Management", "ORG") in spans
    spans = _spans("She visited the Soil and Water Service on Friday.")
    assert ("Soil and Water Service", "ORG") in spans
