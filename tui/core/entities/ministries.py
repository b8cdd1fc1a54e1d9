"""French ministries written with a lowercase head: "le ministère de l’Intérieur".

French style lowercases "ministère" and capitalises the portfolio, so the scan sees
only "Intérieur"; the ministry is the organisation, and its name starts at the head.
"""

from __future__ import annotations

import re

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
