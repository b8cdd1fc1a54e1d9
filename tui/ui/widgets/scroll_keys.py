"""Vim-style scrolling keys shared by every scrolling text widget."""

from __future__ import annotations

from textual.binding import Binding

VIM_SCROLL_BINDINGS: tuple[Binding, ...] = (
    Binding("j", "scroll_down", "Scroll down", show=False),
    Binding("k", "scroll_up", "Scroll up", show=False),
    Binding("g", "scroll_home", "Top", show=False),
    Binding("G", "scroll_end", "Bottom", show=False),
    Binding("space", "page_down", "Page down", show=False),
    Binding("b", "page_up", "Page up", show=False),
)
"""On top of the arrows, Home/End and PageUp/PageDown that Textual already binds."""
