"""Hand-given entity lists for quote tests, so attribution is tested on its own.

The quote tests say which names a text holds (surface → label and canonical name)
instead of relying on the entity extractor, whose own tests live elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.models import Entity
from tui.core.quotes import extract_quotes


def locate_names(text: str, names: Mapping[str, tuple[str, str]]) -> list[Entity]:
    """Every whole-word occurrence of the given names, longest first, never overlapping."""
    taken = [False] * len(text)
    out = []
    for name, (label, canonical) in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            out.append(Entity(m.start(), m.end(), name, label, canonical))  # type: ignore[arg-type]
    return sorted(out, key=lambda e: e.start)


def quotes_found(
    text: str, names: Mapping[str, tuple[str, str]], language: str
) -> list[tuple[str, str | None, str]]:
    """``(words, speaker, kind)`` of every quote, with the given names as the entities."""
    quotes = extract_quotes(text, locate_names(text, names), language=language)
    return [(q.text, q.speaker, q.kind) for q in quotes]
