"""The reader's keys: one list, with the ids a keymap file rebinds them by, and what
they do (:class:`ReaderActions`, mixed into the reader screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

from tui.ui.binding_ids import with_ids
from tui.ui.reader_toggles import remember_toggle
from tui.ui.screens.reader_corpus import CorpusUpdates

if TYPE_CHECKING:
    from tui.ui.reader_marks import ComparisonMarks

_KEYS: list[BindingType] = [
    Binding("question_mark,f1", "app.help", "Help", key_display="?"),
    Binding("q", "app.quit", "Quit"),
    Binding(
        "J,right_square_bracket",
        "next_article",
        "Next",
        key_display="J",
        tooltip="Next article",
    ),
    Binding(
        "K,left_square_bracket",
        "previous_article",
        "Prev",
        key_display="K",
        tooltip="Previous article",
    ),
    Binding("slash", "find", "Find", key_display="/"),
    Binding("m", "mark", "Compare", tooltip="Mark to compare (a second mark compares)"),
    Binding(
        "F", "filter", "Filter", key_display="F", tooltip="Only the articles naming the entity"
    ),
    Binding("f", "toggle_furniture", "Furniture"),
    Binding("E", "entity_panel", "Entity panel", key_display="E", show=False),
    Binding("U", "quote_panel", "Quote panel", key_display="U", show=False),
    Binding("x", "toggle_read", "Read/unread", show=False),
    Binding("s", "toggle_star", "Star", show=False),
    Binding("v", "cycle_view", "View all/unread/★", key_display="v", show=False),
    Binding("r", "reload", "Reload", show=False),
    Binding("O", "overview", "Corpus overview", key_display="O", show=False),
    Binding("n", "next_match", "Next match", show=False),
    Binding("N", "previous_match", "Previous match", show=False),
    Binding("e", "toggle_entities", "Entity highlights", show=False),
    Binding("u", "toggle_quotes", "Quote highlights", show=False),
    Binding("escape", "back", "Clear highlights and marks / back to article", show=False),
]
"""Article-level keys; they work whichever pane has focus, and the footer shows the
first eight, which fit an 80-column terminal (help first: it lists the rest). Lower-case
e/u switch a highlight layer, upper-case E/U open its panel; F filters the sidebar
by the entity chosen in the entity panel (F again clears); m marks the open
article, a second mark opens the comparison. x flips read/unread, s the star, v
cycles the sidebar between all, unread and starred articles; r reloads the files."""
READER_BINDINGS = with_ids("reader", _KEYS)  # ids for keymap.yaml (tui.ui.keymap)


class ReaderActions(CorpusUpdates):
    """What the reader's keys do; each action acts on the part of the screen it names
    (the layers, the find bar, the panels, the marks, the loader, the reading state)."""

    marks: ComparisonMarks

    def action_toggle_entities(self) -> None:
        remember_toggle(self, "entities", self.highlights.toggle("entities"))
        self.highlights.apply(self.body)
        self.show_legend()

    def action_toggle_quotes(self) -> None:
        remember_toggle(self, "quotes", self.highlights.toggle("quotes"))
        self.highlights.apply(self.body)
        self.show_legend()

    async def action_find(self) -> None:
        await self.pane.open_find()

    def action_next_match(self) -> None:
        self.body.next_match(1)

    def action_previous_match(self) -> None:
        self.body.next_match(-1)

    def action_toggle_furniture(self) -> None:
        show = not self.body.show_furniture
        self.body.set_show_furniture(show)
        remember_toggle(self, "furniture", show)
        self.pane.furniture_toggled()
        self.notify("Page furniture shown (dimmed)" if show else "Page furniture hidden")

    def action_back(self) -> None:
        """Esc: close the find bar and clear a highlight, else clear the marks."""
        if not self.pane.close_find() and self.marks.marked:
            self.marks.set([])
        self.body.focus()

    def action_entity_panel(self) -> None:
        self._toggle_panel("entities")

    def action_quote_panel(self) -> None:
        self._toggle_panel("quotes")

    def _toggle_panel(self, which: str) -> None:
        is_open = self.side.toggle(which)
        self.set_class(is_open, "-panel-open")
        if not is_open:
            self.body.focus()

    def action_filter(self) -> None:
        """``F``: narrow the sidebar to the chosen entity, or clear the filter."""
        if self.sidebar.entity_filter is not None:
            self.sidebar.filter_by_entity(None, self.index)
            return
        name = self.side.chosen_entity()
        if name is None:
            self.notify("Choose an entity in the entity panel (E) first, then press F.")
            return
        self.sidebar.filter_by_entity(name, self.index)

    def action_mark(self) -> None:
        self.marks.toggle(self.current_article)

    def action_toggle_star(self) -> None:
        self.keeper.toggle_star()

    def action_reload(self) -> None:
        self.loader.request_reload()
