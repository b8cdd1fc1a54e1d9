"""Listed names the capitalised-run scan cannot see.

Three kinds: US state abbreviations after a city ("Palo Alto, Calif.", "Washington,
D.C."), which news style writes with a period that belongs to the name, listed
brands written in lowercase ("franceinfo"), and listed names holding a number ("France
24", "No 10"), where the scan stops before the number.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import listed_lowercase_names, listed_numbered_names

# AP-style abbreviations of US states and the federal district. "La." and "Me." are
# left out: in French copy they are an article and an honorific.
_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo"
).split()
_DOTTED = ("D.C", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "R.I", "S.C", "S.D", "W.Va")

STATE_AFTER_CITY = re.compile(
    r", (" + "|".join(re.escape(s) for s in (*_DOTTED, *_STATES)) + r")\.(?!\w)"
)


Span = tuple[int, int, str]


def with_state_abbreviations(text: str, found: list[Span]) -> list[Span]:
    """Label "Calif." after "Palo Alto," as a place, replacing any overlapping guess."""
    if ", " not in text:
        return found
    extra = [
        (m.start(1), m.end(), "LOC")
        for m in STATE_AFTER_CITY.finditer(text)
        if m.start() > 0 and text[m.start() - 1].islower()  # after a city's name
    ]
    return _merge(found, extra) if extra else found


def with_lowercase_brands(text: str, found: list[Span]) -> list[Span]:
    """Add listed names written in lowercase ("interrogée par franceinfo")."""
    extra = _written(text, listed_lowercase_names())
    return _merge(found, extra) if extra else found


def with_numbered_names(text: str, found: list[Span]) -> list[Span]:
    """Put listed names holding a number ("a France 24 reporter") over the spans the
    scan found in them ("France")."""
    extra = _written(text, listed_numbered_names())
    return _merge(found, extra) if extra else found


def _written(text: str, names: dict[str, str]) -> list[Span]:
    """Where ``text`` writes each of ``names`` exactly, as a word of its own."""
    spans: list[Span] = []
    for name, label in names.items():
        pos = text.find(name)  # a plain search: most texts hold none of these names
        while pos != -1:
            end = pos + len(name)
            if _stands_alone(text, pos, end):
                spans.append((pos, end, label))
            pos = text.find(name, end)
    return spans


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Not part of a longer word, an address or a domain ("franceinfo.fr")."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    if before.isalnum() or before in "@/.-_":
        return False
    if after[:1].isalnum() or after[:1] in "@-_":
        return False
    return not (after[:1] == "." and after[1:2].isalnum())


def _merge(found: list[Span], extra: list[Span]) -> list[Span]:
    """Put ``extra`` spans in, dropping found spans they overlap; keep the order."""
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _ in extra)]
    return sorted(kept + extra)
