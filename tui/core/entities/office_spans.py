"""A person's office is no name: « la préfète du Gard » names the Gard only.

A recogniser trained on names sometimes takes in the office before one (« préfète du
Gard », « maire de Lyon » as an organisation, « République de Nîmes » after « le
procureur de la »). The office is a description of a person, which the conventions
keep outside every span; what the office is of stays, as the place or body it is.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import known_label
from tui.core.entities.role_nouns import PERSON_NOUNS
from tui.core.text import fold

_OFFICE_OF = re.compile(r"([a-zà-ÿ-]+)\s+(?:de\s+la\s+|de\s+l['’]|d['’]|du\s+|des\s+|de\s+)")
"""A lowercase noun and the « de » linking it to what it governs."""

_PROSECUTOR = re.compile(r"procureur[e]?\s+de\s+la\s+$", re.IGNORECASE)
_REPUBLIC_OF = re.compile(r"République\s+(?:de\s+|d['’])")

_TERRITORIAL = frozenset(
    "prefet prefete sous-prefet sous-prefete maire depute deputee senateur senatrice "
    "eveque procureur procureure recteur rectrice consul consule gouverneur".split()
)
"""Offices held over a place: what they are of is a place when nothing says otherwise."""


def past_office(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where the name inside a span opening on an office starts, and its label; the
    span as it was when it opens on no office."""
    if _PROSECUTOR.search(text, max(0, start - 24), start):
        m = _REPUBLIC_OF.match(text, start, end)  # « procureur de la République de Nîmes »
        if m and m.end() < end:
            return m.end(), known_label(text[m.end() : end]) or "LOC"
    m = _OFFICE_OF.match(text, start, end)
    if m is None or m.end() >= end or fold(m[1]) not in PERSON_NOUNS:
        return start, label
    rest = text[m.end() : end]
    territorial = fold(m[1]) in _TERRITORIAL
    return m.end(), known_label(rest) or ("LOC" if territorial else label)
