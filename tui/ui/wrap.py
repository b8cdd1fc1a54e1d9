"""Word wrapping by terminal cells, as character offsets.

The article pane draws only the lines in view, so it needs to know where every line
starts and ends without building styled text for the whole article. Wrapping returns
``(start, end)`` offsets into the article text; cell widths come from Rich, so CJK
and emoji (two cells wide) wrap correctly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from rich.cells import cell_len, get_character_cell_size

# A word keeps French spacing's marks with it: an opening « with the next word, and a
# closing », :, ;, ! or ? with the previous one, so no line starts with » or ends with «.
_TOKEN = re.compile(r"(?:«[ \u00a0\u202f]+)?\S+(?:[ \u00a0\u202f]+[»:;!?]\S*)*\s*|\s+")


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedily wrap ``text[start:end]`` (one paragraph) to ``width`` cells.

    Returns line ranges; trailing spaces are left out of each line. Words wider than
    the line are cut at the cell that no longer fits. An empty paragraph gives one
    empty line.
    """
    width = max(1, width)
    segment = text[start:end]
    if segment.isascii() and len(segment) <= width:
        return [(start, start + len(segment.rstrip()))]
    lines: list[tuple[int, int]] = []
    line_start = start
    line_end = start  # end of the last word placed on the current line
    used = 0  # cells used on the current line, trailing spaces included
    for match in _TOKEN.finditer(segment):
        token = match.group()
        word = token.rstrip()
        word_start = start + match.start()
        if not word:  # leading whitespace run
            used += cell_len(token)
            continue
        cells = cell_len(word)
        if used + cells <= width or (used == 0 and cells <= width):
            line_end = word_start + len(word)
            used += cell_len(token)
            continue
        if used > 0 and line_end > line_start:
            lines.append((line_start, line_end))
        if cells <= width:
            line_start, line_end = word_start, word_start + len(word)
            used = cell_len(token)
            continue
        line_start, used = _hard_break(word, word_start, width, lines)
        line_end = word_start + len(word)
        used += cell_len(token) - cells
    if line_end > line_start or not lines:
        lines.append((line_start, line_end))
    return lines


def _hard_break(
    word: str, offset: int, width: int, lines: list[tuple[int, int]]
) -> tuple[int, int]:
    """Cut an over-wide word into full lines; return the start and cells of the rest."""
    piece_start = offset
    used = 0
    for index, char in enumerate(word):
        size = get_character_cell_size(char)
        if used + size > width and used > 0:
            lines.append((piece_start, offset + index))
            piece_start = offset + index
            used = 0
        used += size
    return piece_start, used


BODY, FURNITURE, BLANK = 0, 1, 2
"""Kinds of laid-out line: article text, page furniture, gap between paragraphs."""

Line = tuple[int, int, int]
"""A laid-out line: ``(start, end, kind)`` with offsets into the article text."""


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text``, for articles whose loader gave no paragraphs."""
    spans = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        position += len(line) + 1
    return spans


def break_after(text: str, offset: int) -> int:
    """Where a line ends that must end with the character at ``offset``: after the
    word holding it, so a forced break never cuts a word (or a name) in two."""
    position = offset + 1
    while position < len(text) and not text[position].isspace():
        position += 1
    return position


def layout_lines(
    text: str,
    paragraphs: list[tuple[int, int]],
    furniture: list[tuple[int, int]],
    width: int,
    *,
    show_furniture: bool,
    breaks: Sequence[int] = (),
    batch: int = 4000,
):
    """Yield batches of laid-out lines, paragraph by paragraph, with a blank between.

    A line always ends at each offset of ``breaks`` (sorted; where a speaker label is
    drawn). Batching lets a worker thread hand a huge article to the screen piece by
    piece. Very long paragraphs are wrapped in slices so a single-line 20 MB file
    streams too.
    """
    out: list[Line] = []
    furniture = sorted(furniture)
    f_index = 0
    first = True
    for start, end in paragraphs:
        while f_index < len(furniture) and furniture[f_index][1] <= start:
            f_index += 1
        is_furniture = f_index < len(furniture) and furniture[f_index][0] < end
        if is_furniture and not show_furniture:
            continue
        kind = FURNITURE if is_furniture else BODY
        if not first:
            out.append((start, start, BLANK))
        first = False
        for position, stop in _pieces(text, start, end, breaks):
            out.extend((s, e, kind) for s, e in wrap_offsets(text, position, stop, width))
            if len(out) >= batch:
                yield out
                out = []
    yield out


def _pieces(text: str, start: int, end: int, breaks: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The ranges of one paragraph wrapped apart: cut at ``breaks``, then in slices."""
    position = start
    index = bisect_right(breaks, start)
    while position < end:
        while index < len(breaks) and breaks[index] <= position:
            index += 1
        stop = breaks[index] if index < len(breaks) and breaks[index] < end else end
        stop = _slice_end(text, position, stop)
        yield position, stop
        position = stop
        while position < end and text[position].isspace():
            position += 1


_SLICE = 20_000


def _slice_end(text: str, start: int, end: int) -> int:
    """End of the next wrapping slice: at most ``_SLICE`` chars, cut after a space."""
    if end - start <= _SLICE:
        return end
    cut = text.rfind(" ", start + _SLICE // 2, start + _SLICE)
    return cut + 1 if cut > 0 else start + _SLICE


LABEL_GAP = 3
"""Cells between two speaker labels on a row, and at least before a label after text."""


def pack_labels(labels: Sequence[str], width: int) -> list[list[tuple[int, str]]]:
    """Pack speaker labels into rows of at most ``width`` cells, in order.

    Each row is a list of ``(label index, words)``. A label moves to the next row
    whole; only a label wider than a whole row is split, between its words, so a
    name is never cut unless a single word of it is wider than the row.
    """
    width = max(1, width)
    rows: list[list[tuple[int, str]]] = []
    used = 0
    for index, label in enumerate(labels):
        cells = cell_len(label)
        if rows and used + LABEL_GAP + cells <= width:
            rows[-1].append((index, label))
            used += LABEL_GAP + cells
        elif cells <= width:
            rows.append([(index, label)])
            used = cells
        else:
            rows.extend([(index, label[s:e])] for s, e in wrap_offsets(label, 0, len(label), width))
            used = width
    return rows
