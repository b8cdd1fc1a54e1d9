"""Vim-style scrolling keys shared by every scrolling text widget."""

from __future__ import annotations

from textual.binding import Binding

VIM_SCROLL_BINDINGS: tuple[Binding, ...] = (
    Binding("j", "scroll_down", "Scroll down", show=False, id="scroll.down"),
    Binding("k", "scroll_up", "Scroll up", show=False, id="scroll.up"),
    Binding("g", "app.pressed_twice('scroll_home')", "Top (g g)", show=False, id="scroll.top"),
    Binding("G", "scroll_end", "Bottom", show=False, id="scroll.bottom"),
    Binding("space", "page_down", "Page down", show=False, id="scroll.page_down"),
    Binding("b", "page_up", "Page up", show=False, id="scroll.page_up"),
)
"""On top of the arrows, Home/End and PageUp/PageDown that Textual already binds; g g
(pressed twice in a row) goes to the top, as in Vim. The ids let a keymap rebind them."""
