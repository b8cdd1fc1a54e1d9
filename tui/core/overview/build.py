"""The whole overview of a corpus in one record, built from its finished analysis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.core.models import Article, ArticleAnalysis
from tui.core.overview.common import QuoteRef, collect_quotes, outlet_of, time_order
from tui.core.overview.names_by_outlet import NameMatrix, names_by_outlet
from tui.core.overview.provenance import QuoteGroup, group_quotes
from tui.core.overview.shared_text import Reuse, reuse
from tui.core.overview.timeline import TimelineEntry, timeline
from tui.core.overview.who_said_what import SpeakerMatrix, who_said_what


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the overview shows of an article besides its analysis."""

    id: str
    title: str
    outlet: str
    date: str | None


@dataclass(frozen=True, slots=True)
class Overview:
    """Every view of the overview. ``groups`` holds the quotes that travelled (carried
    by two articles or more), by first appearance; ``articles`` are in corpus order."""

    articles: tuple[ArticleInfo, ...]
    quotes: tuple[QuoteRef, ...]
    speakers: SpeakerMatrix
    names: NameMatrix
    groups: tuple[QuoteGroup, ...]
    timeline: tuple[TimelineEntry, ...]
    reuse: tuple[Reuse, ...]

    def article(self, article_id: str) -> ArticleInfo | None:
        for info in self.articles:
            if info.id == article_id:
                return info
        return None


def article_infos(articles: Sequence[Article]) -> tuple[ArticleInfo, ...]:
    return tuple(ArticleInfo(a.id, a.title, outlet_of(a), a.date) for a in articles)


def build_overview(
    articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis]
) -> Overview:
    """Compute every view; blocking (seconds on ten thousand articles): run it off the
    UI thread, and keep the result (see :mod:`tui.core.overview.store`)."""
    infos = article_infos(articles)
    quotes = collect_quotes(articles, analyses)
    order = time_order(articles)
    groups = group_quotes(quotes, order)
    return Overview(
        articles=infos,
        quotes=tuple(quotes),
        speakers=who_said_what(quotes, [i.outlet for i in infos]),
        names=names_by_outlet(articles, analyses),
        groups=tuple(g for g in groups if g.travelled),
        timeline=tuple(timeline(articles, analyses, groups, order)),
        reuse=tuple(reuse(articles)),
    )
