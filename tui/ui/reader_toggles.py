"""The reader's on/off toggles, remembered between sessions.

Entity highlights (``e``), quote highlights (``u``) and page furniture (``f``) come
back as the user last left them: they are kept in ``config.yaml`` under ``reader``
beside the theme. Saving is best effort: a read-only config folder costs a notice,
never the toggle itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.ui.app_typing import newsreader_app

if TYPE_CHECKING:
    from textual.dom import DOMNode

#: The toggles and their value in a fresh install.
DEFAULTS = {"entities": True, "quotes": True, "furniture": True}


def saved_toggles(node: DOMNode) -> dict[str, bool]:
    """Every toggle's value in the app ``node`` runs in: as saved, else its default."""
    saved = newsreader_app(node).settings.reader
    return {name: saved.get(name, default) for name, default in DEFAULTS.items()}


def remember_toggle(node: DOMNode, name: str, value: bool) -> None:
    """Save one toggle's new value in the settings file."""
    from tui.core.settings import save_settings

    app = newsreader_app(node)
    if app.settings.reader.get(name, DEFAULTS[name]) == value:
        return
    app.settings.reader[name] = value
    try:
        save_settings(app.settings, app.config_path)
    except OSError as error:
        app.notify(f"Could not save the setting: {error}", severity="warning")
