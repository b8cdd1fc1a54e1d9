"""French ministries written with a lowercase head: "le ministère de l’Intérieur".

French style lowercases "ministère" and capitalises the portfolio, so the scan sees
only "Intérieur"; the ministry is the organisation, and its name starts at the head.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import known_label

# "ministère" and its linking words, right before the portfolio.
_HEAD_BEFORE = re.compile(r"(?<!\w)ministère (?:de la |de l[’']|du |des |de |d[’'])$")

Span = tuple[int, int, str]


def with_ministry_heads(text: str, found: list[Span]) -> list[Span]:
    """Start a portfolio mention at the lowercase "ministère" that heads it."""
    if "ministère " not in text:
        return found
    out: list[Span] = []
    last_end = 0
    for s, e, label in found:
        # Whatever the word alone looked like ("Armées a confirmé" reads as a person),
        # the head makes it a ministry.
        head = _HEAD_BEFORE.search(text, max(last_end, s - 20), s)
        if head is not None:
            s, label = head.start(), "ORG"
        out.append((s, e, label))
        last_end = e
    return out


PORTFOLIO_ADJECTIVES = (
    "étrangères",
    "européennes",
    "sociales",
    "économiques",
    "culturelles",
    "nationale",
    "publique",
    "publics",
    "supérieur",
    "extérieur",
    "intérieure",
    "écologique",
    "solidaire",
    "numérique",
    "territoriale",
    "maritimes",
    "rurales",
)
"""Adjectives a French portfolio's name carries (« Affaires étrangères », « Éducation
nationale », « Fonction publique », « Commerce extérieur »); any other word after the
portfolio is the sentence going on (« les Transports rappelle »)."""

_PORTFOLIO = re.compile(
    r"(?<![\w-])(?<![Pp]remier )(?<![Pp]remière )(?:ministre|ministère)s?(?: [a-zé]+){0,2}?"
    r" (?:de la |de l[’']|du |des |de |d[’'])"
    r"(?P<name>[A-ZÉÈÀÂÎÔ][^\W\d_]+(?:[-‐][^\W\d_]+)*"
    r"(?: (?:" + "|".join(PORTFOLIO_ADJECTIVES) + r"))?)"
    r"(?![\w-])"
)
"""A capitalised portfolio after « ministre de » or « ministère de », with one adjective
of its own (« Affaires étrangères », « Éducation nationale »); up to two words may
stand between (« le ministre colombien de la Santé », « ministre délégué des »). A
prime minister holds no portfolio: « le Premier ministre du Canada »."""


def with_portfolios(text: str, found: list[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """Add the portfolio a minister or ministry holds (« le ministre de l'Intérieur »):
    news annotation names the ministry by its portfolio word, an organisation. A span
    of the recogniser lying inside the portfolio gives way to it; one reaching beyond
    it (« Intérieur du Gabon ») is kept. Also returns the portfolio spans, to be kept
    whatever their case."""
    if "minist" not in text:
        return found, set()
    spans = sorted(found)
    added: set[tuple[int, int]] = set()
    for match in _PORTFOLIO.finditer(text):
        s, e = match.span("name")
        if known_label(text[s:e]) == "LOC":
            continue  # « ministre de France »: a country's minister, not a portfolio
        overlapping = [x for x in spans if x[0] < e and s < x[1]]
        if any(x[0] < s or x[1] > e for x in overlapping):
            continue
        spans = [x for x in spans if x not in overlapping] + [(s, e, "ORG")]
        added.add((s, e))
    return sorted(spans), added
