"""Word differences within a pair of aligned sentences, as spans for the UI and exports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Indel

from tui.core.models import Span
from tui.core.text import fold

DiffTag = Literal["equal", "replace", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of a word diff; spans are absolute offsets, empty on the side that lacks it."""

    tag: DiffTag
    left: Span
    right: Span


_DIFF_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


def word_diff(left_text: str, left: Span, right_text: str, right: Span) -> list[DiffOp]:
    """Diff two sentences word by word (folded, so case and accents do not count).

    Runs of deleted and inserted words between two equal stretches merge into one
    ``replace`` so the UI can show each change once, side by side.
    """
    lt = [(m.start() + left.start, m.end() + left.start) for m in _tokens(left_text, left)]
    rt = [(m.start() + right.start, m.end() + right.start) for m in _tokens(right_text, right)]
    la = [fold(left_text[a:b]) for a, b in lt]
    ra = [fold(right_text[a:b]) for a, b in rt]
    ops: list[DiffOp] = []
    pending: list[int] | None = None  # [l0, l1, r0, r1] token indices
    for op in Indel.opcodes(la, ra):
        if op.tag == "equal":
            if pending:
                ops.append(_diff_op(pending, lt, rt, left, right))
                pending = None
            ops.append(_diff_op([op.src_start, op.src_end, op.dest_start, op.dest_end], lt, rt))
            continue
        if pending is None:
            pending = [op.src_start, op.src_end, op.dest_start, op.dest_end]
        else:
            pending[1] = max(pending[1], op.src_end)
            pending[3] = max(pending[3], op.dest_end)
    if pending:
        ops.append(_diff_op(pending, lt, rt, left, right))
    return ops


def _tokens(text: str, span: Span) -> list[re.Match[str]]:
    return list(_DIFF_TOKEN.finditer(text[span.start : span.end]))


def _diff_op(
    idx: list[int],
    lt: list[tuple[int, int]],
    rt: list[tuple[int, int]],
    left: Span | None = None,
    right: Span | None = None,
) -> DiffOp:
    l0, l1, r0, r1 = idx
    lspan = _cover(lt, l0, l1, left)
    rspan = _cover(rt, r0, r1, right)
    if l1 > l0 and r1 > r0:
        tag: DiffTag = "equal" if left is None else "replace"
    elif l1 > l0:
        tag = "delete"
    else:
        tag = "insert"
    return DiffOp(tag, lspan, rspan)


def _cover(toks: list[tuple[int, int]], a: int, b: int, sentence: Span | None) -> Span:
    """The character span of tokens ``a..b``; empty at the insertion point when none."""
    if b > a:
        return Span(toks[a][0], toks[b - 1][1])
    if a < len(toks):
        return Span(toks[a][0], toks[a][0])
    if toks:
        return Span(toks[-1][1], toks[-1][1])
    pos = sentence.start if sentence is not None else 0
    return Span(pos, pos)
