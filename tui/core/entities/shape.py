"""Word-shape tests of the entity extractor: what a token looks like on its own.

Acronyms, initials, demonyms, hyphenated place names, Korean given names and
sports-team names are recognised from their spelling and the bundled lists, with
no look at the surrounding text.
"""

from __future__ import annotations

import re

from tui.core.entities.extend import extend_organisation
from tui.core.entities.gazetteer import (
    common_words,
    demonyms,
    given_names,
    known_label,
    name_key,
)
from tui.core.entities.lexicon import (
    COMPASS,
    DEMONYM_ENDINGS,
    ORG_TRIGGERS,
    PLACE_PARTICLES,
)
from tui.core.entities.patterns import NAME_ELISION, SYLLABLE_PAIR, Piece


def lone_demonym(word: str) -> bool:
    """A nationality word alone describes rather than names ("European logistics");
    one that is also a listed place names it (« l'Argentine », "the Philippines")."""
    key = name_key(word)
    return key in demonyms() and key not in given_names() and known_label(word) != "LOC"


def korean_name(tokens: list[Piece]) -> bool:
    """A short surname then a hyphenated two-syllable given name ("Son Heung-min")."""
    return (
        len(tokens) == 2
        and 2 <= len(tokens[0].text) <= 4
        and tokens[0].text.isalpha()
        and SYLLABLE_PAIR.fullmatch(tokens[1].text) is not None
    )


def hyphenated_place(word: str) -> bool:
    """A French place name joined by hyphens: "Saint-Priest-en-Jarez", "Centre-Bretagne"."""
    parts = word.split("-")
    if len(parts) < 2:
        return False
    if len(parts) >= 3 and any(p in PLACE_PARTICLES for p in parts[1:-1]):
        return parts[0][:1].isupper() and parts[-1][:1].isupper()
    return name_key(parts[0]) in COMPASS and known_label(parts[-1]) == "LOC"


def team_name(tokens: list[Piece]) -> bool:
    """A place then a plural nickname is a sports team ("New York Red Bulls")."""
    last = tokens[-1].text
    if len(tokens) < 2 or not last.endswith("s") or last.endswith("ss"):
        return False
    for cut in (1, 2):
        if len(tokens) > cut and known_label(" ".join(t.text for t in tokens[:-cut])) == "LOC":
            return True
    return False


def is_demonym(low: str) -> bool:
    """A nationality word by its ending (« malienne », "Texans"), with at least three
    letters before it: "main", "grand", "brand" end the same way and are no people."""
    ending = next((e for e in DEMONYM_ENDINGS if low.endswith(e)), None)
    if ending is None or len(low) < len(ending) + 3:
        return False
    return name_key(low) not in given_names()


def is_name_word(tok: str) -> bool:
    """A capitalised word or an initial ("T."), not an acronym or a common word."""
    if len(tok) == 2 and tok.endswith("."):
        return True
    return tok[:1].isupper() and not tok.isupper() and tok.lower() not in common_words()


def is_acronym(tok: str) -> bool:
    if NAME_ELISION.match(tok) or _capitalised_parts(tok):
        return False
    letters = [c for c in tok if c.isalpha()]
    if not 2 <= len(letters) <= 8 or sum(c.isupper() for c in letters) < 2:
        return False
    return not set(tok) <= set("IVXLCDM")


def _capitalised_parts(tok: str) -> bool:
    """Hyphenated capitalised words ("Saint-Avé", "Aix-Marseille") are names, not acronyms."""
    parts = tok.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts)


def org_head_runs_on(text: str, tokens: list[Piece]) -> bool:
    """A lone French organisation head that runs on in lowercase ("Agence spatiale")."""
    head = tokens[0]
    return (
        len(tokens) == 1
        and name_key(head.text) in ORG_TRIGGERS
        and extend_organisation(text, head.end, joins=True) > head.end
    )


def article_of_place(tokens: list[Piece]) -> bool:
    """A capitalised article before a hyphenated commune name belongs to the name."""
    return (
        len(tokens) == 2
        and tokens[0].text in ("Le", "La")
        and tokens[1].text.count("-") >= 2
        and hyphenated_place(tokens[1].text)
    )


_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z]{0,10}(?:\.[A-Z]\.?)?")


def party_tag(surface: str) -> bool:
    """ "R-Kan.", "D-Minn.", "I-Vt.", "D-N.Y.": the party and state American copy sets
    after a legislator's name. It names neither a body nor a place a reader looks up,
    so it is no entity (and never the speaker of the name it follows)."""
    return "-" in surface and _PARTY_TAG.fullmatch(surface.rstrip(".")) is not None
