"""Verbs that carry on a speech: « « … », poursuit le voisin », "the coach added".

A role whose verb goes on with what was being said (« poursuit », « ajoute »,
« conclut », "added", "went on") is the person who spoke last, when the role fits
them: the writer would not hand a new voice a verb of continuing.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context

CONTINUATION = re.compile(
    r"\b(?:poursui\w*|continu\w*|ajout\w*|enchaîn\w*|conclu\w*|added|adds|continued|"
    r"continues|went on|goes on|concluded)\b",
    re.IGNORECASE,
)
"""Verbs that carry on a speech (« poursuit », « a ajouté », "added"): their speaker is
the one who spoke last."""


def _quoted_before(ctx: _Context, at: int) -> bool:
    """Whether a quotation closes before the one whose cue stands at ``at`` (the
    quotation the cue follows right after is its own)."""
    closed = ctx.closed_before(at)
    if closed and at - ctx.close_marks[closed - 1] < _OWN_CUE_REACH:
        closed -= 1
    return closed > 0


_OWN_CUE_REACH = 40
"""How far after a quotation its own inverted cue's role may stand (« », a conclu le »)."""


def last_speaker(ctx: _Context, at: int) -> str | None:
    """The person who spoke last before ``at``, in this paragraph or the one before."""
    last = ctx.speaker_before(at, lambda s: s.label == "PER" and bool(s.name))
    return last.name if last is not None and last.at >= ctx.previous_paragraph(at) else None


def carries_on(ctx: _Context, at: int, end: int) -> bool:
    """Whether the cue around a role (the words before ``at`` and after ``end``) is a
    verb of continuing, and some quotation came before the one it attributes."""
    cue = ctx.text[max(0, at - 30) : at] + ctx.text[end : end + 15]
    return CONTINUATION.search(cue) is not None and _quoted_before(ctx, at)
