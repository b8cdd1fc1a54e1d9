"""What every overview table agrees on: an article's outlet, its place in time, and
which of its quotes count as someone's words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tui.core.compare.quotes import as_terms
from tui.core.models import Article, ArticleAnalysis, Quote, QuoteKind

_ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ](\d{1,2}):(\d{2}))?")


def outlet_of(article: Article) -> str:
    """The outlet an article counts under: its source, else the article itself.

    An article whose outlet is unknown stands for an outlet of its own (named by its
    id), so two unsigned articles are never taken for one outlet's coverage.
    """
    source = (article.source or "").strip()
    return source or f"? {article.id}"


def date_value(date: str | None) -> str | None:
    """A sortable ``YYYY-MM-DD HH:MM`` from a front matter date, or ``None``."""
    if not date:
        return None
    m = _ISO_DATE.match(date)
    if m is None:
        return None
    year, month, day, hour, minute = m.groups()
    return f"{year}-{int(month):02d}-{int(day or 1):02d} {int(hour or 0):02d}:{minute or '00'}"


class Dated(Protocol):
    """What placing an article in time reads: an article, or the overview's record of it."""

    @property
    def id(self) -> str: ...

    @property
    def date(self) -> str | None: ...


def time_order(articles: Sequence[Dated]) -> dict[str, tuple[int, str, int]]:
    """Each article's place in time: dated articles by date, then the undated ones, each
    kept in corpus order (so the first appearance is by date, else by order)."""
    keys: dict[str, tuple[int, str, int]] = {}
    for order, article in enumerate(articles):
        value = date_value(article.date)
        keys[article.id] = (0, value, order) if value else (1, "", order)
    return keys


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """One attributed quote of one article, with what the overview needs to show it."""

    article_id: str
    outlet: str
    start: int
    end: int
    text: str
    speaker: str
    kind: QuoteKind


def spoken_quotes(analysis: ArticleAnalysis | None) -> list[Quote]:
    """An article's quotes that are somebody's words: attributed, not terms or titles.

    A short phrase the article repeats under different speakers is a term (see
    :func:`tui.core.compare.quotes.as_terms`), not a quote.
    """
    if analysis is None or not analysis.quotes:
        return []
    return [q for q in as_terms(analysis.quotes) if q.kind != "other" and q.speaker and q.text]


def collect_quotes(articles: Iterable[Article], analyses) -> list[QuoteRef]:
    """Every attributed quote of the corpus, in corpus and reading order."""
    found: list[QuoteRef] = []
    for article in articles:
        outlet = outlet_of(article)
        for q in spoken_quotes(analyses.get(article.id)):
            speaker = q.speaker or ""
            found.append(QuoteRef(article.id, outlet, q.start, q.end, q.text, speaker, q.kind))
    return found
