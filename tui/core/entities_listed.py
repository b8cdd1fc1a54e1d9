"""Listed names the capitalised-run scan cannot see.

Two kinds: US state abbreviations after a city ("Palo Alto, Calif.", "Washington,
D.C."), which news style writes with a period that belongs to the name, and listed
brands written in lowercase ("franceinfo").
"""

from __future__ import annotations

import re
from functools import cache

from tui.core.gazetteer import listed_lowercase_names

# AP-style abbreviations of US states and the federal district. "La." and "Me." are
# left out: in French copy they are an article and an honorific.
_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo"
).split()
_DOTTED = ("D.C", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "R.I", "S.C", "S.D", "W.Va")

STATE_AFTER_CITY = re.compile(
    r"(?<=[a-zà-ÿ]), (" + "|".join(re.escape(s) for s in (*_DOTTED, *_STATES)) + r")\.(?!\w)"
)


Span = tuple[int, int, str]


def with_state_abbreviations(text: str, found: list[Span]) -> list[Span]:
    """Label "Calif." after "Palo Alto," as a place, replacing any overlapping guess."""
    if ", " not in text:
        return found
    extra = [(m.start(1), m.end(), "LOC") for m in STATE_AFTER_CITY.finditer(text)]
    return _merge(found, extra) if extra else found


@cache
def _brand_pattern() -> re.Pattern[str] | None:
    names = sorted(listed_lowercase_names(), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w@/.-])(" + "|".join(map(re.escape, names)) + r")(?![\w@-])(?!\.\w)")


def with_lowercase_brands(text: str, found: list[Span]) -> list[Span]:
    """Add listed names written in lowercase ("interrogée par franceinfo")."""
    pattern = _brand_pattern()
    if pattern is None:
        return found
    extra = [(m.start(), m.end(), label) for m in pattern.finditer(text) if (label := _label(m))]
    return _merge(found, extra) if extra else found


def _label(match: re.Match[str]) -> str | None:
    return listed_lowercase_names().get(match.group())


def _merge(found: list[Span], extra: list[Span]) -> list[Span]:
    """Put ``extra`` spans in, dropping found spans they overlap; keep the order."""
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _ in extra)]
    return sorted(kept + extra)
