"""The find bar: a one-line input under the article, with a match counter.

The same line tells where ``n``/``N`` are among places highlighted without typing
(an entity's mentions chosen in the panel, a palette hit): "Dmitri Peskov 2/8".
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
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
    FindBar.-active, FindBar.-position {
        display: block;
    }
    FindBar #find-position {
        display: none;
        width: 1fr;
    }
    FindBar.-position #find-position {
        display: block;
    }
    FindBar.-position > #find-label, FindBar.-position > Input,
    FindBar.-position > #find-count {
        display: none;
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
        yield Label("Find:", id="find-label")
        yield self._input
        yield self._count
        yield self._position

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._return_to: Widget | None = None
        # Made here, not in compose: a count can arrive between the bar's mount and
        # its children's, just after the first frame.
        self._input = Input(placeholder="text (accents and case ignored)", id="find-input")
        self._count = Label("", id="find-count")
        self._position = Label("", id="find-position")

    @property
    def query_text(self) -> str:
        """What is typed in the bar."""
        return self._input.value

    def open(self, return_to: Widget | None = None) -> None:
        """Show the bar and focus its input, keeping the previous query selected.

        Focus moves at once (not on the next tick) so fast typing after ``/`` lands in
        the input; ``return_to`` gets the focus back on Enter or Esc.
        """
        self._return_to = return_to
        self.remove_class("-position")
        self.add_class("-active")
        field = self._input
        self.screen.set_focus(field)
        field.select_all()

    def _give_back_focus(self) -> None:
        if self._return_to is not None:
            self.screen.set_focus(self._return_to)

    def show_count(self, count: int, current: int | None, query: str) -> None:
        """Show how many places the article highlights and which one is current.

        What was typed gets the find counter; anything else (an entity's mentions)
        is told on the same line instead of the input, until it is cleared.
        """
        typed = self.has_class("-active") and self._input.value == query
        if typed or not query:
            self.remove_class("-position")
            self.set_count(count, current, query)
        else:
            self.show_position(query, count, current)

    def show_position(self, label: str, count: int, current: int | None) -> None:
        """``label 2/8``, and the keys that move on; nothing when ``count`` is 0."""
        if not count:
            self.remove_class("-position")
            return
        position = "-" if current is None else str(current + 1)
        line = Text.assemble(
            (label, "bold"), f"  {position}/{count}", ("   n/N next/previous · Esc clears", "dim")
        )
        self._position.update(line)
        self.add_class("-position")

    def set_count(self, count: int, current: int | None, query: str) -> None:
        """Show "3/12", or "no match"."""
        label = self._count
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
