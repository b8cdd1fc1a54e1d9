"""Makers and services written around product names.

"Airbus A320" names an aircraft, but the mention still names its maker, which is the
organisation readers look for; "Canal+" and "Disney+" carry a plus sign the
capitalised-run scan leaves out.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import known_label

# A model code after the maker: "A320", "737", "MAX-8", "X5".
_MODEL = re.compile(r"[A-Z]{0,3}-?\d{1,4}[a-z]{0,2}")

Span = tuple[int, int, str]


def with_makers(text: str, found: list[Span]) -> list[Span]:
    """Keep the listed maker of "<maker> <model code>" and give "<name>+" its plus sign."""
    out: list[Span] = []
    for s, e, label in found:
        if e < len(text) and text[e] == "+" and (e + 1 == len(text) or not text[e + 1].isalnum()):
            label = known_label(text[s : e + 1]) or "ORG"  # "Canal+", "Disney+"
            e += 1
        elif label == "MISC" and " " in text[s:e]:
            maker, _, code = text[s:e].rpartition(" ")
            if _MODEL.fullmatch(code) and known_label(maker) == "ORG":
                e, label = s + len(maker), "ORG"  # "Airbus A321": the maker
        out.append((s, e, label))
    return out
