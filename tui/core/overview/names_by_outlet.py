"""Names by outlet: how often each outlet mentions each entity, and which names one
outlet alone carries (what only it reports)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from tui.core.models import Article, ArticleAnalysis, EntityLabel
from tui.core.overview.common import outlet_of
from tui.core.overview.who_said_what import ranked


@dataclass(frozen=True, slots=True)
class NameRow:
    """One entity: its mentions in all and per outlet; ``only`` names the single outlet
    that carries it, when the corpus has more than one outlet and just one names it."""

    name: str
    label: EntityLabel
    total: int
    counts: dict[str, int]
    only: str | None


@dataclass(frozen=True, slots=True)
class NameMatrix:
    """Entities × outlets, rows by mentions (then name), outlets by mentions."""

    outlets: tuple[str, ...]
    rows: tuple[NameRow, ...]

    def filtered(
        self, labels: Collection[str] | None = None, *, only: bool = False
    ) -> list[NameRow]:
        """The rows of the given labels (all when ``None``); with ``only``, just the
        names one outlet alone carries."""
        return [
            row
            for row in self.rows
            if (labels is None or row.label in labels) and (not only or row.only is not None)
        ]


def names_by_outlet(
    articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis]
) -> NameMatrix:
    """Count every entity mention by canonical name and by the article's outlet."""
    mentions: dict[str, Counter[str]] = {}
    labels: dict[str, Counter[str]] = {}
    by_outlet: Counter[str] = Counter()
    for article in articles:
        outlet = outlet_of(article)
        by_outlet[outlet] += 0
        analysis = analyses.get(article.id)
        for entity in analysis.entities if analysis is not None else ():
            mentions.setdefault(entity.canonical, Counter())[outlet] += 1
            labels.setdefault(entity.canonical, Counter())[entity.label] += 1
            by_outlet[outlet] += 1
    return build_names(mentions, labels, by_outlet)


def build_names(
    mentions: Mapping[str, Counter[str]],
    labels: Mapping[str, Counter[str]],
    by_outlet: Counter[str],
) -> NameMatrix:
    """The matrix from mention counts by name and outlet, and label counts by name."""
    columns = tuple(ranked(by_outlet))
    totals = Counter({name: sum(c.values()) for name, c in mentions.items()})
    rows = []
    for name in ranked(totals):
        counts = {outlet: n for outlet, n in mentions[name].items() if n}
        label = cast("EntityLabel", ranked(labels[name])[0])
        only = next(iter(counts)) if len(counts) == 1 and len(columns) > 1 else None
        rows.append(NameRow(name, label, totals[name], counts, only))
    return NameMatrix(columns, tuple(rows))
