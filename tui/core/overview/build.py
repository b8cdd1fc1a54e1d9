"""The whole overview of a corpus, its views derived from the basis when first wanted.

A warm start reads back the who-said-what table (the first view) at once; the other
views are derived from the stored basis the first time they are asked for (a worker
does it while the first view is on screen), and the shared-text reuse figure, which
reads every article's text, only when an export asks for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from tui.core.models import Article, ArticleAnalysis
from tui.core.overview.basis import Basis, digests_of, update_basis
from tui.core.overview.common import QuoteRef, outlet_of, time_order
from tui.core.overview.names_by_outlet import NameMatrix, build_names
from tui.core.overview.provenance import QuoteGroup, assemble
from tui.core.overview.shared_text import Reuse, reuse
from tui.core.overview.timeline import TimelineEntry, timeline_of
from tui.core.overview.who_said_what import SpeakerMatrix, who_said_what

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the overview shows of an article besides its analysis."""

    id: str
    title: str
    outlet: str
    date: str | None


class Later(Generic[T]):
    """A value made on first use (thread-safe enough: making it twice is harmless)."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], T]) -> None:
        self._make: Callable[[], T] | None = make
        self._value: T | None = None

    @property
    def ready(self) -> bool:
        return self._make is None

    def get(self) -> T:
        make = self._make
        if make is not None:
            self._value = make()
            self._make = None
        return self._value  # type: ignore[return-value]


class LazyCells(Mapping[tuple[str, str], tuple[QuoteRef, ...]]):
    """The who-said-what cells, gathered from the quotes when a cell is first opened."""

    def __init__(self, make: Callable[[], dict[tuple[str, str], tuple[QuoteRef, ...]]]) -> None:
        self._cells = Later(make)

    def __getitem__(self, key: tuple[str, str]) -> tuple[QuoteRef, ...]:
        return self._cells.get()[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._cells.get())

    def __len__(self) -> int:
        return len(self._cells.get())


class Overview:
    """Every view of the overview. ``groups`` holds the quotes that travelled (carried
    by two articles or more), by first appearance; ``articles`` are in corpus order;
    ``quote_count`` and ``travelled`` are known before the views are made."""

    def __init__(
        self,
        articles: tuple[ArticleInfo, ...],
        speakers: SpeakerMatrix | Later[SpeakerMatrix],
        basis: Later[Basis],
        *,
        quote_count: int,
        travelled: int,
        reuse_of: Callable[[], tuple[Reuse, ...]],
    ) -> None:
        self.articles = articles
        self.quote_count = quote_count
        self.travelled = travelled
        self.basis = basis
        self._speakers = speakers if isinstance(speakers, Later) else Later(lambda: speakers)
        self._quotes = Later(lambda: tuple(basis.get().all_quotes()))
        self._all_groups = Later(self._group)
        self._names = Later(lambda: names_matrix(basis.get(), articles))
        self._timeline = Later(lambda: tuple(self._timeline_entries()))
        self._reuse = Later(reuse_of)

    @property
    def speakers(self) -> SpeakerMatrix:
        return self._speakers.get()

    @property
    def quotes(self) -> tuple[QuoteRef, ...]:
        return self._quotes.get()

    @property
    def names(self) -> NameMatrix:
        return self._names.get()

    @property
    def groups(self) -> tuple[QuoteGroup, ...]:
        return tuple(g for g in self._all_groups.get() if g.travelled)

    @property
    def timeline(self) -> tuple[TimelineEntry, ...]:
        return self._timeline.get()

    @property
    def reuse(self) -> tuple[Reuse, ...]:
        return self._reuse.get()

    @property
    def reuse_ready(self) -> bool:
        return self._reuse.ready

    def article(self, article_id: str) -> ArticleInfo | None:
        for info in self.articles:
            if info.id == article_id:
                return info
        return None

    def _order(self) -> dict[str, tuple[int, str, int]]:
        return info_order(self.articles)

    def _group(self) -> list[QuoteGroup]:
        return assemble(self.quotes, self.basis.get().labels, self._order())

    def _timeline_entries(self) -> list[TimelineEntry]:
        basis = self.basis.get()
        names = {
            aid: [n for n, _l in found] for aid, found in zip(basis.ids, basis.names, strict=True)
        }
        return timeline_of(self.articles, names, self._all_groups.get(), self._order())


def info_order(infos: Sequence[ArticleInfo]) -> dict[str, tuple[int, str, int]]:
    """:func:`tui.core.overview.common.time_order` of the articles' infos."""
    return time_order(infos)


def article_infos(articles: Sequence[Article]) -> tuple[ArticleInfo, ...]:
    return tuple(ArticleInfo(a.id, a.title, outlet_of(a), a.date) for a in articles)


def names_matrix(basis: Basis, infos: Sequence[ArticleInfo]) -> NameMatrix:
    """Entities × outlets from each article's names."""
    mentions: dict[str, Counter[str]] = {}
    labels: dict[str, Counter[str]] = {}
    by_outlet: Counter[str] = Counter()
    for info, found in zip(infos, basis.names, strict=True):
        outlet = info.outlet
        by_outlet[outlet] += 0
        for name, by_label in found:
            count = sum(by_label.values())
            mentions.setdefault(name, Counter())[outlet] += count
            labels.setdefault(name, Counter()).update(by_label)
            by_outlet[outlet] += count
    return build_names(mentions, labels, by_outlet)


def overview_from(
    basis: Basis, articles: Sequence[Article], infos: tuple[ArticleInfo, ...]
) -> Overview:
    """The overview of a basis just made (every view derived when first asked for)."""
    quotes = basis.all_quotes()
    speakers = who_said_what(quotes, [i.outlet for i in infos])
    overview = Overview(
        infos,
        speakers,
        Later(lambda: basis),
        quote_count=len(quotes),
        travelled=0,
        reuse_of=lambda: tuple(reuse(articles)),
    )
    overview.travelled = len(overview.groups)
    return overview


def build_overview(
    articles: Sequence[Article],
    analyses: Mapping[str, ArticleAnalysis],
    digests: Sequence[str] | None = None,
    previous: Basis | None = None,
) -> Overview:
    """Compute the overview, from scratch or from ``previous`` (see
    :func:`tui.core.overview.basis.update_basis`); blocking, so off the UI thread."""
    if digests is None:
        digests = digests_of(articles, analyses)
    basis, _read = update_basis(previous, articles, analyses, digests)
    return overview_from(basis, articles, article_infos(articles))
