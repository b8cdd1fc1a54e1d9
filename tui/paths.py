"""Every filesystem location newsreader uses, in one place.

Bundled data (the sample ``seeds/`` and the ``themes/``) ships inside the installed
package as ``tui/_bundled/``; a source checkout uses the repository folders instead.
User files follow the XDG base directories. ``NEWSREADER_HOME`` puts all user
directories under one folder, so tests never touch a real home. Nothing here creates
a directory except :func:`ensure_dir`.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsreader"
HOME_ENV = "NEWSREADER_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED_DIR = _PACKAGE_DIR / "_bundled"
_CHECKOUT_DIR = _PACKAGE_DIR.parent


def bundled_seeds_dir() -> Path:
    """The sample articles shipped with newsreader."""
    return _bundled("seeds")


def bundled_themes_dir() -> Path:
    """The themes shipped with newsreader."""
    return _bundled("themes")


def _bundled(name: str) -> Path:
    installed = _BUNDLED_DIR / name
    if installed.is_dir():
        return installed
    return _CHECKOUT_DIR / name


def config_dir() -> Path:
    """User configuration: ``$XDG_CONFIG_HOME/newsreader`` (``~/.config/newsreader``)."""
    return _user_dir("config", "XDG_CONFIG_HOME", ".config", "APPDATA")


def user_themes_dir() -> Path:
    """Where user themes (``*.yaml``) are looked for."""
    return config_dir() / "themes"


def config_file() -> Path:
    """The settings file (the chosen theme and other preferences)."""
    return config_dir() / "config.yaml"


def keymap_file() -> Path:
    """The user's key bindings (binding id → keys), beside the settings file."""
    return config_dir() / "keymap.yaml"


def data_dir() -> Path:
    """User data: ``$XDG_DATA_HOME/newsreader`` (``~/.local/share/newsreader``)."""
    return _user_dir("data", "XDG_DATA_HOME", ".local/share", "LOCALAPPDATA")


def cache_dir() -> Path:
    """Disposable data such as indexes: ``$XDG_CACHE_HOME/newsreader``."""
    return _user_dir("cache", "XDG_CACHE_HOME", ".cache", "LOCALAPPDATA")


def parsed_yaml_cache() -> Path:
    """Theme files and config.yaml as last parsed, so unchanged ones are not parsed again."""
    return cache_dir() / "parsed-yaml.json"


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if missing, and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def _user_dir(kind: str, xdg_var: str, default: str, windows_var: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser() / kind
    base = os.environ.get(xdg_var, "")
    # The XDG spec says relative values are invalid and must be ignored.
    if base and os.path.isabs(base):
        return Path(base) / APP_NAME
    if os.name == "nt" and os.environ.get(windows_var):
        root = Path(os.environ[windows_var]) / APP_NAME
        return root / kind if kind == "cache" else root
    return Path.home() / default / APP_NAME
