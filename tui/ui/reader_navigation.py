"""Moving around the reader's corpus: next and previous, and opening at a place.

:class:`ArticleNavigator` steps through the articles in the order the sidebar lists
them (so ``J``/``K`` follow the view and the entity filter), opens an article at a
place with that place highlighted (palette hits, panel choices; ``n``/``N`` then move
between several places) and scrolls to a saved position once the article is laid out
at its real size, which comes a few frames after it is shown.

It also keeps navigation settled on the last key pressed: a cursor message that
arrives after the cursor moved on is dropped (keys typed in a burst, or queued behind
background work, would otherwise reopen old rows one after the other), and an
article counts as read only once it has stayed open for :data:`READ_AFTER` seconds,
so the articles the cursor passes through stay unread and a mark the user sets with
``x`` is never overridden. Opening an article is the screen's: what the navigator
needs from it is the :class:`NavigationHost` protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.ui.reading_state import ReadingKeeper
    from tui.ui.widgets.article_body import ArticleBody
    from tui.ui.widgets.article_list import ArticleList

#: Seconds between two tries at scrolling an article not laid out yet.
SCROLL_RETRY = 0.05
#: Seconds an article stays open before it counts as read.
READ_AFTER = 1.5


class NavigationHost(Protocol):
    """What the navigator needs from the reader screen."""

    index: int | None
    keeper: ReadingKeeper

    @property
    def body(self) -> ArticleBody: ...
    @property
    def current_article(self) -> Article | None: ...
    @property
    def article_list(self) -> ArticleList: ...
    def article_index(self, article_id: str) -> int | None: ...
    def open_article(self, index: int, *, user: bool = True, at: int | None = None) -> None: ...
    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...


class ArticleNavigator:
    """Next, previous and open-at-a-place, for one screen."""

    def __init__(self, host: NavigationHost) -> None:
        self.host = host
        self._read_timer: Timer | None = None

    def cursor_moved(self, index: int) -> None:
        """The sidebar's cursor reached article ``index``: open it, unless it moved on.

        A message about a row the cursor has already left is stale; the message for
        the row it is on now is still to come, so nothing is lost by dropping it.
        """
        if index == self.host.article_list.article_index:
            self.host.open_article(index)

    # -- read marks --------------------------------------------------------------------

    def opened(self, article: Article, at: int) -> None:
        """``article`` was just opened: note where, and count it read if it stays open."""
        self.host.keeper.moved(article, at)
        self._stop_read_timer()
        self._read_timer = self.host.set_timer(READ_AFTER, lambda: self._stayed_open(article))

    def _stayed_open(self, article: Article) -> None:
        self._read_timer = None
        host = self.host
        if host.current_article is article:
            host.keeper.opened(article, host.body.top_offset())

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def toggle_read(self) -> None:
        """``x``: the user decides whether the open article is read; no timer overrides it."""
        self._stop_read_timer()
        self.host.keeper.toggle_read()

    def step(self, step: int) -> None:
        """Open the article ``step`` rows down the sidebar (up if negative)."""
        host = self.host
        shown = host.article_list.shown
        if not shown:
            return
        if host.index in shown:
            row = shown.index(host.index) + step
        else:
            row = 0 if step > 0 else len(shown) - 1
        host.open_article(shown[max(0, min(len(shown) - 1, row))])

    def scroll_when_ready(self, article: Article, at: int, tries: int = 40) -> None:
        """Scroll to character ``at`` once the article is laid out at its real size."""
        body = self.host.body
        if body.article is not article:
            return
        if body.size.height and body.line_count and not body._laying_out:
            body.scroll_to_offset(at, center=False)
            if body.scroll_y or tries <= 0:
                return
        if tries > 0:
            self.host.set_timer(
                SCROLL_RETRY, lambda: self.scroll_when_ready(article, at, tries - 1)
            )

    def reveal(
        self,
        article_id: str,
        start: int,
        end: int,
        ranges: Sequence[tuple[int, int]] | None = None,
        label: str = "",
    ) -> None:
        """Open an article scrolled to ``start..end``, highlighted until Esc.

        ``ranges`` highlights more places at once (all mentions of an entity), with the
        cursor on ``start..end``; n/N move between them.
        """
        host = self.host
        index = host.article_index(article_id)
        if index is None:
            return
        host.open_article(index)
        body = host.body
        if end <= start and not ranges:
            body.scroll_to_offset(start)
            return
        spots = list(ranges or [(start, end)])
        if (start, end) not in spots:
            spots.append((start, end))
        spots.sort()
        body.highlight_ranges(spots, current=spots.index((start, end)), label=label)
        body.focus()
