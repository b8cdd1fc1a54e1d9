"""Timeline: the articles in time order, each with what it adds to those before it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.core.models import Article, ArticleAnalysis
from tui.core.overview.basis import names_of
from tui.core.overview.common import Dated, QuoteRef
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
    names = {a.id: names_of(analyses.get(a.id)) for a in articles}
    return timeline_of(
        articles, {aid: [n for n, _l in found] for aid, found in names.items()}, groups, order
    )


def timeline_of(
    articles: Sequence[Dated],
    names: Mapping[str, Sequence[str]],
    groups: Sequence[QuoteGroup],
    order: Mapping[str, tuple[int, str, int]],
) -> list[TimelineEntry]:
    """The timeline from each article's names in first-mention order."""
    new_quotes: dict[str, list[QuoteRef]] = {}
    for group in groups:
        first = group.first
        new_quotes.setdefault(first.article_id, []).append(first)
    seen: set[str] = set()
    entries = []
    for article in sorted(articles, key=lambda a: order[a.id]):
        fresh = [name for name in names.get(article.id, ()) if name not in seen]
        seen.update(fresh)
        quotes = sorted(new_quotes.get(article.id, []), key=lambda q: q.start)
        entries.append(TimelineEntry(article.id, tuple(quotes), tuple(fresh)))
    return entries
