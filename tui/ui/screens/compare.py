"""The side-by-side comparison of two articles of the corpus.

The screen chooses which two articles are compared (swapping them, stepping either
side through the corpus, picking one from a list) and keeps the summary above the
columns. :class:`~tui.ui.widgets.compare_panes.ComparePanes` compares, lays out and
scrolls the two columns, and tells the screen when a comparison is in or has failed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer

from tui.core.models import Article, ArticleAnalysis
from tui.ui.binding_ids import with_ids
from tui.ui.compare_model import CompareModel
from tui.ui.render import RenderTheme
from tui.ui.screens.article_picker import ArticlePicker
from tui.ui.screens.export_dialog import ExportCommand, ExportDialog
from tui.ui.widgets.compare_panes import ComparePanes
from tui.ui.widgets.compare_summary import CompareSummary

if TYPE_CHECKING:
    from tui.ui.app import NewsReaderApp


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

    def compose(self) -> ComposeResult:
        yield CompareSummary(id="compare-summary")
        yield ComparePanes(id="compare-columns")
        yield Footer()

    @property
    def left(self) -> Article:
        return self.articles[self.left_index]

    @property
    def right(self) -> Article:
        return self.articles[self.right_index]

    @property
    def panes(self) -> ComparePanes:
        return self.query_one(ComparePanes)

    @property
    def model(self) -> CompareModel | None:
        """The comparison on show, None while it is computed."""
        return self.panes.model

    def on_mount(self) -> None:
        self._apply_theme()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.panes.left_column.focus()
        self.recompare()

    def _render_theme(self) -> RenderTheme:
        return cast("NewsReaderApp", self.app).render_theme()

    def _apply_theme(self) -> None:
        theme = self._render_theme()
        self.panes.set_render_theme(theme)
        if self.model is not None:
            self.query_one(CompareSummary).show(self.model.comparison, theme)

    def _theme_changed(self, _theme) -> None:
        self._apply_theme()

    # -- comparing ----------------------------------------------------------------------

    def recompare(self) -> None:
        """Compare the current two articles again (in the panes' worker thread)."""
        self.query_one(CompareSummary).show_message(
            f"Comparing {len(self.left.text):,} and {len(self.right.text):,} characters…"
        )
        known = {k: self.analyses[k] for k in (self.left.id, self.right.id) if k in self.analyses}
        self.panes.compare(self.left, self.right, known)

    @on(ComparePanes.Compared)
    def _compared(self, message: ComparePanes.Compared) -> None:
        self.analyses.update(message.analyses)  # analysed once, however often compared
        self.query_one(CompareSummary).show(message.model.comparison, self._render_theme())

    @on(ComparePanes.Failed)
    def _failed(self, message: ComparePanes.Failed) -> None:
        self.query_one(CompareSummary).show_message(f"The comparison failed: {message.reason}")

    # -- actions ------------------------------------------------------------------------

    def action_next_difference(self) -> None:
        self.panes.move_difference(1)

    def action_previous_difference(self) -> None:
        self.panes.move_difference(-1)

    def action_toggle_sync(self) -> None:
        self.panes.toggle_sync()

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
        side = self.panes.focused_column.side
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
