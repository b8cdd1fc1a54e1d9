"""The reader's article column, and find-in-article within it.

:class:`ArticlePane` holds the header, the legend, the body and, once the first
frame is drawn, the find bar (it is not needed to start reading and costs time;
``/`` creates it at once if it is not there yet). The find bar's and the body's
messages pass through the pane on their way up, so it handles them itself: what is
typed is searched in the body, the bar shows the count, ``n``/``N`` move between
matches and Esc closes the bar and clears the matches.
"""

from __future__ import annotations

from textual import on
from textual.await_complete import AwaitComplete
from textual.containers import Vertical

from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.find_bar import FindBar
from tui.ui.widgets.legend import Legend


class ArticlePane(Vertical):
    """The open article with its header and legend, and the find bar under it."""

    def __init__(self) -> None:
        super().__init__(id="article-pane")
        self.header = ArticleHeader(id="article-header")
        self.legend = Legend(id="legend")
        self.body = ArticleBody(id="article-body")

    def compose(self):
        yield self.header
        yield self.legend
        yield self.body

    def mount_find_bar(self) -> AwaitComplete:
        """Create the find bar (awaitable: the find bar is then usable)."""
        if self.query(FindBar):
            return AwaitComplete()
        return AwaitComplete(self.mount(FindBar(id="find-bar")))

    def _bar(self) -> FindBar:
        if not self.query(FindBar):
            self.mount_find_bar()
        return self.query_one(FindBar)

    async def open_find(self) -> None:
        await self.mount_find_bar()
        self._bar().open(return_to=self.body)

    def close_find(self) -> bool:
        """Esc: close the bar and clear the matches; False if there was nothing to close."""
        if self.body.match_count or self._bar().has_class("-active"):
            self._bar().action_close()
            return True
        return False

    def furniture_toggled(self) -> None:
        """Page furniture was shown or hidden: count the typed query's matches again."""
        for bar in self.query(FindBar).results():
            if bar.has_class("-active") and bar.query_text:
                self.body.find(bar.query_text)

    @on(FindBar.QueryChanged)
    def _query_changed(self, event: FindBar.QueryChanged) -> None:
        event.stop()
        self.body.find(event.query)

    @on(FindBar.Closed)
    def _bar_closed(self, event: FindBar.Closed) -> None:
        event.stop()
        if event.cleared:
            self.body.clear_find()
            self._bar().remove_class("-active")
        self.body.focus()

    @on(ArticleBody.MatchesChanged)
    def _show_count(self, event: ArticleBody.MatchesChanged) -> None:
        """Tell the bar (if it is there yet) how many matches the body found."""
        event.stop()
        for bar in self.query(FindBar).results():
            bar.show_count(event.count, event.current, event.query)
