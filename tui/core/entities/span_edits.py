"""Putting a longer name in place of the spans it holds, shared by the conventions that
find names the recogniser cut short (an acronym's expansion, a body named after its
field and place)."""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int, str]


def put_over(spans: Sequence[Span], start: int, end: int, label: str) -> list[Span] | None:
    """``spans`` with ``(start, end, label)`` in place of those inside it, sorted; ``None``
    when a span reaches across its edge, since then the two readings disagree."""
    if any(x < start < y or x < end < y for x, y, _ in spans):
        return None
    return sorted([x for x in spans if not (start <= x[0] and x[1] <= end)] + [(start, end, label)])
