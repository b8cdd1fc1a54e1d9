"""The side-by-side comparison of two articles of the corpus.

The comparison (and the analysis, when the reader has none yet) runs in a worker
thread, so even two 1,000-sentence articles open without freezing the interface; a
loading indicator covers the columns meanwhile. The screen then keeps the summary, the
two column headers and the two columns in step: scrolling, moving between differences,
swapping the sides and replacing one side by another article of the corpus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar, NamedTuple

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from tui.core.compare.summary import compare_articles
from tui.core.models import Article, ArticleAnalysis
from tui.ui.binding_ids import with_ids
from tui.ui.render import RenderTheme
from tui.ui.widgets.compare_column import CompareColumn, column_title
from tui.ui.widgets.compare_export import ExportCommand, ExportDialog
from tui.ui.widgets.compare_layout import (
    ColumnLine,
    CompareModel,
    build_model,
    layout_columns,
)
from tui.ui.widgets.compare_picker import ArticlePicker
from tui.ui.widgets.compare_summary import CompareSummary

#: Comparisons with more rows than this are wrapped again in a thread after a resize.
INLINE_ROWS = 400


class Layout(NamedTuple):
    """Both columns' lines for given text widths, and the first line of each row."""

    widths: tuple[int, int]
    left: list[ColumnLine]
    right: list[ColumnLine]
    tops: list[int]


class CompareScreen(Screen[None]):
    """Two articles side by side: shared and unique sentences, quotes and entities."""

    CSS_PATH = "../styles/compare.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("n", "next_difference", "Next diff", tooltip="Next difference"),
        Binding("N", "previous_difference", "Prev diff", key_display="N"),
        Binding("s", "toggle_sync", "Sync", tooltip="Synchronised scrolling on or off"),
        Binding("x", "swap", "Swap", tooltip="Swap the sides"),
        Binding("l", "replace('left', 1)", "Next left", tooltip="Next article on the left"),
        Binding("r", "replace('right', 1)", "Next right", tooltip="Next article on the right"),
        Binding("L", "replace('left', -1)", "Previous article on the left", show=False),
        Binding("R", "replace('right', -1)", "Previous article on the right", show=False),
        Binding("o", "pick", "Pick", tooltip="Pick an article for the focused side"),
        Binding("w,ctrl+s", "export", "Export", key_display="w", tooltip="Write to a file"),
        Binding("escape", "close", "Back", key_display="Esc", tooltip="Back to the reader"),
        Binding("q", "app.quit", "Quit"),
    ]
    """n/N move between differences (a sentence on one side only, or a pair whose words
    differ) on both columns; s turns synchronised scrolling off and on; x swaps the
    sides; l/r (L/R backwards) put the next article of the corpus on the left/right;
    o picks the focused side's article from a list; w (or Ctrl+S) writes the comparison
    to a Markdown, HTML or JSON file; Esc goes back to the reader and q quits, as
    everywhere; ? lists these keys."""
    BINDINGS = with_ids("compare", BINDINGS)  # ids for keymap.yaml (tui.ui.keymap)

    COMMANDS: ClassVar = {ExportCommand}
    """The palette offers the export too."""

    def __init__(
        self,
        articles: Sequence[Article],
        left_id: str,
        right_id: str,
        analyses: Mapping[str, ArticleAnalysis] | None = None,
    ) -> None:
        super().__init__()
        self.articles = list(articles)
        ids = [a.id for a in self.articles]
        if left_id not in ids or right_id not in ids:
            raise ValueError(f"unknown article id: {left_id if left_id not in ids else right_id}")
        self.left_index = ids.index(left_id)
        self.right_index = ids.index(right_id)
        self.analyses: dict[str, ArticleAnalysis] = dict(analyses or {})
        self.model: CompareModel | None = None
        self.sync = True
        self.current_row: int | None = None
        self._generation = 0
        self._relayout_pending = False

    # -- composition --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield CompareSummary(id="compare-summary")
        with Horizontal(id="compare-columns"):
            with Vertical(id="left-pane", classes="compare-pane"):
                yield Static(id="left-title", classes="compare-title")
                yield CompareColumn("left", id="left-column")
            with Vertical(id="right-pane", classes="compare-pane"):
                yield Static(id="right-title", classes="compare-title")
                yield CompareColumn("right", id="right-column")
        yield Footer()

    @property
    def left(self) -> Article:
        return self.articles[self.left_index]

    @property
    def right(self) -> Article:
        return self.articles[self.right_index]

    @property
    def left_column(self) -> CompareColumn:
        return self.query_one("#left-column", CompareColumn)

    @property
    def right_column(self) -> CompareColumn:
        return self.query_one("#right-column", CompareColumn)

    def _columns(self) -> tuple[CompareColumn, CompareColumn]:
        return self.left_column, self.right_column

    def on_mount(self) -> None:
        self._apply_theme()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.left_column.focus()
        self.recompare()

    def _render_theme(self) -> RenderTheme:
        make = getattr(self.app, "render_theme", None)
        if callable(make):
            return make()
        from tui.ui.theming import render_theme

        return render_theme(self.app.get_css_variables())

    def _apply_theme(self) -> None:
        theme = self._render_theme()
        for column in self._columns():
            column.set_render_theme(theme)
        if self.model is not None:
            self.query_one(CompareSummary).show(self.model.comparison, theme)

    def _theme_changed(self, _theme) -> None:
        self._apply_theme()

    # -- computing ----------------------------------------------------------------------

    def recompare(self) -> None:
        """Compare the current two articles again, in a worker thread."""
        self._generation += 1
        self.model = None
        self.current_row = None
        self.query_one("#left-title", Static).update(column_title(self.left))
        self.query_one("#right-title", Static).update(column_title(self.right))
        self.query_one(CompareSummary).show_message(
            f"Comparing {len(self.left.text):,} and {len(self.right.text):,} characters…"
        )
        for column in self._columns():
            column.clear()
            column.set_current_row(None)
        self.query_one("#compare-columns").loading = True
        known = {k: self.analyses[k] for k in (self.left.id, self.right.id) if k in self.analyses}
        self._compare(self.left, self.right, known, self._widths(), self._generation)

    def _widths(self) -> tuple[int, int]:
        return self.left_column.text_width, self.right_column.text_width

    @work(thread=True, exclusive=True, group="compare")
    def _compare(
        self,
        left: Article,
        right: Article,
        analyses: dict[str, ArticleAnalysis],
        widths: tuple[int, int],
        generation: int,
    ) -> None:
        """Analyse (when needed), compare, diff and lay out, all off the event loop."""
        try:
            if left.id not in analyses or right.id not in analyses:
                from tui.core.analysis.pipeline import analyze_corpus

                analyses.update(analyze_corpus([left, right]).articles)
            if get_current_worker().is_cancelled:
                return
            comparison = compare_articles(
                left, right, analyses.get(left.id), analyses.get(right.id)
            )
            model = build_model(comparison)
            layout = layout_columns(model, *widths)
        except Exception as error:  # a bad article must not take the view down
            self.app.call_from_thread(self._failed, generation, f"{type(error).__name__}: {error}")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(
                self._received, generation, model, analyses, Layout(widths, *layout)
            )

    def _failed(self, generation: int, reason: str) -> None:
        if generation != self._generation:
            return
        self.query_one("#compare-columns").loading = False
        self.query_one(CompareSummary).show_message(f"The comparison failed: {reason}")

    def _received(
        self,
        generation: int,
        model: CompareModel,
        analyses: dict[str, ArticleAnalysis],
        layout: Layout,
    ) -> None:
        if generation != self._generation:
            return
        self.analyses.update(analyses)
        self.model = model
        self.query_one("#compare-columns").loading = False
        self.query_one(CompareSummary).show(model.comparison, self._render_theme())
        self._show_layout(generation, layout, keep=False)
        if layout.widths != self._widths():
            self._relayout(keep=True)  # the terminal was resized meanwhile

    def _relayout(self, *, keep: bool) -> None:
        """Wrap both columns again for their widths: inline when small, else in a thread."""
        if self.model is None:
            return
        widths = self._widths()
        if len(self.model.rows) <= INLINE_ROWS:
            layout = Layout(widths, *layout_columns(self.model, *widths))
            self._show_layout(self._generation, layout, keep=keep)
        else:
            self._layout_in_thread(self.model, widths, keep, self._generation)

    @work(thread=True, exclusive=True, group="compare-layout")
    def _layout_in_thread(
        self, model: CompareModel, widths: tuple[int, int], keep: bool, generation: int
    ) -> None:
        layout = Layout(widths, *layout_columns(model, *widths))
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_layout, generation, layout, keep=keep)

    def _show_layout(self, generation: int, layout: Layout, *, keep: bool) -> None:
        if generation != self._generation or self.model is None:
            return
        left, right = self._columns()
        left.set_lines(self.model, layout.left, layout.tops, keep=keep)
        right.set_lines(self.model, layout.right, layout.tops, keep=keep)
        if keep and self.sync:
            right.scroll_to(y=left.scroll_y, animate=False, immediate=True)

    def on_compare_column_resized(self, event: CompareColumn.Resized) -> None:
        event.stop()
        if not self._relayout_pending:  # both columns report a resize: wrap once
            self._relayout_pending = True
            self.call_after_refresh(self._relayout_after_resize)

    def _relayout_after_resize(self) -> None:
        self._relayout_pending = False
        self._relayout(keep=True)

    def on_compare_column_scrolled(self, event: CompareColumn.Scrolled) -> None:
        event.stop()
        column = event.column
        if not self.sync or event.y != round(column.scroll_y):
            return  # stale: the column has moved on since
        other = self.right_column if column is self.left_column else self.left_column
        if round(other.scroll_y) != event.y:
            other.scroll_to(y=event.y, animate=False, immediate=True)

    # -- actions ------------------------------------------------------------------------

    def _focused_column(self) -> CompareColumn:
        focused = self.focused
        return focused if isinstance(focused, CompareColumn) else self.left_column

    def _move_difference(self, step: int) -> None:
        if self.model is None:
            return
        rows = self.model.differences
        if not rows:
            self.notify("No differences: every sentence is paired word for word.")
            return
        if self.current_row is None:
            # Start from what is on screen: the first difference from the top row on.
            top = self._focused_column().top_row() or 0
            later = [r for r in rows if r >= top] if step > 0 else [r for r in rows if r < top]
        elif step > 0:
            later = [r for r in rows if r > self.current_row]
        else:
            later = [r for r in rows if r < self.current_row]
        wrapped = rows[0] if step > 0 else rows[-1]
        target = (later[0] if step > 0 else later[-1]) if later else wrapped
        self.current_row = target
        for column in self._columns():
            column.set_current_row(target)
            column.scroll_to_row(target)

    def action_next_difference(self) -> None:
        self._move_difference(1)

    def action_previous_difference(self) -> None:
        self._move_difference(-1)

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        if self.sync:
            source = self._focused_column()
            other = self.right_column if source is self.left_column else self.left_column
            other.scroll_to(y=source.scroll_y, animate=False, immediate=True)
        self.notify("Scrolling in sync" if self.sync else "Columns scroll on their own")

    def action_swap(self) -> None:
        self.left_index, self.right_index = self.right_index, self.left_index
        self.recompare()

    def _next_index(self, side: str, step: int) -> int | None:
        current, other = (
            (self.left_index, self.right_index)
            if side == "left"
            else (self.right_index, self.left_index)
        )
        count = len(self.articles)
        for offset in range(1, count):
            candidate = (current + step * offset) % count
            if candidate != other:
                return candidate
        return None

    def action_replace(self, side: str, step: int) -> None:
        index = self._next_index(side, step)
        if index is None:
            self.notify("The corpus has no other article to compare.")
            return
        self._set_side(side, index)

    def _set_side(self, side: str, index: int) -> None:
        other = self.right_index if side == "left" else self.left_index
        if index == other:
            self.notify("That article is already on the other side: swapped instead.")
            self.action_swap()
            return
        if side == "left":
            self.left_index = index
        else:
            self.right_index = index
        self.recompare()

    def action_pick(self) -> None:
        side = self._focused_column().side
        current, other = (
            (self.left_index, self.right_index)
            if side == "left"
            else (self.right_index, self.left_index)
        )

        def chosen(index: int | None) -> None:
            if index is not None and index != current:
                self._set_side(side, index)

        picker = ArticlePicker(self.articles, side=side, current=current, other=other)
        self.app.push_screen(picker, chosen)

    def action_export(self) -> None:
        """Choose a format and a file, then write the comparison on screen to it."""
        if self.model is None:
            self.notify("The comparison is not ready yet.", timeout=3)
            return

        def written(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Comparison written to {path}", title="Exported", timeout=8)

        dialog = ExportDialog(self.model.comparison, theme=self.app.theme)
        self.app.push_screen(dialog, written)

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.dismiss()
        else:
            self.app.exit()
