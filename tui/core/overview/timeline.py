"""Timeline: the articles in time order, each with what it adds to those before it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.core.models import Article, ArticleAnalysis
from tui.core.overview.common import QuoteRef
from tui.core.overview.provenance import QuoteGroup


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One article: the quotes that first appear in it and the names it is first to
    mention (in the order the timeline reads, dates first, then corpus order)."""

    article_id: str
    new_quotes: tuple[QuoteRef, ...]
    new_names: tuple[str, ...]


def timeline(
    articles: Sequence[Article],
    analyses: Mapping[str, ArticleAnalysis],
    groups: Sequence[QuoteGroup],
    order: Mapping[str, tuple[int, str, int]],
) -> list[TimelineEntry]:
    """Walk the articles in ``order``; ``groups`` are every quote's group (singletons too)."""
    new_quotes: dict[str, list[QuoteRef]] = {}
    for group in groups:
        first = group.first
        new_quotes.setdefault(first.article_id, []).append(first)
    seen: set[str] = set()
    entries = []
    for article in sorted(articles, key=lambda a: order[a.id]):
        analysis = analyses.get(article.id)
        names: dict[str, None] = {}
        for entity in sorted(analysis.entities, key=lambda e: e.start) if analysis else ():
            if entity.canonical not in seen:
                names[entity.canonical] = None
        seen.update(names)
        quotes = sorted(new_quotes.get(article.id, []), key=lambda q: q.start)
        entries.append(TimelineEntry(article.id, tuple(quotes), tuple(names)))
    return entries
