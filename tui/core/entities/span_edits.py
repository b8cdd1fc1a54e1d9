"""Putting a longer name in place of the spans it holds, shared by the conventions that
find names the recogniser cut short (an acronym's expansion, a body named after its
field and place, a newspaper's title, a town's square)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

Span = tuple[int, int, str]


def put_over(spans: Sequence[Span], start: int, end: int, label: str) -> list[Span] | None:
    """``spans`` with ``(start, end, label)`` in place of those inside it, sorted; ``None``
    when a span reaches across its edge, since then the two readings disagree."""
    if any(x < start < y or x < end < y for x, y, _ in spans):
        return None
    return sorted([x for x in spans if not (start <= x[0] and x[1] <= end)] + [(start, end, label)])


def put_each(
    spans: Sequence[Span],
    names: Iterable[Span],
    *,
    drop: Callable[[Span, int, int], bool] | None = None,
) -> tuple[list[Span], list[Span]]:
    """``spans`` with each of ``names`` put over them in turn (:func:`put_over`), and
    the names that were put; ``drop`` tells which spans a name clears first (a span
    the recogniser stretched over a preposition)."""
    out = sorted(spans)
    put: list[Span] = []
    for start, end, label in names:
        kept = out if drop is None else [x for x in out if not drop(x, start, end)]
        placed = put_over(kept, start, end, label)
        if placed is None:
            continue  # a span reaching across the name's edge: leave it
        out = placed
        put.append((start, end, label))
    return out, put
