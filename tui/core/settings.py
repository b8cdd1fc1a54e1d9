"""User settings in ``config.yaml``: read safely, written atomically.

The file is small and hand-editable. Reading never raises (a broken file means
defaults plus a message for the user, and the file is left as it is); writing goes
through a temporary file and a rename so a crash never leaves half a config behind.
Keys this version does not know are kept, so a newer or older newsreader sharing the
file does not lose them. A file that could not be read is never written over: the
first save after it sets it aside under a free name, so the user's text survives.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class Settings:
    """What newsreader remembers between runs."""

    theme: str | None = None
    #: The reader's on/off toggles as last left ("entities", "quotes", "furniture").
    reader: dict[str, bool] = field(default_factory=dict)
    #: The reader's sidebar as last left: ``width`` (columns) and ``sort`` (an order).
    sidebar: dict[str, int | str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    #: The file exists but was not loaded: set it aside before writing a new one.
    unreadable: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the mapping to write, unknown keys included."""
        data = dict(self.extra)
        if self.theme is not None:
            data["theme"] = self.theme
        if self.reader:
            data["reader"] = dict(self.reader)
        if self.sidebar:
            data["sidebar"] = dict(self.sidebar)
        return data


def load_settings(path: Path, *, cache: Path | None = None) -> tuple[Settings, str | None]:
    """Read ``path``; return the settings and a problem description, or ``None``.

    A missing file is not a problem: it gives the defaults (and costs no YAML import,
    which matters on the way to the first frame). With ``cache`` (see
    :mod:`tui.core.yaml_cache`), a file unchanged since it was last read is not parsed
    again either.
    """
    from tui.core.yaml_cache import YamlDocuments
    from tui.core.yamlfile import YamlProblem

    documents = YamlDocuments(cache)
    try:
        data = documents.load(path)
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError) as error:
        return Settings(unreadable=True), f"Cannot read {path}: {error}; using defaults"
    except YamlProblem as error:
        documents.save()
        return Settings(unreadable=True), f"{path}: {error}; using defaults"
    documents.save()
    if data is None:
        return Settings(), None
    if not isinstance(data, dict):
        return Settings(unreadable=True), f"{path} should hold a mapping; using defaults"
    extra = {
        str(key): value for key, value in data.items() if key not in ("theme", "reader", "sidebar")
    }
    found = data.get("reader")
    reader = (
        {str(k): v for k, v in found.items() if isinstance(v, bool)}
        if isinstance(found, dict)
        else {}
    )
    sidebar = _sidebar(data.get("sidebar"))
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problem = f"{path}: 'theme' should be a name; ignoring it"
        return Settings(extra=extra, reader=reader, sidebar=sidebar), problem
    return Settings(theme=theme, extra=extra, reader=reader, sidebar=sidebar), None


def _sidebar(found: object) -> dict[str, int | str]:
    """The sidebar entries of the right kinds (a width is a number, a sort a name)."""
    if not isinstance(found, dict):
        return {}
    kept: dict[str, int | str] = {}
    if isinstance(found.get("width"), int) and not isinstance(found.get("width"), bool):
        kept["width"] = found["width"]
    if isinstance(found.get("sort"), str):
        kept["sort"] = found["sort"]
    return kept


def save_settings(settings: Settings, path: Path) -> Path | None:
    """Write ``settings`` to ``path`` atomically, creating the directory if needed.

    Returns:
        Where an unreadable file found at ``path`` was set aside, else ``None``.

    Raises:
        OSError: when the directory or file cannot be written.
    """
    import yaml

    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(settings.to_dict(), allow_unicode=True, sort_keys=True)
    kept = _set_aside(path) if settings.unreadable else None
    settings.unreadable = False
    fd, tmp_name = tempfile.mkstemp(prefix=".config-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return kept


def _set_aside(path: Path) -> Path | None:
    """Rename ``path`` to the first free ``<name>.broken[-N]``; ``None`` if it is gone."""
    for attempt in range(1, 1000):
        suffix = ".broken" if attempt == 1 else f".broken-{attempt}"
        target = path.with_name(path.name + suffix)
        if target.exists() or target.is_symlink():
            continue
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        return target
    raise OSError(f"no free name to keep the unreadable {path} under")
