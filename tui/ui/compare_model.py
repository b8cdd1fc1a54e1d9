"""What the comparison view shows, as plain data: level rows, their word changes, and
both columns wrapped line by line.

The view draws two columns line by line. Everything it needs is computed here without
Textual, so it runs in a worker thread and is tested on its own: :func:`build_model`
turns a :class:`~tui.core.compare.summary.Comparison` into rows with the changed words
of each side and the rows that are differences; :func:`layout_columns` wraps both
sides to their widths and pads each row to the same height on both sides, so paired
sentences sit level and one scroll offset fits both columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tui.core.compare.align import word_diff
from tui.core.compare.summary import Comparison, layout_rows
from tui.core.models import Span
from tui.ui.wrap import wrap_offsets

TEXT, FILL, EMPTY, GAP = 0, 1, 2, 3
"""Kinds of column line: sentence text, tinted padding of a sentence's row, padding of
a row where this side has no sentence, blank line between rows."""

ColumnLine = tuple[int, int, int, int]
"""A laid-out line: ``(row, start, end, kind)``; offsets index the side's article text."""


@dataclass(frozen=True, slots=True)
class ViewRow:
    """One level row: a sentence per side (or none), its pair and the changed words."""

    left: Span | None
    right: Span | None
    pair: int | None
    left_changes: tuple[Span, ...] = ()
    right_changes: tuple[Span, ...] = ()

    @property
    def is_difference(self) -> bool:
        """A sentence found on one side only, or a pair whose words differ."""
        return self.pair is None or bool(self.left_changes or self.right_changes)

    def side(self, which: str) -> Span | None:
        return self.left if which == "left" else self.right

    def changes(self, which: str) -> tuple[Span, ...]:
        return self.left_changes if which == "left" else self.right_changes


@dataclass(frozen=True, slots=True)
class CompareModel:
    """What the view shows: the comparison, its rows, and which rows are differences."""

    comparison: Comparison
    rows: tuple[ViewRow, ...]
    differences: tuple[int, ...]


def build_model(comparison: Comparison) -> CompareModel:
    """Lay the comparison out in rows and diff every pair word by word.

    A sentence paired twice (one outlet split what the other said in one sentence) is
    diffed against the partner of the row it sits on.
    """
    left_text, right_text = comparison.left.text, comparison.right.text
    pairs = comparison.pairs
    rows: list[ViewRow] = []
    for row in layout_rows(comparison):
        if row.pair is None:
            rows.append(ViewRow(row.left, row.right, None))
            continue
        pair = pairs[row.pair]
        lch: list[Span] = []
        rch: list[Span] = []
        for op in word_diff(left_text, pair.left, right_text, pair.right):
            if op.tag == "equal":
                continue
            if op.left.end > op.left.start:
                lch.append(op.left)
            if op.right.end > op.right.start:
                rch.append(op.right)
        rows.append(
            ViewRow(
                row.left,
                row.right,
                row.pair,
                tuple(lch) if row.left is not None else (),
                tuple(rch) if row.right is not None else (),
            )
        )
    differences = tuple(k for k, r in enumerate(rows) if r.is_difference)
    return CompareModel(comparison, tuple(rows), differences)


class Layout(NamedTuple):
    """Both columns' lines for given text widths, and the first line of each row."""

    widths: tuple[int, int]
    left: list[ColumnLine]
    right: list[ColumnLine]
    tops: list[int]


def _wrap_sentence(text: str, span: Span, width: int) -> list[tuple[int, int]]:
    """Wrap one sentence; a line break inside it starts a new line, blank lines drop."""
    lines: list[tuple[int, int]] = []
    start = span.start
    while start < span.end:
        stop = text.find("\n", start, span.end)
        stop = span.end if stop < 0 else stop
        while start < stop and text[start].isspace():
            start += 1
        if start < stop:
            lines.extend(wrap_offsets(text, start, stop, width))
        start = stop + 1
    return lines or [(span.start, span.start)]


def layout_columns(
    model: CompareModel, left_width: int, right_width: int
) -> tuple[list[ColumnLine], list[ColumnLine], list[int]]:
    """Wrap both sides and pad every row to the taller side.

    Returns the left lines, the right lines (always as many as the left) and the first
    line of each row, so the view can scroll a row into place on both sides at once.
    """
    texts = (model.comparison.left.text, model.comparison.right.text)
    widths = (max(1, left_width), max(1, right_width))
    columns: tuple[list[ColumnLine], list[ColumnLine]] = ([], [])
    tops: list[int] = []
    for k, row in enumerate(model.rows):
        if k:
            for column in columns:
                column.append((k, 0, 0, GAP))
        tops.append(len(columns[0]))
        wrapped: list[Sequence[tuple[int, int]]] = []
        for side, span in enumerate((row.left, row.right)):
            wrapped.append(() if span is None else _wrap_sentence(texts[side], span, widths[side]))
        height = max(len(w) for w in wrapped)
        for side, span in enumerate((row.left, row.right)):
            column = columns[side]
            column.extend((k, s, e, TEXT) for s, e in wrapped[side])
            pad = FILL if span is not None else EMPTY
            column.extend((k, 0, 0, pad) for _ in range(height - len(wrapped[side])))
    return columns[0], columns[1], tops


def lay_out(model: CompareModel, widths: tuple[int, int]) -> Layout:
    """:func:`layout_columns` for ``widths``, kept with the widths it was made for."""
    return Layout(widths, *layout_columns(model, *widths))
