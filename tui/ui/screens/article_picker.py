"""A small modal list of article titles, to choose what one side of a comparison shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.core.models import Article
from tui.ui.render import plain


class ArticlePicker(ModalScreen[int | None]):
    """Dismisses with the chosen article's index, or ``None`` when cancelled."""

    DEFAULT_CSS = """
    ArticlePicker {
        align: center middle;
    }
    ArticlePicker > Vertical {
        width: 80%;
        max-width: 100;
        height: auto;
        max-height: 80%;
        background: $surface;
        border: round $primary;
        padding: 0 1;
    }
    ArticlePicker Label {
        text-style: bold;
        color: $primary;
    }
    ArticlePicker OptionList {
        height: auto;
        max-height: 20;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]
    """Enter picks the highlighted article; Esc keeps the side as it is."""

    def __init__(
        self, articles: Sequence[Article], *, side: str, current: int, other: int | None = None
    ) -> None:
        super().__init__()
        self.articles = list(articles)
        self.side = side
        self.current = current
        self.other = other

    def _label(self, index: int, article: Article) -> Text:
        """The title, marked when the article is already on one of the sides."""
        mark = "▸ " if index == self.current else "= " if index == self.other else "  "
        return Text.assemble((mark, "bold"), plain(article.title or article.id))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Show on the {self.side} (▸ shown there now, = on the other side):")
            yield OptionList(
                *(Option(self._label(k, a), id=str(k)) for k, a in enumerate(self.articles)),
                id="picker-list",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self.current if 0 <= self.current < len(self.articles) else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
