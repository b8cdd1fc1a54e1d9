"""Speaker labels among the article's laid-out lines: which row carries which label.

The article pane ends a line after each quote's closing word (see
:mod:`tui.ui.article_layers` for the design); :class:`LabelRows` then puts the labels
of the quotes ending on a line at the right of that line when they fit, or on rows of
their own just below it, packed whole (:func:`~tui.ui.wrap.pack_labels`). Label rows
carry no article text, so every character offset still points where it did.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from tui.ui.render import RenderTheme, sanitize
from tui.ui.wrap import BLANK, LABEL_GAP, Line, break_after, pack_labels

DECOR = 3
"""Kind of a laid-out row that holds speaker labels rather than article text."""

Note = tuple[int, str, str]
"""A speaker label: ``(offset of the quote's closing mark, words, theme role)``."""

Fragment = tuple[str, str]
"""Label words drawn on one row, with their theme role."""


class LabelRows:
    """The labels of one article and the rows (by line index) that draw them."""

    def __init__(self) -> None:
        self.notes: list[Note] = []
        self._anchors: list[int] = []
        self.rows: dict[int, list[Fragment]] = {}
        """Line index → the labels drawn on it (a text line's right end, or a row)."""

    def set_notes(self, notes: Sequence[Note]) -> bool:
        """Keep ``notes`` (in anchor order, ties as given); return whether they changed."""
        ordered = sorted(notes, key=lambda note: note[0])
        if ordered == self.notes:
            return False
        self.notes = ordered
        self._anchors = [anchor for anchor, _, _ in ordered]
        return True

    def breaks(self, text: str) -> list[int]:
        """Where lines must end: after the word holding each quote's closing mark."""
        return sorted({break_after(text, anchor) for anchor in self._anchors})

    def insert(self, text: str, batch: list[Line], first: int, width: int) -> list[Line]:
        """``batch`` (to be stored from line index ``first``) with label rows added."""
        if not self.notes:
            return batch
        out: list[Line] = []
        for line in batch:
            out.append(line)
            start, end, kind = line
            if kind == BLANK:
                continue
            low = bisect_left(self._anchors, start)
            high = bisect_left(self._anchors, max(end, start + 1))
            if low == high:
                continue
            labels = self.notes[low:high]
            packed = pack_labels([words for _, words, _ in labels], width)
            if len(packed) == 1:
                words = sum(cell_len(piece) for _, piece in packed[0])
                spaces = LABEL_GAP * len(packed[0])
                if cell_len(sanitize(text[start:end])) + spaces + words <= width:
                    self.rows[first + len(out) - 1] = [(w, labels[i][2]) for i, w in packed[0]]
                    continue
            for row in packed:
                self.rows[first + len(out)] = [(w, labels[i][2]) for i, w in row]
                out.append((end, end, DECOR))
        return out

    def words(self, index: int) -> str:
        """The plain words of the labels on line ``index`` ("" when it has none)."""
        return (" " * LABEL_GAP).join(words for words, _ in self.rows.get(index, ()))

    def all_words(self) -> list[str]:
        """The labels as drawn, row by row, top to bottom."""
        return [self.words(index) for index in sorted(self.rows)]

    def draw(
        self,
        index: int,
        segments: list[Segment],
        *,
        theme: RenderTheme,
        base: Style,
        width: int,
        console: Console,
    ) -> list[Segment]:
        """``segments`` (the line's text, if any) then its labels, right-aligned to ``width``."""
        text = Text(end="")
        for words, role in self.rows.get(index, ()):
            if text:
                text.append(" " * LABEL_GAP, base)
            text.append(sanitize(words), base + theme.style_for(role) + Style(dim=True))
        used = sum(cell_len(segment.text) for segment in segments)
        pad = max(0, width - used - text.cell_len)
        return [*segments, Segment(" " * pad, base), *text.render(console)]
