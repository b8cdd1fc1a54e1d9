"""Both sides of a comparison, level row for row: titles, columns, scrolling in step.

:class:`ComparePanes` owns what the two columns share: the comparison on show, its
layout for the columns' widths, the difference the user moved to and whether the
columns scroll together. Given two articles it compares, diffs and lays them out in a
worker thread (even two 1,000-sentence articles open without freezing the interface),
shows a loading indicator meanwhile, and posts :class:`ComparePanes.Compared` or
:class:`ComparePanes.Failed`, so the screen around it only keeps the summary and the
choice of articles. A resize wraps both columns again, in a thread when the
comparison is long.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from tui.core.compare.summary import compare_articles
from tui.core.models import Article, ArticleAnalysis
from tui.ui.compare_model import CompareModel, Layout, build_model, lay_out
from tui.ui.render import RenderTheme
from tui.ui.widgets.compare_column import CompareColumn, column_title

#: Comparisons with more rows than this are wrapped again in a thread after a resize.
INLINE_ROWS = 400


class ComparePanes(Horizontal):
    """The left and right article of a comparison side by side."""

    @dataclass
    class Compared(Message):
        """A comparison is on show; ``analyses`` holds both sides' (some newly made)."""

        panes: ComparePanes
        model: CompareModel
        analyses: dict[str, ArticleAnalysis]
        generation: int
        layout: Layout

        @property
        def control(self) -> ComparePanes:
            return self.panes

    @dataclass
    class Failed(Message):
        """The comparison could not be made; ``reason`` may quote an article."""

        panes: ComparePanes
        reason: str
        generation: int

        @property
        def control(self) -> ComparePanes:
            return self.panes

    @dataclass
    class _LaidOut(Message, bubble=False):
        """Both columns wrapped again, in a thread, for new widths."""

        generation: int
        layout: Layout
        keep: bool

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.model: CompareModel | None = None
        """The comparison on show (None while one is computed)."""
        self.current_row: int | None = None
        """The difference the user last moved to."""
        self.sync = True
        self._generation = 0
        self._relayout_pending = False

    def compose(self) -> ComposeResult:
        for side in ("left", "right"):
            with Vertical(id=f"{side}-pane", classes="compare-pane"):
                yield Static(id=f"{side}-title", classes="compare-title")
                yield CompareColumn(side, id=f"{side}-column")

    @property
    def left_column(self) -> CompareColumn:
        return self.query_one("#left-column", CompareColumn)

    @property
    def right_column(self) -> CompareColumn:
        return self.query_one("#right-column", CompareColumn)

    @property
    def columns(self) -> tuple[CompareColumn, CompareColumn]:
        return self.left_column, self.right_column

    @property
    def focused_column(self) -> CompareColumn:
        """The column with the focus, else the left one."""
        focused = self.screen.focused
        return focused if isinstance(focused, CompareColumn) else self.left_column

    def set_render_theme(self, theme: RenderTheme) -> None:
        for column in self.columns:
            column.set_render_theme(theme)

    # -- comparing ----------------------------------------------------------------------

    def compare(self, left: Article, right: Article, analyses: dict[str, ArticleAnalysis]) -> None:
        """Show ``left`` and ``right`` (their titles now, the rest once compared);
        ``analyses`` may hold either side's, else it is made in the worker."""
        self._generation += 1
        self.model = None
        self.current_row = None
        self.query_one("#left-title", Static).update(column_title(left))
        self.query_one("#right-title", Static).update(column_title(right))
        for column in self.columns:
            column.clear()
            column.set_current_row(None)
        self.loading = True
        widths = (self.left_column.text_width, self.right_column.text_width)
        self._compare(left, right, dict(analyses), widths, self._generation)

    @work(thread=True, exclusive=True, group="compare")
    def _compare(
        self,
        left: Article,
        right: Article,
        analyses: dict[str, ArticleAnalysis],
        widths: tuple[int, int],
        generation: int,
    ) -> None:
        """Analyse (when needed), compare, diff and lay out, all off the event loop.

        A side without an analysis is analysed the way the reader and the command
        line analyse, through the shared cache, so comparing it again is instant."""
        try:
            if left.id not in analyses or right.id not in analyses:
                from tui.core.service.analysis import AnalysisRequest, analyse_corpus

                found = analyse_corpus([left, right], AnalysisRequest(search=False))
                if found is not None:
                    analyses.update(found.corpus.articles)
            if get_current_worker().is_cancelled:
                return
            comparison = compare_articles(
                left, right, analyses.get(left.id), analyses.get(right.id)
            )
            model = build_model(comparison)
            layout = lay_out(model, widths)
        except Exception as error:  # a bad article must not take the view down
            reason = f"{type(error).__name__}: {error}"
            self.post_message(self.Failed(self, reason, generation))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.Compared(self, model, analyses, generation, layout))

    @on(Compared)
    def _compared(self, message: Compared) -> None:
        if message.generation != self._generation:
            message.stop()  # a comparison replaced since: nobody needs it
            return
        self.model = message.model
        self.loading = False
        self._show_layout(message.layout, keep=False)
        if message.layout.widths != self._widths():
            self._relayout(keep=True)  # the terminal was resized meanwhile

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        if message.generation != self._generation:
            message.stop()
            return
        self.loading = False

    # -- wrapping -----------------------------------------------------------------------

    def _widths(self) -> tuple[int, int]:
        return self.left_column.text_width, self.right_column.text_width

    def _relayout(self, *, keep: bool) -> None:
        """Wrap both columns again for their widths: inline when small, else in a thread."""
        if self.model is None:
            return
        if len(self.model.rows) <= INLINE_ROWS:
            self._show_layout(lay_out(self.model, self._widths()), keep=keep)
        else:
            self._layout_in_thread(self.model, self._widths(), keep, self._generation)

    @work(thread=True, exclusive=True, group="compare-layout")
    def _layout_in_thread(
        self, model: CompareModel, widths: tuple[int, int], keep: bool, generation: int
    ) -> None:
        layout = lay_out(model, widths)
        if not get_current_worker().is_cancelled:
            self.post_message(self._LaidOut(generation, layout, keep))

    @on(_LaidOut)
    def _laid_out(self, message: _LaidOut) -> None:
        if message.generation == self._generation:
            self._show_layout(message.layout, keep=message.keep)

    def _show_layout(self, layout: Layout, *, keep: bool) -> None:
        if self.model is None:
            return
        left, right = self.columns
        left.set_lines(self.model, layout.left, layout.tops, keep=keep)
        right.set_lines(self.model, layout.right, layout.tops, keep=keep)
        if keep and self.sync:
            right.scroll_to(y=left.scroll_y, animate=False, immediate=True)

    @on(CompareColumn.Resized)
    def _column_resized(self, event: CompareColumn.Resized) -> None:
        event.stop()
        if not self._relayout_pending:  # both columns report a resize: wrap once
            self._relayout_pending = True
            self.call_after_refresh(self._relayout_after_resize)

    def _relayout_after_resize(self) -> None:
        self._relayout_pending = False
        self._relayout(keep=True)

    # -- moving -------------------------------------------------------------------------

    @on(CompareColumn.Scrolled)
    def _column_scrolled(self, event: CompareColumn.Scrolled) -> None:
        event.stop()
        column = event.column
        if not self.sync or event.y != round(column.scroll_y):
            return  # stale: the column has moved on since
        other = self.right_column if column is self.left_column else self.left_column
        if round(other.scroll_y) != event.y:
            other.scroll_to(y=event.y, animate=False, immediate=True)

    def move_difference(self, step: int) -> None:
        """Bring the next (``step`` 1) or previous (-1) difference into view on both
        sides, starting from the top row on screen; past the last, wrap around."""
        if self.model is None:
            return
        rows = self.model.differences
        if not rows:
            self.notify("No differences: every sentence is paired word for word.")
            return
        if self.current_row is None:
            top = self.focused_column.top_row() or 0
            later = [r for r in rows if r >= top] if step > 0 else [r for r in rows if r < top]
        elif step > 0:
            later = [r for r in rows if r > self.current_row]
        else:
            later = [r for r in rows if r < self.current_row]
        wrapped = rows[0] if step > 0 else rows[-1]
        target = (later[0] if step > 0 else later[-1]) if later else wrapped
        self.current_row = target
        for column in self.columns:
            column.set_current_row(target)
            column.scroll_to_row(target)

    def toggle_sync(self) -> None:
        """Scroll the columns together or each on its own; back in sync, the other
        column joins the focused one."""
        self.sync = not self.sync
        if self.sync:
            source = self.focused_column
            other = self.right_column if source is self.left_column else self.left_column
            other.scroll_to(y=source.scroll_y, animate=False, immediate=True)
        self.notify("Scrolling in sync" if self.sync else "Columns scroll on their own")
