"""The sidebar: one row per article (its title on two lines, outlet, date and length,
then badges).

A corpus can hold tens of thousands of articles, so the list is virtual: it draws
only the rows on screen (Textual's line API), and rows have a fixed height, so
scrolling, the cursor and mouse clicks are arithmetic rather than layout. Rows are
built as Rich ``Text`` from the loader's fields, never as markup, so a title full of
brackets shows as written. A row shows whether the article is unread (●) or starred
(★) and whether it is marked for comparison (◆), and always names an outlet (the
domain or the id when the source is unknown), so articles with similar titles tell
apart. The list can show a subset of the corpus (filters), in file order or sorted
by outlet, date or title; messages always carry the article's index in the whole
corpus, never the row number.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.corpus.ordering import SortKey, sort_key
from tui.core.models import Article
from tui.ui.widgets.article_rows import (
    TITLE_LINES,
    details_line,
    title_lines,
    title_text,
)
from tui.ui.widgets.article_rows import is_unusual_encoding as is_unusual_encoding

ROW_HEIGHT = TITLE_LINES + 2
"""Lines per article: the title (two lines), its outlet, date and length, its badges."""


class ArticleList(ScrollView, can_focus=True):
    """Lists the corpus and tells the screen which article the cursor is on."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-list--cursor", "article-list--unread"}

    DEFAULT_CSS = """
    ArticleList {
        height: 1fr;
        padding: 0;
        background: $surface;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
    }
    ArticleList > .article-list--cursor {
        background: $block-cursor-blurred-background;
    }
    ArticleList:focus > .article-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    ArticleList > .article-list--unread {
        color: $accent;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next row", show=False, id="list.down"),
        Binding("up,k", "cursor_up", "Previous row", show=False, id="list.up"),
        Binding("home", "first", "First article", show=False, id="list.first"),
        Binding(
            "g", "app.pressed_twice('first')", "First article (g g)", show=False, id="list.top"
        ),
        Binding("end,G", "last", "Last article", show=False, id="list.last"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("enter", "select", "Read the article", show=False, id="list.select"),
    ]
    """Arrows or j/k move the cursor, Home or g g / End or G to the ends, Space/b by
    pages, Enter reads. Each has an id, so a keymap file can rebind it."""

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """The cursor's row (in the rows shown), or ``None`` for an empty list."""

    class Highlighted(Message):
        """The cursor moved onto an article (``index`` in the whole corpus)."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    class Selected(Message):
        """Enter (or a click on the current row) asked to read the article."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def __init__(self, articles: Sequence[Article], **kwargs) -> None:
        super().__init__(**kwargs)
        self.articles = list(articles)
        self.badges: dict[str, Text] = {}
        self.badge_source: Callable[[str], Text | None] | None = None
        """Computes a row's badge when it is first drawn (for rows without one)."""
        self.marked: list[str] = []
        self.unread: set[str] | None = None
        """Ids of unread articles; ``None`` until the reading state is known."""
        self.starred: set[str] = set()
        self.shown: list[int] = list(range(len(self.articles)))
        self.order = "corpus"
        """How the rows are sorted: one of :data:`~tui.core.corpus.ordering.ORDERS`."""
        self._keys: dict[int, SortKey] = {}
        self._wanted: set[str] | None = None
        self._silent = False
        self._strips: dict[tuple[int, int, int, bool], Strip] = {}

    def redraw_rows(self) -> None:
        """What the rows show changed: drop the drawn rows and redraw."""
        self._strips = {}
        self.refresh()

    def notify_style_update(self) -> None:
        self._strips = {}  # a new theme or focus: rows are drawn in other colours
        super().notify_style_update()

    # -- contents -----------------------------------------------------------------------

    @property
    def is_filtered(self) -> bool:
        return len(self.shown) != len(self.articles)

    @property
    def article_index(self) -> int | None:
        """The corpus index of the article under the cursor."""
        row = self.highlighted
        return None if row is None or not 0 <= row < len(self.shown) else self.shown[row]

    def on_mount(self) -> None:
        self._resize()

    def _resize(self) -> None:
        # Rows are drawn at the list's width, never scrolled sideways: a width of 0 keeps
        # the virtual size unchanged when the list is first sized (after the first frame),
        # which would otherwise lay the whole screen out a second time.
        self.virtual_size = Size(0, len(self.shown) * ROW_HEIGHT)
        self.refresh()

    def on_resize(self) -> None:
        # The rows are unchanged and a resized widget is redrawn anyway: asking for a
        # repaint here would only draw the list a second time after the first frame.
        self._reveal_cursor()

    def _reveal_cursor(self) -> None:
        """Scroll just enough to show the cursor's row, keeping whole rows at the top."""
        row = self.highlighted
        if row is None:
            return
        top, height, y = row * ROW_HEIGHT, self.scrollable_content_region.height, self.scroll_y
        if top < y:
            y = top
        elif top + ROW_HEIGHT > y + height:
            y = -(-(top + ROW_HEIGHT - height) // ROW_HEIGHT) * ROW_HEIGHT
        else:
            return
        self.scroll_to(y=y, animate=False, force=True, immediate=True)

    def add_articles(self, articles: Iterable[Article]) -> None:
        """Append articles (a corpus still loading); they are listed if the filter allows.

        In a sorted list they take their place among the others; the cursor stays on
        the article it was on.
        """
        start = len(self.articles)
        self.articles.extend(articles)
        kept = self.article_index
        self.shown.extend(
            i
            for i in range(start, len(self.articles))
            if self._wanted is None or self.articles[i].id in self._wanted
        )
        if self.order != "corpus":
            self._sort()
            self._strips = {}
            if kept is not None:
                self._put_cursor(self.shown.index(kept))
        self._resize()
        if self.highlighted is None and self.shown:
            self.highlighted = 0

    def set_order(self, order: str, *, keep: int | None = None) -> None:
        """Sort the rows by ``order`` (filters kept), the cursor on article ``keep``."""
        if order != self.order:
            self.order = order
            self._keys = {}
        kept = self.articles[keep].id if keep is not None and keep < len(self.articles) else None
        self._apply_filter(kept)

    def _sort(self) -> None:
        order, keys, articles = self.order, self._keys, self.articles

        def key(index: int) -> SortKey:
            found = keys.get(index)
            if found is None:
                found = keys[index] = sort_key(articles[index], order, index)
            return found

        self.shown.sort(key=key)

    def _put_cursor(self, row: int | None) -> None:
        """Move the cursor without telling the screen: the open article did not change."""
        self._silent = True
        try:
            self.highlighted = row
        finally:
            self._silent = False

    def replace_articles(self, articles: Sequence[Article], *, keep: str | None = None) -> None:
        """List a new version of the corpus (after a reload), the cursor on ``keep``."""
        self.articles = list(articles)
        self._keys = {}
        self._apply_filter(keep)

    def select_article(self, index: int) -> None:
        """Put the cursor on article ``index`` (of the corpus) if it is listed.

        Silently: the screen opened the article itself, and a message telling it so
        would arrive after any keys already queued and open this row again over them.
        """
        try:
            row = self.shown.index(index)
        except ValueError:
            return
        if self.highlighted != row:
            self._put_cursor(row)

    def show_only(self, ids: Collection[str] | None, *, keep: int | None = None) -> None:
        """List only the articles in ``ids`` (all of them for ``None``), in corpus order.

        The cursor stays on article ``keep`` when it is still listed.
        """
        self._wanted = None if ids is None else set(ids)
        kept = self.articles[keep].id if keep is not None and keep < len(self.articles) else None
        self._apply_filter(kept)

    def _apply_filter(self, keep: str | None) -> None:
        wanted = self._wanted
        self.shown = [i for i, a in enumerate(self.articles) if wanted is None or a.id in wanted]
        if self.order != "corpus":
            self._sort()
        self._strips = {}
        self._resize()
        rows = {self.articles[i].id: row for row, i in enumerate(self.shown)}
        row = rows.get(keep) if keep is not None else None
        self._put_cursor(row if row is not None else (0 if self.shown else None))
        # The new height is known only after the next layout: reveal the cursor again then.
        self.call_after_refresh(self._reveal_cursor)

    def set_badge(self, article_id: str, badge: Text) -> None:
        """Show extra facts (e.g. entity counts) on an article's row."""
        self.badges[article_id] = badge
        self.redraw_rows()

    def set_badges(self, badges: Mapping[str, Text]) -> None:
        """Set many badges at once."""
        self.badges.update(badges)
        self.redraw_rows()

    def set_badge_source(self, source: Callable[[str], Text | None] | None) -> None:
        """Badges computed on demand: only the rows on screen ever pay for theirs."""
        self.badge_source = source
        self.redraw_rows()

    def set_marked(self, ids: Sequence[str]) -> None:
        """Mark the articles picked for comparison with ◆."""
        self.marked = list(ids)
        self.redraw_rows()

    def set_reading(self, unread: set[str] | None, starred: set[str]) -> None:
        """Show which articles are unread (●) and starred (★)."""
        self.unread = unread
        self.starred = starred
        self.redraw_rows()

    # -- cursor -------------------------------------------------------------------------

    def validate_highlighted(self, row: int | None) -> int | None:
        if row is None or not self.shown:
            return None
        return max(0, min(len(self.shown) - 1, row))

    def watch_highlighted(self, row: int | None) -> None:
        self._reveal_cursor()
        self.refresh()
        if row is None:
            return
        if not self._silent:
            self.post_message(self.Highlighted(self.shown[row]))

    def _move(self, rows: int) -> None:
        if self.shown:
            self.highlighted = (self.highlighted or 0) + rows

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        if self.shown:
            self.highlighted = 0

    def action_last(self) -> None:
        if self.shown:
            self.highlighted = len(self.shown) - 1

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_down(self) -> None:
        self._move(self._page())

    def action_page_up(self) -> None:
        self._move(-self._page())

    def action_select(self) -> None:
        index = self.article_index
        if index is not None:
            self.post_message(self.Selected(index))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = (offset.y + int(self.scroll_y)) // ROW_HEIGHT
        if not 0 <= row < len(self.shown):
            return
        if row == self.highlighted and event.chain > 1:
            self.action_select()
        else:
            self.highlighted = row

    # -- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = y + int(self.scroll_y)
        row, part = divmod(line, ROW_HEIGHT)
        base = self.rich_style
        if not 0 <= row < len(self.shown):
            return Strip.blank(width, base)
        key = (row, part, width, row == self.highlighted)
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        style = base
        if row == self.highlighted:
            style = base + self.get_component_rich_style("article-list--cursor")
        text = self._row_line(self.articles[self.shown[row]], part, max(0, width - 2))
        segments = [Segment(" ", style), *text.render(self.app.console, end="")]
        strip = Strip(segments).apply_style(style).crop_extend(0, width, style)
        if len(self._strips) > 2000:
            self._strips = {}
        self._strips[key] = strip
        return strip

    def _row_line(self, article: Article, part: int, width: int) -> Text:
        """Line ``part`` of an article's row, at most ``width`` cells wide."""
        if part < TITLE_LINES:
            line = title_lines(self._title_line(article), width, self.app.console)[part]
        elif part == TITLE_LINES:
            line = details_line(article, width)
        else:
            badge = self.badges.get(article.id)
            if badge is None and self.badge_source is not None:
                badge = self.badge_source(article.id)
            line = badge.copy() if badge is not None else Text()
        line.truncate(width, overflow="ellipsis")
        return line

    def _title_line(self, article: Article) -> Text:
        unread = self.unread is not None and article.id in self.unread
        return title_text(
            article,
            marked=article.id in self.marked,
            starred=article.id in self.starred,
            unread=unread,
            bold=unread or self.unread is None,
            unread_style=self.get_component_rich_style("article-list--unread"),
        )
