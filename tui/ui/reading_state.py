"""The reader's bookkeeping of the reading state: restore on open, keep as the user reads.

:class:`ReadingKeeper`, an invisible widget, sits between the reader and a
:class:`~tui.ui.reading.ReadingTracker`. Just after the first frame it reads the
state and asks for the last article to be reopened at its position
(:class:`ReadingKeeper.Reopen`; for a corpus still loading, as soon as that article
arrives, unless the user moved on). It marks what is opened, follows the scroll
position of the body it is given, writes both every half second, flips read and
star flags, and draws them in the article list it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message
from textual.widget import Widget

from tui.core.models import Article

if TYPE_CHECKING:
    from tui.ui.reader_articles import OpenArticles
    from tui.ui.reading import ReadingTracker
    from tui.ui.widgets.article_body import ArticleBody
    from tui.ui.widgets.article_list import ArticleList

#: Seconds between writes of the reading position (and of read marks made by opening).
SAVE_EVERY = 0.5


class ReadingKeeper(Widget):
    """The reading state of the shown articles, once read (``tracker`` is None before)."""

    DEFAULT_CSS = "ReadingKeeper { display: none; }"

    @dataclass
    class Reopen(Message):
        """Open article ``index`` at character ``at``: where the user left off."""

        index: int
        at: int

    def __init__(
        self,
        shown: OpenArticles,
        *,
        corpus_key: str,
        body: ArticleBody,
        article_list: ArticleList,
        state_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.shown = shown
        self.corpus_key = corpus_key
        self.body = body
        self.article_list = article_list
        self.state_file = state_file
        self.tracker: ReadingTracker | None = None
        self.user_moved = False
        """The user opened an article: the last one read is no longer reopened."""
        self._restore: tuple[str, str, int] | None = None

    def on_mount(self) -> None:
        self.set_interval(SAVE_EVERY, self.save)
        self.watch(self.body, "scroll_y", self._scrolled, init=False)

    def on_unmount(self) -> None:
        if self.tracker is not None:
            self.save()
            self.tracker.close()

    def _scrolled(self, _y: float) -> None:
        if self.body.article is not None:
            self.moved(self.body.article, self.body.top_offset())

    # -- opening -----------------------------------------------------------------------

    def restore(self) -> None:
        """Read the reading state and go back to where the user left off (once: the
        screen asks just after its first frame, a test may ask sooner)."""
        if self.tracker is not None:
            return
        self._open()
        current = self.body.article
        target = self._restore_index()
        if target is not None and self._restore is not None and not self.user_moved:
            at, self._restore = self._restore[2], None
            if current is None or self.shown.articles[target] is not current:
                self.post_message(self.Reopen(target, at))  # opening marks it read
                return
            if self.tracker is not None:
                self.post_message(self.Reopen(target, at))  # only scrolls
                self.tracker.opened(current, at)
        elif current is not None and self.tracker is not None:
            self.tracker.opened(current, self.body.top_offset())
        self.show_flags()

    def _open(self) -> None:
        from tui.ui.reading import ReadingTracker

        self.tracker = ReadingTracker(self.corpus_key, self.state_file)
        self._report_problems()
        self.article_list.set_reading(self.unread_ids(), self.starred_ids())
        last = self.tracker.last
        if last is not None:
            self._restore = (last[0], last[1], self.tracker.last_offset)

    def _restore_index(self) -> int | None:
        """Where the last article read is in the corpus, if it is loaded."""
        if self._restore is None:
            return None
        index = self.shown.index_of(self._restore[0])
        if index is not None and self.shown.articles[index].path == self._restore[1]:
            return index
        return None

    def follow(self) -> None:
        """More articles arrived: open the last one read if it is among them."""
        if self.tracker is None:
            return
        self.article_list.unread = self.unread_ids()
        if self._restore is None or self.user_moved:
            return
        index = self._restore_index()
        if index is not None:
            at, self._restore = self._restore[2], None
            self.post_message(self.Reopen(index, at))

    def corpus_replaced(self) -> None:
        """After a reload: the sidebar's flags for the new list of articles."""
        if self.tracker is not None:
            self.article_list.set_reading(self.unread_ids(), self.starred_ids())

    # -- as the user reads -------------------------------------------------------------

    def opened(self, article: Article, at: int) -> None:
        if self.tracker is not None:
            self.tracker.opened(article, at)
            self.show_flags()

    def moved(self, article: Article, offset: int) -> None:
        """Keep the position in memory as the user scrolls (written on the next save)."""
        if self.tracker is not None:
            self.tracker.moved(article, offset)

    def save(self) -> None:
        """Note the scroll position and write what changed (called twice a second)."""
        tracker, article = self.tracker, self.body.article
        if tracker is None:
            return
        if article is not None:
            tracker.moved(article, self.body.top_offset())
        tracker.flush()
        self._report_problems()

    def _report_problems(self) -> None:
        if self.tracker is None:
            return
        for problem in self.tracker.problems:
            self.notify(problem, severity="warning", timeout=8)
        self.tracker.problems.clear()

    # -- flags -------------------------------------------------------------------------

    def unread_ids(self) -> set[str]:
        return self.tracker.unread_ids(self.shown) if self.tracker is not None else set()

    def starred_ids(self) -> set[str]:
        return self.tracker.starred_ids(self.shown) if self.tracker is not None else set()

    def show_flags(self) -> None:
        """Draw the open article's read and star flags in the sidebar."""
        article = self.body.article
        if self.tracker is None or article is None:
            return
        unread = self.article_list.unread
        if unread is not None:
            if self.tracker.is_read(article):
                unread.discard(article.id)
            else:
                unread.add(article.id)
        if self.tracker.is_starred(article):
            self.article_list.starred.add(article.id)
        else:
            self.article_list.starred.discard(article.id)
        self.article_list.redraw_rows()

    def toggle_read(self) -> None:
        article = self.body.article
        if self.tracker is None or article is None:
            return
        read = self.tracker.toggle_read(article)
        self.show_flags()
        self.notify("Marked read" if read else "Marked unread", timeout=2)

    def toggle_star(self) -> None:
        article = self.body.article
        if self.tracker is None or article is None:
            return
        starred = self.tracker.toggle_starred(article)
        self.show_flags()
        self.notify("Starred" if starred else "Star removed", timeout=2)
