"""Names inside an organisation's name: « le Conseil de sécurité des Nations unies »
holds the United Nations, « l'université de Strasbourg » the town.

An article's entities never overlap (the reader highlights each word once), so the
place or body an organisation is named after is not among them. Tools that count who
and where an article mentions want it, and so do annotation schemes that nest names
(WiNER does). This finds them after the organisation's link word (« de », « du »,
« des », « en », "of", "in"): a listed place or body, or a name the article gives
elsewhere, as long a run of words as is known. A ministry's portfolio (« ministère de
la Culture ») is its own name, not a body inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from tui.core.entities.gazetteer import known_label
from tui.core.name_aliases import is_listed_place

_LINK_BEFORE = re.compile(
    r"(?:^|\s)(?:de la|de l['’]|de|du|des|d['’]|en|au|aux|pour|à|of the|of|in)\s*$"
)
_WORD = re.compile(r"\w[\w-]*")
_PORTFOLIO_HOLDERS = ("ministère", "ministry", "ministre", "secrétariat", "département")
_LONGEST = 6
"""The most words an inner name is tried with."""


class InnerName(NamedTuple):
    """A name found inside ``outer``, the organisation's name that holds it."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    outer: str


def inner_names(text: str, entities: Iterable[tuple[int, int, str, str, str]]) -> list[InnerName]:
    """The places and bodies named inside the organisations of ``entities``, given as
    ``(start, end, text, label, canonical)`` as the analysis stores them."""
    entities = list(entities)
    own = {surface: (label, canonical) for _, _, surface, label, canonical in entities}
    found: list[InnerName] = []
    for start, end, surface, label, _ in entities:
        if label == "ORG" and " " in surface and not surface.lower().startswith(_PORTFOLIO_HOLDERS):
            found.extend(_inside(text, start, end, own))
    return found


def _inside(
    text: str, start: int, end: int, own: dict[str, tuple[str, str]]
) -> Iterable[InnerName]:
    """The known names that follow a link word inside ``text[start:end]``."""
    outer = text[start:end]
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(outer)]
    i = 1  # the first word opens the organisation's own name
    while i < len(words):
        at = words[i][0]
        found = None
        if text[at].isupper() and _LINK_BEFORE.search(text, start, at):
            found = _longest_known(text, words, i, own)
        if found is None:
            i += 1
            continue
        i, label, canonical = found
        stop = words[i - 1][1]
        yield InnerName(at, stop, text[at:stop], label, canonical, outer)


def _longest_known(
    text: str, words: list[tuple[int, int]], i: int, own: dict[str, tuple[str, str]]
) -> tuple[int, str, str] | None:
    """The longest run of words from ``words[i]`` that is a listed place or body, or a
    place or body the article names elsewhere: the index past its last word, its
    label and its canonical name."""
    at = words[i][0]
    for j in range(min(len(words), i + _LONGEST), i, -1):
        candidate = text[at : words[j - 1][1]]
        label, canonical = own.get(candidate, (None, candidate))
        label = label if label in ("LOC", "ORG") else known_label(candidate)
        if label is None and is_listed_place(candidate):
            label = "LOC"  # a country or large city of the place table (« Kyoto »)
        if label in ("LOC", "ORG"):
            return j, label, canonical
    return None
