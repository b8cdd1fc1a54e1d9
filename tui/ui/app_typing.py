"""The reader's one typed view of its app.

Widgets reach ``self.app``, which Textual types as a plain :class:`~textual.app.App`.
The reader always runs inside :class:`~tui.ui.app.NewsReaderApp`; this says so once,
so the rest of the reader reads ``settings``, ``render_theme()`` or ``notify_load``
with their real types instead of ``getattr`` or ``type: ignore``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.ui.app import NewsReaderApp


def newsreader_app(node: DOMNode) -> NewsReaderApp:
    """The app ``node`` runs in, typed as the newsreader app it always is."""
    return cast("NewsReaderApp", node.app)
