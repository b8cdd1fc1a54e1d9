"""The sidebar: one row per article (title, source and word count, then badges).

A corpus can hold tens of thousands of articles, so the list is virtual: it draws
only the rows on screen (Textual's line API), and rows have a fixed height, so
scrolling, the cursor and mouse clicks are arithmetic rather than layout. Rows are
built as Rich ``Text`` from the loader's fields, never as markup, so a title full of
brackets shows as written. A row shows whether the article is unread (●) or starred
(★) and whether it is marked for comparison (◆). The list can show a subset of the
corpus (filters); messages always carry the article's index in the whole corpus,
never the row number.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.models import Article
from tui.ui.render import plain
from tui.ui.wording import counted

ROW_HEIGHT = 3
"""Lines per article: the title, its source and length, its badges."""


def is_unusual_encoding(article: Article) -> bool:
    """Tell whether the article was decoded from something other than UTF-8/ASCII."""
    return article.encoding.lower().replace("_", "-") not in {"utf-8", "ascii", "utf-8-sig"}


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
        Binding("down,j", "cursor_down", "Next row", show=False),
        Binding("up,k", "cursor_up", "Previous row", show=False),
        Binding("home,g", "first", "First article", show=False),
        Binding("end,G", "last", "Last article", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("enter", "select", "Read the article", show=False),
    ]
    """Arrows or j/k move the cursor, g/G to the ends, Space/b by pages, Enter reads."""

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
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.shown) * ROW_HEIGHT)
        self.refresh()

    def on_resize(self) -> None:
        self._resize()
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
        """Append articles (a corpus still loading); they are listed if the filter allows."""
        start = len(self.articles)
        self.articles.extend(articles)
        self.shown.extend(
            i
            for i in range(start, len(self.articles))
            if self._wanted is None or self.articles[i].id in self._wanted
        )
        self._resize()
        if self.highlighted is None and self.shown:
            self.highlighted = 0

    def replace_articles(self, articles: Sequence[Article], *, keep: str | None = None) -> None:
        """List a new version of the corpus (after a reload), the cursor on ``keep``."""
        self.articles = list(articles)
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
            self._silent = True
            try:
                self.highlighted = row
            finally:
                self._silent = False

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
        self._strips = {}
        self._resize()
        rows = {self.articles[i].id: row for row, i in enumerate(self.shown)}
        row = rows.get(keep) if keep is not None else None
        self._silent = True
        try:
            if row is not None:
                self.highlighted = row
            else:
                self.highlighted = 0 if self.shown else None
        finally:
            self._silent = False
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
        text = self._row_line(self.articles[self.shown[row]], part)
        text.truncate(max(0, width - 2), overflow="ellipsis")
        segments = [Segment(" ", style), *text.render(self.app.console, end="")]
        strip = Strip(segments).apply_style(style).crop_extend(0, width, style)
        if len(self._strips) > 2000:
            self._strips = {}
        self._strips[key] = strip
        return strip

    def _row_line(self, article: Article, part: int) -> Text:
        if part == 0:
            return self._title_line(article)
        if part == 1:
            return self._details_line(article)
        badge = self.badges.get(article.id)
        if badge is None and self.badge_source is not None:
            badge = self.badge_source(article.id)
        return badge.copy() if badge is not None else Text()

    def _title_line(self, article: Article) -> Text:
        unread = self.unread is not None and article.id in self.unread
        line = Text(no_wrap=True, end="")
        if article.id in self.marked:
            line.append("◆ ", style="bold")
        if article.id in self.starred:
            line.append("★ ", style="bold")
        if unread:
            line.append("● ", style=self.get_component_rich_style("article-list--unread"))
        title = plain(article.title or article.id)
        title.stylize(Style(bold=True) if unread or self.unread is None else Style(bold=False))
        line.append_text(title)
        return line

    @staticmethod
    def _details_line(article: Article) -> Text:
        details = Text(no_wrap=True, style="dim", end="")
        if article.source:
            details.append_text(plain(article.source))
            details.append(" · ")
        figure = f"{article.word_count:,}".replace(",", "\u202f")
        details.append(counted(article.word_count, "word", figure=figure))
        if is_unusual_encoding(article):
            details.append(f" · ⚠ {article.encoding}")
        return details
