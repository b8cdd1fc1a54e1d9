"""Moving around the reader's corpus: next and previous, and opening at a place.

:class:`ArticleNavigator` steps through the articles in the order the sidebar lists
them (so ``J``/``K`` follow the view and the entity filter), opens an article at a
place with that place highlighted (palette hits, panel choices; ``n``/``N`` then move
between several places) and scrolls to a saved position once the article is laid out
at its real size, which comes a few frames after it is shown. Opening an article is
the screen's: what the navigator needs from it is the :class:`NavigationHost`
protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article

if TYPE_CHECKING:
    from tui.ui.widgets.article_body import ArticleBody
    from tui.ui.widgets.article_list import ArticleList

#: Seconds between two tries at scrolling an article not laid out yet.
SCROLL_RETRY = 0.05


class NavigationHost(Protocol):
    """What the navigator needs from the reader screen."""

    index: int | None

    @property
    def body(self) -> ArticleBody: ...
    @property
    def article_list(self) -> ArticleList: ...
    def article_index(self, article_id: str) -> int | None: ...
    def open_article(self, index: int, *, user: bool = True, at: int | None = None) -> None: ...
    def set_timer(self, delay: float, callback: Callable[[], object]) -> object: ...


class ArticleNavigator:
    """Next, previous and open-at-a-place, for one screen."""

    def __init__(self, host: NavigationHost) -> None:
        self.host = host

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
