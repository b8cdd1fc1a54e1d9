"""How much of one article the analysis reads: a bounded prefix, so every article
costs at most about a second.

The analysis reads at most :data:`ANALYSED_CHARS` characters and stops before the
:data:`ANALYSED_QUOTE_MARKS`-th quotation mark, so a 20 MB file costs about what a
long read does instead of minutes. Offsets stay valid: they index the same text, of
which only a prefix was read. :func:`analysis_notices` says which articles were cut,
and where. Cheap to import: a corpus whose analysis is stored still gets its notices
without loading the analysis engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice

from tui.core.models import Article, Span

ANALYSED_CHARS = 300_000
"""Characters of one article the analysis reads at most: about a second's work, and
six times the longest long read; a 20 MB file is shown whole but analysed this far."""
ANALYSED_QUOTE_MARKS = 2_000
"""Quotation marks the analysis reads at most: each quote costs an attribution, so a
text made of marks would otherwise cost ten times more than plain prose."""
_CUT_WITHIN = 2_000
"""A cut moves back this far at most to fall on a line or word break."""
_QUOTE_MARK_CHARS = '«»‹›“”„"'
_QUOTE_MARKS = re.compile(f"[{_QUOTE_MARK_CHARS}]")


def analysed_length(text: str) -> int:
    """How many leading characters of ``text`` the analysis reads.

    All of them, unless the text is longer than :data:`ANALYSED_CHARS` or holds more
    than :data:`ANALYSED_QUOTE_MARKS` quotation marks; then the cut falls on the last
    line break (else space) shortly before the limit, so no name is cut in two.
    """
    limit = min(len(text), ANALYSED_CHARS)
    if sum(text.count(m, 0, limit) for m in _QUOTE_MARK_CHARS) >= ANALYSED_QUOTE_MARKS:
        marks = _QUOTE_MARKS.finditer(text, 0, limit)  # counting alone is much faster
        limit = next(islice(marks, ANALYSED_QUOTE_MARKS - 1, None)).start()
    if limit >= len(text):
        return len(text)
    floor = max(0, limit - _CUT_WITHIN)
    for brk in ("\n", " "):
        at = text.rfind(brk, floor, limit)
        if at > 0:
            return at
    return limit


def bounded(article: Article) -> Article:
    """``article`` with its text cut to :func:`analysed_length` (itself when short)."""
    cut = analysed_length(article.text)
    if cut >= len(article.text):
        return article
    return replace(
        article,
        text=article.text[:cut],
        paragraphs=_clip(article.paragraphs, cut),
        furniture=_clip(article.furniture, cut),
    )


def _clip(spans: tuple[Span, ...], end: int) -> tuple[Span, ...]:
    return tuple(Span(s.start, min(s.end, end)) for s in spans if s.start < end)


def analysis_notices(articles: Iterable[Article]) -> list[str]:
    """One line per article the analysis read only in part, saying how far."""
    notices = []
    for article in articles:
        total = len(article.text)
        cut = analysed_length(article.text)
        if cut < total:
            notices.append(
                f"{article.id}: long article, analysed the first {cut:,} of {total:,} characters"
            )
    return notices
