"""The reader's keys: one list, with the ids a keymap file rebinds them by."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from tui.ui.binding_ids import with_ids

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
