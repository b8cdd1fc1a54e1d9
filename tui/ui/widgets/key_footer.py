"""A footer that shows its key hints from the first frame and rebuilds only on change.

Textual's :class:`~textual.widgets.Footer` starts empty and fills in when the screen
first reports its bindings, after the first frame; it then removes and mounts all
its keys again every time the bindings are reported, which happens whenever focus
moves. Each rebuild restyles and lays out the footer's keys and repaints the
screen. This footer composes its keys at once and rebuilds only when what it shows
(keys, labels, enabled state) differs from what it drew.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Footer with its hints in the first frame; a move of focus that leaves the hints
    as they are costs nothing."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.set_reactive(Footer._bindings_ready, True)
        self._drawn: tuple[object, ...] | None = None

    def hints(self, screen: Screen) -> tuple[object, ...]:
        """Everything about ``screen``'s bindings that the footer's keys show."""
        palette = self.app.COMMAND_PALETTE_BINDING
        shown = [
            (key, binding, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in screen.active_bindings.items()
            if binding.show or key == palette
        ]
        return tuple(
            (key, b.action, b.description, b.key_display, b.group, enabled, tooltip)
            for key, b, enabled, tooltip in shown
        )

    def compose(self) -> ComposeResult:
        self._drawn = self.hints(self.screen)
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and self.hints(screen) == self._drawn:
            return
        super().bindings_changed(screen)
