"""Word wrapping by terminal cells, as character offsets.

The article pane draws only the lines in view, so it needs to know where every line
starts and ends without building styled text for the whole article. Wrapping returns
``(start, end)`` offsets into the article text; cell widths come from Rich, so CJK
and emoji (two cells wide) wrap correctly.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, get_character_cell_size

_TOKEN = re.compile(r"\S+\s*|\s+")


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


def layout_lines(
    text: str,
    paragraphs: list[tuple[int, int]],
    furniture: list[tuple[int, int]],
    width: int,
    *,
    show_furniture: bool,
    batch: int = 4000,
):
    """Yield batches of laid-out lines, paragraph by paragraph, with a blank between.

    Batching lets a worker thread hand a huge article to the screen piece by piece.
    Very long paragraphs are wrapped in slices so a single-line 20 MB file streams too.
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
        position = start
        while position < end:
            stop = _slice_end(text, position, end)
            out.extend((s, e, kind) for s, e in wrap_offsets(text, position, stop, width))
            position = stop
            if len(out) >= batch:
                yield out
                out = []
    yield out


_SLICE = 20_000


def _slice_end(text: str, start: int, end: int) -> int:
    """End of the next wrapping slice: at most ``_SLICE`` chars, cut after a space."""
    if end - start <= _SLICE:
        return end
    cut = text.rfind(" ", start + _SLICE // 2, start + _SLICE)
    return cut + 1 if cut > 0 else start + _SLICE
