"""The help screen: every key binding, gathered from the classes that declare them.

Rows are read from the ``BINDINGS`` of the app, the screen the help was opened from
and the widgets on that screen (including what they inherit from Textual), so the
list cannot drift from the code, and ``?`` in the comparison lists the comparison's
keys, not the reader's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

_KEY_NAMES = {
    "escape": "Esc",
    "space": "Space",
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "enter": "Enter",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
}


def key_label(key: str) -> str:
    """A key as people write it: ``ctrl+q`` → ``Ctrl+Q``, ``question_mark`` → ``?``."""
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    if key.startswith("ctrl+"):
        rest = key[5:]
        return "Ctrl+" + (key_label(rest) if rest in _KEY_NAMES else rest.upper())
    return key.upper() if key.startswith("f") and key[1:].isdigit() else key


#: What the help calls the classes whose keys it lists (others: their name in words).
SECTION_NAMES = {
    "ReaderScreen": "Reader",
    "CompareScreen": "Comparison",
    "ArticleBody": "Article",
    "ArticleList": "Article list",
    "FindBar": "Find bar",
    "CompareColumn": "Column",
    "ArticlePicker": "Article picker",
    "EntityPanel": "Entity panel",
    "QuotePanel": "Quote panel",
}


def section_name(cls: type) -> str:
    """``CompareColumn`` → "Column"; an unlisted ``FooBar`` → "Foo bar"."""
    name = cls.__name__
    if name in SECTION_NAMES:
        return SECTION_NAMES[name]
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).split()
    return " ".join(words).capitalize()


def _own_bindings(cls: type) -> bool:
    """Whether newsreader's part of ``cls`` (not Textual's) declares key bindings."""
    return any(
        klass.__dict__.get("BINDINGS") and klass.__module__.startswith("tui.")
        for klass in cls.__mro__
    )


def sections_for(screen: Screen) -> list[tuple[str, type]]:
    """The classes whose keys work on ``screen``: the app's, the screen's, then each
    kind of newsreader widget on it that has keys of its own, in the order shown."""
    sections: list[tuple[str, type]] = [
        ("Everywhere", type(screen.app)),
        (section_name(type(screen)), type(screen)),
    ]
    seen: set[type] = set()
    for widget in screen.query("*"):
        cls = type(widget)
        if cls not in seen and _own_bindings(cls):
            seen.add(cls)
            sections.append((section_name(cls), cls))
    return sections


def binding_rows(
    sections: Iterable[tuple[str, type]], keymap: Mapping[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """``(where, keys, what)`` for each action bound in each class (and its bases),
    with the keys the user's ``keymap`` (binding id → keys) gives instead of the defaults.

    A row already given by an earlier section (the screen repeating the app's ``q``)
    is not listed again.
    """
    rows: list[tuple[str, str, str]] = []
    listed: set[tuple[str, str]] = set()
    for where, cls in sections:
        keys_by_action: dict[str, list[str]] = {}
        descriptions: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            for item in klass.__dict__.get("BINDINGS", []):
                binding = item if isinstance(item, Binding) else Binding(*item)
                if binding.action == "help_quit":  # Ctrl+C only explains how to quit
                    continue
                keys_given = (keymap or {}).get(binding.id or "", binding.key)
                for key in keys_given.split(","):
                    label = key_label(key.strip())
                    keys = keys_by_action.setdefault(binding.action, [])
                    if label not in keys:
                        keys.append(label)
                # The tooltip is the long form of a footer's short description.
                text = (
                    binding.tooltip
                    or binding.description
                    or binding.action.replace("_", " ").capitalize()
                )
                descriptions.setdefault(binding.action, text)
        for action, keys in keys_by_action.items():
            row = (" ".join(keys), descriptions[action])
            if row not in listed:
                listed.add(row)
                rows.append((where, *row))
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists every binding; any of Esc, q, ? or F1 closes it."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 90;
        max-width: 100%;
        height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
    ]
    """Close with the keys that opened it, Esc or q."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(title="Keys", expand=True, show_edge=False, box=None, padding=(0, 1))
        table.add_column("Where", style="dim", no_wrap=True)
        table.add_column("Keys", style="bold", no_wrap=True)
        table.add_column("Does")
        for where, keys, what in self.rows:
            table.add_row(Text(where), Text(keys), Text(what))
        with VerticalScroll():
            yield Static(table, id="help-table")
            yield Static(Text("Mouse: click an article, scroll with the wheel. Ctrl+P: commands."))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
