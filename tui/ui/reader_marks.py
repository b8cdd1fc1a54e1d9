"""The reader's comparison marks: pick two articles, then open them side by side.

:class:`ComparisonMarks` keeps the articles marked with ``m`` (shown in the sidebar);
a second mark opens the comparison screen at once and clears the marks. It also
says which pairs the command palette offers to compare: every pair of a small
corpus, else the open article with each other one, so the palette stays short. What
it needs from the reader screen is the :class:`MarksHost` protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article
from tui.ui.host_services import Notifies

if TYPE_CHECKING:
    from textual.app import App

    from tui.core.service.lookups import CorpusView
    from tui.ui.widgets.article_list import ArticleList

#: With at most this many articles the palette offers every pair to compare.
ALL_PAIRS_UP_TO = 12


class MarksHost(Notifies, Protocol):
    """What the marks need from the reader screen."""

    app: App
    articles: list[Article]

    @property
    def article_list(self) -> ArticleList: ...
    @property
    def current_article(self) -> Article | None: ...
    @property
    def view(self) -> CorpusView | None: ...


class ComparisonMarks:
    """The ids of the marked articles (``marked``, at most one between two marks)."""

    def __init__(self, host: MarksHost) -> None:
        self.host = host
        self.marked: list[str] = []

    def toggle(self) -> None:
        """``m``: mark or unmark the open article; a second mark opens the comparison."""
        article = self.host.current_article
        if article is None:
            return
        if article.id in self.marked:
            self.set([m for m in self.marked if m != article.id])
            self.host.notify("Unmarked: no article is marked for comparison.", timeout=3)
            return
        marks = [*self.marked, article.id]
        if len(marks) < 2:
            self.set(marks)
            self.host.notify(
                "Marked for comparison: mark another article (m) to compare, Esc clears."
            )
            return
        self.set([])
        self.open(marks[0], marks[1])

    def set(self, marks: list[str]) -> None:
        self.marked = marks
        self.host.article_list.set_marked(marks)

    def open(self, left_id: str, right_id: str) -> None:
        """Open two articles side by side."""
        host = self.host
        try:
            from tui.ui.screens.compare import CompareScreen
        except ImportError:
            host.notify("The comparison view is not available in this version.", severity="warning")
            return
        analyses = host.view.corpus.articles if host.view is not None else None
        host.app.push_screen(CompareScreen(host.articles, left_id, right_id, analyses=analyses))

    def pairs(self) -> list[tuple[str, str]]:
        """Article pairs the palette offers: all of them for a small corpus, else the
        open article with each other one."""
        ids = [a.id for a in self.host.articles]
        if len(ids) <= ALL_PAIRS_UP_TO:
            return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
        current = self.host.current_article
        if current is None:
            return []
        return [(current.id, other) for other in ids if other != current.id]
