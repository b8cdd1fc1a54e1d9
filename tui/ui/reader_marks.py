"""The reader's comparison marks: pick two articles, then open them side by side.

:class:`ComparisonMarks`, an invisible widget, keeps the articles marked with ``m``
(drawn in the article list it is given); a second mark opens the comparison screen
at once and clears the marks. It also says which pairs the command palette offers
to compare: every pair of a small corpus, else the open article with each other one,
so the palette stays short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from tui.core.models import Article

if TYPE_CHECKING:
    from tui.ui.reader_analysis import ReaderAnalysis
    from tui.ui.reader_articles import OpenArticles
    from tui.ui.widgets.article_list import ArticleList

#: With at most this many articles the palette offers every pair to compare.
ALL_PAIRS_UP_TO = 12


class ComparisonMarks(Widget):
    """The ids of the marked articles (``marked``, at most one between two marks)."""

    DEFAULT_CSS = "ComparisonMarks { display: none; }"

    def __init__(
        self, shown: OpenArticles, article_list: ArticleList, analysis: ReaderAnalysis
    ) -> None:
        super().__init__()
        self.shown = shown
        self.article_list = article_list
        self.analysis = analysis
        self.marked: list[str] = []

    def toggle(self, article: Article | None) -> None:
        """``m``: mark or unmark ``article``; a second mark opens the comparison."""
        if article is None:
            return
        if article.id in self.marked:
            self.set([m for m in self.marked if m != article.id])
            self.notify("Unmarked: no article is marked for comparison.", timeout=3)
            return
        marks = [*self.marked, article.id]
        if len(marks) < 2:
            self.set(marks)
            self.notify("Marked for comparison: mark another article (m) to compare, Esc clears.")
            return
        self.set([])
        self.open(marks[0], marks[1])

    def set(self, marks: list[str]) -> None:
        self.marked = marks
        self.article_list.set_marked(marks)

    def open(self, left_id: str, right_id: str) -> None:
        """Open two articles side by side."""
        from tui.ui.screens.compare import CompareScreen

        view = self.analysis.view
        analyses = view.corpus.articles if view is not None else None
        self.app.push_screen(
            CompareScreen(self.shown.articles, left_id, right_id, analyses=analyses)
        )

    def pairs(self, current: Article | None) -> list[tuple[str, str]]:
        """Article pairs the palette offers: all of them for a small corpus, else the
        open article (``current``) with each other one."""
        ids = [a.id for a in self.shown]
        if len(ids) <= ALL_PAIRS_UP_TO:
            return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
        if current is None:
            return []
        return [(current.id, other) for other in ids if other != current.id]
