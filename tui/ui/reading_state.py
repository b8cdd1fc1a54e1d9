"""The reader's bookkeeping of the reading state: restore on open, keep as the user reads.

:class:`ReadingKeeper` sits between the reader screen and a
:class:`~tui.ui.reading.ReadingTracker`. Just after the first frame it reads the
state and reopens the last article at its position (or, for a corpus still loading,
as soon as that article arrives, unless the user moved on); it marks what is opened,
follows the scroll position, writes both every half second, and flips read and star
flags. It tells the sidebar what is unread and starred. It holds no widget: what it
needs from the screen is the :class:`ReadingHost` protocol.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article
from tui.ui.host_services import Notifies

if TYPE_CHECKING:
    from tui.ui.reading import ReadingTracker
    from tui.ui.widgets.article_list import ArticleList

#: Seconds between writes of the reading position (and of read marks made by opening).
SAVE_EVERY = 0.5


class ReadingHost(Notifies, Protocol):
    """What the keeper needs from the reader screen."""

    articles: list[Article]
    index: int | None

    @property
    def corpus_key(self) -> str: ...
    @property
    def article_list(self) -> ArticleList: ...
    @property
    def current_article(self) -> Article | None: ...
    def article_index(self, article_id: str) -> int | None: ...
    def body_offset(self) -> int | None: ...
    def open_article(self, index: int, *, user: bool = True, at: int | None = None) -> None: ...
    def scroll_when_ready(self, article: Article, at: int) -> None: ...


class ReadingKeeper:
    """The reading state of the screen's corpus, once read (``tracker`` is None before)."""

    def __init__(self, host: ReadingHost, state_file: Path | None = None) -> None:
        self.host = host
        self.state_file = state_file
        self.tracker: ReadingTracker | None = None
        self.user_moved = False
        """The user opened an article: the last one read is no longer reopened."""
        self._restore: tuple[str, str, int] | None = None

    # -- opening -----------------------------------------------------------------------

    def restore(self) -> None:
        """Read the reading state and go back to where the user left off."""
        self._open()
        host = self.host
        current = host.current_article
        target = self._restore_index()
        if target is not None and self._restore is not None and not self.user_moved:
            at, self._restore = self._restore[2], None
            if target != host.index:
                host.open_article(target, user=False, at=at)  # marks it opened
                return
            if current is not None and self.tracker is not None:
                host.scroll_when_ready(current, at)
                self.tracker.opened(current, at)
        elif current is not None and self.tracker is not None:
            self.tracker.opened(current, host.body_offset() or 0)
        self.show_flags()

    def _open(self) -> None:
        from tui.ui.reading import ReadingTracker

        self.tracker = ReadingTracker(self.host.corpus_key, self.state_file)
        self._report_problems()
        self.host.article_list.set_reading(self.unread_ids(), self.starred_ids())
        last = self.tracker.last
        if last is not None:
            self._restore = (last[0], last[1], self.tracker.last_offset)

    def _restore_index(self) -> int | None:
        """Where the last article read is in the corpus, if it is loaded."""
        if self._restore is None:
            return None
        index = self.host.article_index(self._restore[0])
        if index is not None and self.host.articles[index].path == self._restore[1]:
            return index
        return None

    def follow(self) -> None:
        """More articles arrived: open the last one read if it is among them."""
        if self.tracker is None:
            return
        self.host.article_list.unread = self.unread_ids()
        if self._restore is None or self.user_moved:
            return
        index = self._restore_index()
        if index is not None:
            at, self._restore = self._restore[2], None
            self.host.open_article(index, user=False, at=at)

    def corpus_replaced(self) -> None:
        """After a reload: the sidebar's flags for the new list of articles."""
        if self.tracker is not None:
            self.host.article_list.set_reading(self.unread_ids(), self.starred_ids())

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
        tracker, article = self.tracker, self.host.current_article
        if tracker is None:
            return
        if article is not None:
            offset = self.host.body_offset()
            if offset is not None:
                tracker.moved(article, offset)
        tracker.flush()
        self._report_problems()

    def close(self) -> None:
        if self.tracker is not None:
            self.save()
            self.tracker.close()

    def _report_problems(self) -> None:
        if self.tracker is None:
            return
        for problem in self.tracker.problems:
            self.host.notify(problem, severity="warning", timeout=8)
        self.tracker.problems.clear()

    # -- flags -------------------------------------------------------------------------

    def unread_ids(self) -> set[str]:
        return self.tracker.unread_ids(self.host.articles) if self.tracker is not None else set()

    def starred_ids(self) -> set[str]:
        return self.tracker.starred_ids(self.host.articles) if self.tracker is not None else set()

    def show_flags(self) -> None:
        """Draw the open article's read and star flags in the sidebar."""
        article = self.host.current_article
        if self.tracker is None or article is None:
            return
        sidebar = self.host.article_list
        unread = sidebar.unread
        if unread is not None:
            if self.tracker.is_read(article):
                unread.discard(article.id)
            else:
                unread.add(article.id)
        if self.tracker.is_starred(article):
            sidebar.starred.add(article.id)
        else:
            sidebar.starred.discard(article.id)
        sidebar.redraw_rows()

    def toggle_read(self) -> None:
        article = self.host.current_article
        if self.tracker is None or article is None:
            return
        read = self.tracker.toggle_read(article)
        self.show_flags()
        self.host.notify("Marked read" if read else "Marked unread", timeout=2)

    def toggle_star(self) -> None:
        article = self.host.current_article
        if self.tracker is None or article is None:
            return
        starred = self.tracker.toggle_starred(article)
        self.show_flags()
        self.host.notify("Starred" if starred else "Star removed", timeout=2)
