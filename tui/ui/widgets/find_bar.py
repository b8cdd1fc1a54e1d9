"""The find bar: a one-line input under the article, with a match counter."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label


class FindBar(Horizontal):
    """Collects a query as it is typed; Enter goes back to reading, Esc closes."""

    DEFAULT_CSS = """
    FindBar {
        height: 1;
        display: none;
        background: $panel;
    }
    FindBar.-active {
        display: block;
    }
    FindBar > Label {
        width: auto;
        padding: 0 1;
        color: $text-muted;
    }
    FindBar > Input, FindBar > Input:focus {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0;
        background: $panel;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close find", show=False),
    ]
    """Enter keeps the highlights and returns to the article; Esc clears them."""

    class QueryChanged(Message):
        """The user typed: the query is now ``query``."""

        def __init__(self, query: str) -> None:
            self.query = query
            super().__init__()

    class Closed(Message):
        """The user left the find bar; ``cleared`` when the find was abandoned."""

        def __init__(self, cleared: bool) -> None:
            self.cleared = cleared
            super().__init__()

    def compose(self) -> ComposeResult:
        yield Label("Find:")
        yield Input(placeholder="text (accents and case ignored)", id="find-input")
        yield Label("", id="find-count")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._return_to: Widget | None = None

    def open(self, return_to: Widget | None = None) -> None:
        """Show the bar and focus its input, keeping the previous query selected.

        Focus moves at once (not on the next tick) so fast typing after ``/`` lands in
        the input; ``return_to`` gets the focus back on Enter or Esc.
        """
        self._return_to = return_to
        self.add_class("-active")
        field = self.query_one(Input)
        self.screen.set_focus(field)
        field.select_all()

    def _give_back_focus(self) -> None:
        if self._return_to is not None:
            self.screen.set_focus(self._return_to)

    def set_count(self, count: int, current: int | None, query: str) -> None:
        """Show "3/12", or "no match"."""
        label = self.query_one("#find-count", Label)
        if not query:
            label.update("")
        elif count == 0:
            label.update("no match")
        else:
            position = "-" if current is None else str(current + 1)
            label.update(f"{position}/{count}")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._give_back_focus()
        self.post_message(self.Closed(cleared=False))

    def action_close(self) -> None:
        self.query_one(Input).value = ""
        self.remove_class("-active")
        self._give_back_focus()
        self.post_message(self.Closed(cleared=True))
