"""The reader's on/off toggles, remembered between sessions.

Entity highlights (``e``), quote highlights (``u``) and page furniture (``f``) come
back as the user last left them: they are kept in ``config.yaml`` under ``reader``
beside the theme. Saving is best effort: a read-only config folder costs a notice,
never the toggle itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.app import App

    from tui.ui.app import NewsReaderApp

#: The toggles and their value in a fresh install.
DEFAULTS = {"entities": True, "quotes": True, "furniture": True}


def saved_toggles(app: App) -> dict[str, bool]:
    """Every toggle's value: as saved, else its default (an app without settings: defaults)."""
    settings = getattr(app, "settings", None)
    saved = settings.reader if settings is not None else {}
    return {name: saved.get(name, default) for name, default in DEFAULTS.items()}


def remember_toggle(app: App, name: str, value: bool) -> None:
    """Save one toggle's new value in the settings file."""
    from tui.core.settings import save_settings

    reader_app = cast("NewsReaderApp", app)
    settings = getattr(reader_app, "settings", None)
    if settings is None or settings.reader.get(name, DEFAULTS[name]) == value:
        return
    settings.reader[name] = value
    try:
        save_settings(settings, reader_app.config_path)
    except OSError as error:
        app.notify(f"Could not save the setting: {error}", severity="warning")
