"""One column of the side-by-side view: an article's sentences in level rows.

The column is a single line-API widget over precomputed lines (see
:mod:`tui.ui.compare_model`), so thousands of sentences cost one widget and
styled text is built only for the lines in view. Each row has a gutter with its pair
number (``only`` for a sentence the other article lacks); paired sentences are tinted
``$shared``, one-sided ones ``$unique``, and words that differ within a pair carry the
``$unique`` tint in bold underline, like a word diff.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.models import Article
from tui.core.wording import counted
from tui.ui.compare_model import EMPTY, FILL, GAP, ColumnLine, CompareModel
from tui.ui.render import RenderTheme, StyledSpan, plain, render_text
from tui.ui.widgets.scroll_keys import VIM_SCROLL_BINDINGS

#: Cells before the text: the pair number or ``only``, then a space.
GUTTER = 6
_CHANGED = "compare-changed"
_CACHE_SIZE = 512


def column_title(article: Article) -> Text:
    """A column's heading: the title, then source, date and length, all literal."""
    title = plain(article.title or article.id)
    title.stylize("bold")
    facts = [part for part in (article.source, article.date) if part]
    line = Text(style="dim", no_wrap=True, overflow="ellipsis")
    line.append_text(plain(" · ".join([*facts, counted(article.word_count, "word")])))
    result = Text.assemble(title, "\n", line, no_wrap=True, overflow="ellipsis")
    return result


class CompareColumn(ScrollView, can_focus=True):
    """Draws one side (``"left"`` or ``"right"``) of a comparison."""

    DEFAULT_CSS = """
    CompareColumn {
        width: 1fr;
        height: 1fr;
        background: $background;
        color: $foreground;
        scrollbar-gutter: stable;
    }
    CompareColumn:focus {
        background-tint: $foreground 4%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [*VIM_SCROLL_BINDINGS]
    """Vim-style keys on top of the arrows, Home/End and PageUp/PageDown."""

    class Scrolled(Message):
        """The column's vertical offset changed (the screen keeps the other in step)."""

        def __init__(self, column: CompareColumn, y: int) -> None:
            self.column = column
            self.y = y
            super().__init__()

    class Resized(Message):
        """The column's text width changed, so both sides must be laid out again."""

    def __init__(self, side: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.side = side
        self.model: CompareModel | None = None
        self.article: Article | None = None
        self._lines: list[ColumnLine] = []
        self._tops: list[int] = []
        self._current_row: int | None = None
        self._theme = RenderTheme()
        self._cache: dict[int, Strip] = {}
        self._text_width = 0

    # -- public API -------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Cells available for sentence text (the gutter left out)."""
        width = self.scrollable_content_region.width or self.size.width or 80
        return max(10, width - GUTTER - 1)

    @property
    def render_styles(self) -> RenderTheme:
        """The styles the column draws with (the theme's, plus changed words)."""
        return self._theme

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def set_lines(
        self, model: CompareModel, lines: list[ColumnLine], tops: list[int], *, keep: bool
    ) -> None:
        """Show freshly laid-out lines; ``keep`` holds the top row in place."""
        anchor = self.top_row() if keep else None
        self.model = model
        self.article = model.comparison.left if self.side == "left" else model.comparison.right
        self._lines = lines
        self._tops = tops
        self._text_width = self.text_width
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        y = 0 if anchor is None or anchor >= len(tops) else tops[anchor]
        self.scroll_to(y=y, animate=False, immediate=True)
        self.refresh()

    def clear(self) -> None:
        """Forget the comparison (while a new one is computed)."""
        self.model = None
        self._lines, self._tops = [], []
        self._cache.clear()
        self.virtual_size = Size(0, 0)
        self.refresh()

    def set_render_theme(self, theme: RenderTheme) -> None:
        """Use new colours (after a theme switch) and redraw."""
        changed = theme.style_for("unique") + Style(bold=True, underline=True)
        self._theme = replace(theme, styles={**theme.styles, _CHANGED: changed})
        self._cache.clear()
        self.refresh()

    def set_current_row(self, row: int | None) -> None:
        """Mark ``row`` (the difference the user moved to) in the gutter."""
        if row != self._current_row:
            self._current_row = row
            self._cache.clear()
            self.refresh()

    def top_row(self) -> int | None:
        """The row at the top of the view."""
        if not self._lines:
            return None
        top = min(len(self._lines) - 1, round(self.scroll_y))
        return self._lines[top][0]

    def row_at_line(self, line: int) -> int | None:
        return self._lines[line][0] if 0 <= line < len(self._lines) else None

    def scroll_to_row(self, row: int) -> None:
        """Bring ``row`` near the top third of the view."""
        if 0 <= row < len(self._tops):
            target = self._tops[row] - self.size.height // 4
            self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def visible_text(self) -> str:
        """The plain text of the lines in view (tests, screen readers)."""
        top = round(self.scroll_y)
        return "\n".join(self.render_line(y).text for y in range(self.size.height) if top + y >= 0)

    # -- events -----------------------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self, round(new_value)))

    def on_resize(self) -> None:
        if self.text_width != self._text_width:
            self._text_width = self.text_width
            self.post_message(self.Resized())

    # -- drawing ----------------------------------------------------------------------

    def _gutter(self, row: int, first: bool, base: Style) -> list[Segment]:
        assert self.model is not None
        view_row = self.model.rows[row]
        furniture = self._theme.style_for("furniture")
        if not first or (view_row.side(self.side) is None and view_row.pair is None):
            label = ""
        elif view_row.pair is None:
            label = "only"
        else:
            label = str(view_row.pair + 1)
        style = base + furniture
        if row == self._current_row:
            marker = base + Style(bold=True)
            return [
                Segment(f"{label:>{GUTTER - 2}}", marker + Style(reverse=bool(label))),
                Segment("▌ ", marker),
            ]
        if view_row.pair is not None and first:
            style += Style(bold=True)
        return [Segment(f"{label:>{GUTTER - 1}} ", style)]

    def _line_strip(self, index: int, base: Style) -> Strip:
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        assert self.model is not None and self.article is not None
        row, start, end, kind = self._lines[index]
        view_row = self.model.rows[row]
        width = max(1, self.scrollable_content_region.width - GUTTER)
        if kind == GAP:
            strip = Strip.blank(width + GUTTER, base)
        else:
            first = self._tops[row] == index
            gutter = self._gutter(row, first, base)
            role = "shared" if view_row.pair is not None else "unique"
            tint = base + self._theme.style_for(role)
            if kind == EMPTY:
                body = Strip.blank(width, base)
            elif kind == FILL:
                body = Strip.blank(width, tint)
            else:
                theme = replace(self._theme, base=base)
                spans = [
                    StyledSpan(s.start, s.end, _CHANGED)
                    for s in view_row.changes(self.side)
                    if s.end > start and s.start < end
                ]
                text = render_text(self.article.text, spans, theme, start=start, end=end, role=role)
                body = Strip(text.render(self.app.console)).crop_extend(0, width, tint)
            strip = Strip([*gutter, *body])
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[index] = strip
        return strip

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.model is None or not 0 <= index < len(self._lines):
            return Strip.blank(width, base)
        return self._line_strip(index, base).crop_extend(0, width, base)
