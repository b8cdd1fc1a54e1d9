"""People the text gives an age to, which the model left out.

« Monique, 61 ans, étête les poissons »: French news presents people with their
age between commas, often by a first name alone, which a model trained on full
names may not mark. The age apposition announces a person; nothing is
labelled for being capitalised alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.announced_firms import overlaps
from tui.core.entities.gazetteer import known_label
from tui.core.entities.patterns import LONE_NON_NAMES

Span = tuple[int, int, str]

_AGED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+){0,2})"
    r",\s+\d{1,3}\s+ans\s*[,)]"
)
"""One to three capitalised words, then the age between commas (« X, 61 ans, »)."""


def aged_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """PER spans for names an age apposition follows where no span of ``spans`` lies."""
    if " ans" not in text:
        return []
    taken = sorted((s, e) for s, e, _ in spans)
    starts = [s for s, _ in taken]
    found: list[Span] = []
    for m in _AGED.finditer(text):
        start, end = m.span("name")
        words = m["name"].split()
        if words[0].lower() in LONE_NON_NAMES:
            continue  # « Le … », « Selon … »: a sentence's first word, no name
        if known_label(m["name"]) is not None or overlaps(taken, starts, start, end):
            continue  # « Paris, 12 ans, … » never; a span already there stays
        found.append((start, end, "PER"))
    return found
