"""Bundled word lists behind the entity extractor: known names, given names, common words.

The lists are plain text under ``tui/core/data/entities`` so they ship in the wheel and
can be reviewed or extended without touching code. Everything is loaded once, lazily,
and looked up through :func:`name_key`, which makes ``Etats-Unis``/``États-Unis`` and
``Côte d'Ivoire``/``Côte d’Ivoire`` the same key.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from tui.core.entities.broadcasters import BROADCASTERS
from tui.core.text import fold

_DATA = "data/entities"
_SEPARATORS = re.compile(r"[\s\-‐‑–—]+")
# Curated lists, read after the learned priors so they win; later files win on ties.
_CURATED = (
    ("LOC", "subdivisions.txt"),
    ("LOC", "places.txt"),
    ("LOC", "places_en.txt"),
    ("ORG", "orgs.txt"),
    ("ORG", "orgs_en.txt"),
    ("ORG", "article_names.txt"),
)


@lru_cache(maxsize=131072)
def name_key(name: str) -> str:
    """Fold a name for lookups: no case, no accents, one apostrophe, hyphens as spaces."""
    return _SEPARATORS.sub(" ", fold(name)).strip()


def _lines(filename: str) -> list[str]:
    raw = resources.files("tui.core").joinpath(_DATA, filename).read_text(encoding="utf-8")
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _curated() -> tuple[tuple[str, str], ...]:
    """Every curated (label, name): the list files, then the broadcasters, which the
    trained engine's conventions read from the same tuple (« France 2 », not France)."""
    entries = [(label, name) for label, filename in _CURATED for name in _lines(filename)]
    return (*entries, *(("ORG", name) for name in BROADCASTERS))


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Names by folded key, and acronyms by exact spelling (so "UN" never matches "Un")."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    entries = [tuple(line.split("\t", 1)) for line in _lines("learned_fr.tsv") if "\t" in line]
    for label, name in [*entries, *_curated()]:
        if label not in ("LOC", "ORG"):
            continue
        if _is_acronym_like(name):
            acronyms[name] = label
        else:
            names[name_key(name)] = label
    return names, acronyms


@cache
def listed_lowercase_names() -> dict[str, str]:
    """Curated names written in lowercase ("franceinfo"), exactly as spelled, by label.

    The capitalised-run scan never sees them; common words are left out so a listed
    name never turns an ordinary word into an entity.
    """
    common = common_words() | lowercase_words()
    return {
        name: label
        for label, name in _curated()
        if name[:1].islower() and name.isalpha() and name not in common
    }


@cache
def listed_numbered_names() -> dict[str, str]:
    """Curated names with a number as a word of their own ("France 24", "No 10"),
    exactly as spelled, by label: the capitalised-run scan stops at the number."""
    return {name: label for label, name in _curated() if any(w.isdigit() for w in name.split()[1:])}


def _is_acronym_like(name: str) -> bool:
    return len(name) <= 3 or (name.isupper() and " " not in name)


def known_names() -> dict[str, str]:
    """Map a name key to its label (LOC or ORG); curated lists win over learned priors."""
    return _tables()[0]


@cache
def _name_prefixes() -> frozenset[str]:
    """Keys of the leading words of every listed multi-word name ("nations" of "nations unies")."""
    out: set[str] = set()
    for key in known_names():
        words = key.split()
        for i in range(1, len(words)):
            out.add(" ".join(words[:i]))
    return frozenset(out)


def starts_known_name(surface: str) -> bool:
    """Whether some listed name begins with ``surface`` and continues after it."""
    return name_key(surface) in _name_prefixes()


@lru_cache(maxsize=131072)
def known_label(surface: str) -> str | None:
    """Label of a listed name written as ``surface``: acronyms exactly, names folded."""
    names, acronyms = _tables()
    if _is_acronym_like(surface):
        found = acronyms.get(surface)
        if found is not None or len(surface) <= 3:
            return found
        # A capitalised headline or dateline word ("LONDON") is still the listed name.
    return names.get(name_key(surface))


@cache
def given_names() -> frozenset[str]:
    """Keys of given names from many cultures (a cue that a sequence names a person)."""
    return frozenset(name_key(w) for line in _lines("given_names.txt") for w in line.split())


@cache
def world_given_names() -> frozenset[str]:
    """:func:`given_names` and the common given names of many cultures built from Faker's
    tables (``given_names_world.txt``): the English cue "Priya Raman", "Jakub Novotny"."""
    return given_names() | frozenset(_lines("given_names_world.txt"))


@cache
def given_name_genders() -> dict[str, str]:
    """Folded given name → ``"m"`` | ``"f"`` (``given_name_genders.tsv``, built from
    Faker's tables): pronouns agree with it, and in English copy "Lorraine Whitlock"
    is a woman, not a demonym."""
    rows = (line.split("\t") for line in _lines("given_name_genders.tsv"))
    return {row[0]: row[1] for row in rows if len(row) == 2 and row[1] in ("m", "f")}


@cache
def common_words() -> frozenset[str]:
    """Lowercase frequent French and English words (sentence-initial non-names)."""
    out: set[str] = set()
    for filename in ("common_fr.txt", "common_en.txt"):
        for line in _lines(filename):
            out.update(line.split())
    # "Egalement", "Securite": sentence starts often drop the capital's accent.
    return frozenset(out | {fold(w) for w in out})


@cache
def english_common_words() -> frozenset[str]:
    """The frequent English words of :func:`common_words` alone: in English text, a
    listed name spelled like one ("People", a French magazine) opening a sentence is
    the word."""
    return frozenset(w for line in _lines("common_en.txt") for w in line.split())


@cache
def lowercase_words() -> frozenset[str]:
    """Frequent words a dictionary writes only in lowercase (French and English).

    Larger than :func:`common_words` and used for one decision only: whether a lone
    capitalised word opening a sentence ("Dock", "Nobody", "Budget") is just that word.
    """
    out: set[str] = set(common_words())
    for filename in ("lower_fr.txt", "lower_en.txt"):
        out.update(_lines(filename))
    return frozenset(out | {fold(w) for w in out})


@cache
def english_lowercase_words() -> frozenset[str]:
    """The English words of :func:`lowercase_words`: in English copy a surname spelled
    like a French word (« vos », « grâce ») opening a sentence is still the name."""
    return english_common_words() | frozenset(_lines("lower_en.txt"))


@cache
def demonyms() -> frozenset[str]:
    """Folded nationality adjectives and demonyms, singular and plural ("european(s)")."""
    out: set[str] = set()
    for line in _lines("demonyms.txt"):
        for word in line.split():
            key = name_key(word)
            out.update((key, key + "s", key + "es"))
    return frozenset(out)
