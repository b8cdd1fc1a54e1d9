"""Moving around the reader's corpus: next and previous, and opening at a place.

:class:`ReaderNavigation`, mixed into the reader screen, steps through the articles
in the order the sidebar lists them (so ``J``/``K`` follow the view and the entity
filter), opens an article at a place with that place highlighted (palette hits,
panel choices; ``n``/``N`` then move between several places) and scrolls to a saved
position once the article is laid out at its real size, which comes a few frames
after it is shown.

It also keeps navigation settled on the last key pressed: a cursor message that
arrives after the cursor moved on is dropped (keys typed in a burst, or queued behind
background work, would otherwise reopen old rows one after the other), and an
article counts as read only once it has stayed open for :data:`READ_AFTER` seconds,
so the articles the cursor passes through stay unread and a mark the user sets with
``x`` is never overridden.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.screen import Screen

from tui.core.models import Article
from tui.ui.reader_panels import Reveal, SidePanel
from tui.ui.reading_state import ReadingKeeper
from tui.ui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.ui.reader_articles import OpenArticles
    from tui.ui.reader_find import ArticlePane
    from tui.ui.reader_layers import HighlightLayers
    from tui.ui.widgets.article_body import ArticleBody

#: Seconds between two tries at scrolling an article not laid out yet.
SCROLL_RETRY = 0.05
#: Seconds an article stays open before it counts as read.
READ_AFTER = 1.5


class ReaderNavigation(Screen[None]):
    """Opening articles: next, previous, at a place, where the user left off."""

    shown: OpenArticles
    keeper: ReadingKeeper
    highlights: HighlightLayers
    pane: ArticlePane
    body: ArticleBody
    article_list: ArticleList
    side: SidePanel
    index: int | None
    _read_timer: Timer | None = None

    @property
    def current_article(self) -> Article | None:
        return None if self.index is None else self.shown[self.index]

    def open_article(self, index: int, *, user: bool = True, at: int | None = None) -> None:
        """Show article ``index`` in the main pane (scrolled to character ``at``)."""
        if not 0 <= index < len(self.shown) or index == self.index:
            return
        if user:
            self.keeper.user_moved = True
        self.keeper.save()
        self.index = index
        article = self.shown[index]
        self.pane.header.show(article)
        self.highlights.show(self.body, article, at)
        if at:
            self.scroll_when_ready(article, at)
        self._count_read_later(article, at or 0)
        self.article_list.select_article(index)
        self.side.show_article(article)

    @on(ArticleList.Highlighted)
    def _cursor_moved(self, event: ArticleList.Highlighted) -> None:
        """The sidebar's cursor reached an article: open it, unless it moved on.

        A message about a row the cursor has already left is stale; the message for
        the row it is on now is still to come, so nothing is lost by dropping it.
        """
        event.stop()
        if event.index == self.article_list.article_index:
            self.open_article(event.index)

    @on(ArticleList.Selected)
    def _row_chosen(self, event: ArticleList.Selected) -> None:
        event.stop()
        self.open_article(event.index)
        self.body.focus()

    @on(ReadingKeeper.Reopen)
    def _reopen(self, message: ReadingKeeper.Reopen) -> None:
        """Back where the user left off (unless they have moved since)."""
        if message.index != self.index:
            if not self.keeper.user_moved:
                self.open_article(message.index, user=False, at=message.at)
        elif self.index is not None:
            self.scroll_when_ready(self.shown[self.index], message.at)

    # -- read marks --------------------------------------------------------------------

    def _count_read_later(self, article: Article, at: int) -> None:
        """``article`` was just opened: note where, and count it read if it stays open."""
        self.keeper.moved(article, at)
        self._stop_read_timer()
        self._read_timer = self.set_timer(READ_AFTER, lambda: self._stayed_open(article))

    def _stayed_open(self, article: Article) -> None:
        self._read_timer = None
        if self.body.article is article:
            self.keeper.opened(article, self.body.top_offset())

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def action_toggle_read(self) -> None:
        """``x``: the user decides whether the open article is read; no timer overrides it."""
        self._stop_read_timer()
        self.keeper.toggle_read()

    # -- moving ------------------------------------------------------------------------

    def action_next_article(self) -> None:
        self._step(1)

    def action_previous_article(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """Open the article ``step`` rows down the sidebar (up if negative)."""
        shown = self.article_list.shown
        if not shown:
            return
        if self.index in shown:
            row = shown.index(self.index) + step
        else:
            row = 0 if step > 0 else len(shown) - 1
        self.open_article(shown[max(0, min(len(shown) - 1, row))])

    def scroll_when_ready(self, article: Article, at: int, tries: int = 40) -> None:
        """Scroll to character ``at`` once the article is laid out at its real size."""
        body = self.body
        if body.article is not article:
            return
        if body.size.height and body.line_count and not body.laying_out:
            body.scroll_to_offset(at, center=False)
            if body.scroll_y or tries <= 0:
                return
        if tries > 0:
            self.set_timer(SCROLL_RETRY, lambda: self.scroll_when_ready(article, at, tries - 1))

    @on(Reveal)
    def _reveal_asked(self, message: Reveal) -> None:
        ranges, focus = message.ranges, message.focus
        self.reveal(message.article_id, message.start, message.end, ranges, message.label, focus)

    def reveal(
        self,
        article_id: str,
        start: int,
        end: int,
        ranges: Sequence[tuple[int, int]] | None = None,
        label: str = "",
        focus: bool = True,
    ) -> None:
        """Open an article scrolled to ``start..end``, highlighted until Esc.

        ``ranges`` highlights more places at once (all mentions of an entity), with the
        cursor on ``start..end``; n/N move between them (with ``focus``, in the article).
        """
        index = self.shown.index_of(article_id)
        if index is None:
            return
        self.open_article(index)
        body = self.body
        if end <= start and not ranges:
            body.scroll_to_offset(start)
            return
        spots = list(ranges or [(start, end)])
        if (start, end) not in spots:
            spots.append((start, end))
        spots.sort()
        body.highlight_ranges(spots, current=spots.index((start, end)), label=label)
        if focus:
            body.focus()
