"""A quotation standing alone after a paragraph about one person is that person's.

Features and court reports introduce someone in the writer's words, then give them
the floor with no verb at all: « Paul Gillet, 74 ans, a fait le trajet depuis Namur
avec sa canne. » / « « J'ai perdu 86 000 euros. » ». The reader takes the words for
the person the paragraph before was about: the one person it names, standing as a
subject there, when the words speak in the first person and ask nothing.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context
from tui.core.quotes.subject_position import is_subject

_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|on)(?![\w'’])"
    r"|(?<![\w'’])(?:I|my|me|we|our|us)(?![\w'’])",
    re.IGNORECASE,
)
_OPENING_MARKS = frozenset('«“‘"')


def introduced_before(ctx: _Context, k: int) -> str | None:
    """The one person the paragraph before quotation ``k`` names and makes a subject,
    when ``k`` stands alone as its own paragraph and speaks in the first person."""
    open_mark, start, end, _ = ctx.spans[k]
    words = ctx.text[start:end]
    if words.rstrip(" .»”\"'").endswith("?") or not _FIRST_PERSON.search(words):
        return None
    lo = ctx.previous_paragraph(open_mark)
    hi = ctx.line_start(open_mark)
    if lo >= hi or ctx.text[lo : lo + 1] in _OPENING_MARKS:
        return None
    people = [e for e in ctx.entities_in(lo, hi) if e.label == "PER" and not ctx.in_quote(e.start)]
    names = {e.canonical for e in people}
    if len(names) != 1 or not any(is_subject(ctx, e) for e in people):
        return None
    return names.pop()
