"""The tree both side panels (entities, quotes) are built on.

They share a look (the surface colour, a one-cell margin, filling the panel's height)
and the reader's vertical keys, so a user moving from one panel to the other finds
the same keys and the same frame.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Tree

NodeData = TypeVar("NodeData")


class PanelTree(Tree[NodeData]):
    """A side panel's tree: fills the panel, j/k move like the arrows."""

    DEFAULT_CSS = """
    PanelTree {
        height: 1fr;
        background: $surface;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
    """j/k move the cursor like the arrows (Enter chooses, as in every tree)."""
