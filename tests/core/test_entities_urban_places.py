"""A town's square, street, palace or motorway is one place with its lowercase noun
(« place de la République », « l'autoroute A7 »); an airport read as a body is its
town, a place."""

from __future__ import annotations

from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.urban_places import with_urban_places


def _places(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    found, _ = with_urban_places(text, spans)
    return [(text[s:e], label) for s, e, label in found]


def test_a_square_the_recogniser_named_is_whole() -> None:
    text = "La foule s'est réunie place de la République dimanche."
    spans = [span_at(text, "République", "LOC")]
    assert _places(text, spans) == [("place de la République", "LOC")]


def test_a_road_code_after_its_noun_is_a_place() -> None:
    text = "Un accident sur l'autoroute A7 a bloqué la circulation."
    assert _places(text, []) == [("autoroute A7", "LOC")]


def test_a_numbered_district_is_whole() -> None:
    text = "Il habite le 15e arrondissement de Paris depuis dix ans."
    assert _places(text, [span_at(text, "Paris", "LOC")]) == [
        ("15e arrondissement de Paris", "LOC")
    ]


def test_a_street_noun_before_a_name_nobody_found_makes_nothing() -> None:
    text = "Elle vit rue Haute, près de la place Verte."
    assert _places(text, []) == []


def test_an_airport_read_as_a_body_is_its_town() -> None:
    text = "Il allait décoller de l'aéroport d'Ajaccio lundi."
    assert _places(text, [span_at(text, "aéroport d'Ajaccio", "ORG")]) == [("Ajaccio", "LOC")]


def test_the_conventions_keep_the_lowercase_noun() -> None:
    text = "Les manifestants ont rejoint la place de la Bastille vers midi."
    found = apply_conventions(text, [span_at(text, "place de la Bastille", "LOC")])
    assert [(e.text, e.label) for e in found] == [("place de la Bastille", "LOC")]


def test_a_station_named_after_its_town_is_the_town() -> None:
    text = "Il a été reçu à la gare de Khovansk par une délégation."
    found = apply_conventions(text, [span_at(text, "gare de Khovansk", "LOC")])
    assert [(e.text, e.label) for e in found] == [("Khovansk", "LOC")]
