"""A comparison in any of its output formats, and written to a file.

The one renderer behind ``newsreader compare --format …`` and the comparison view's
export, so a file saved from the view is the one the command line would print for
the same comparison and theme. Writing goes through a temporary file beside the
target, so a failed write never leaves a half-written file in place of an old one.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path

from tui.core.compare.summary import Comparison, to_json

FORMATS = ("json", "markdown", "html")
"""The output formats, the command line's default first."""

SUFFIXES = {"json": ".json", "markdown": ".md", "html": ".html"}
"""The file name ending of each format."""

_UNSAFE_NAME = re.compile(r"[^\w.-]+")


class RefusedTheme(ValueError):
    """A theme whose file exists but was refused; ``reason`` says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"theme '{name}' was refused ({reason})")
        self.reason = reason


class UnknownTheme(LookupError):
    """A theme name that no theme file defines; ``names`` are the ones that exist."""

    def __init__(self, name: str, names: list[str]) -> None:
        super().__init__(f"unknown theme '{name}' (available: {', '.join(names) or 'none'})")
        self.names = names


def render_comparison(
    comparison: Comparison, fmt: str, palette: Mapping[str, str] | None = None
) -> str:
    """The comparison as JSON, Markdown or HTML (coloured from ``palette``)."""
    if fmt == "json":
        from tui.core.text import json_safe

        return json_safe(json.dumps(to_json(comparison), ensure_ascii=False, indent=2)) + "\n"
    from tui.core.compare.export import render_html, render_markdown

    if fmt == "markdown":
        return render_markdown(comparison)
    if fmt == "html":
        return render_html(comparison, palette)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def theme_palette(name: str, directories: Iterable[Path | None]) -> dict[str, str]:
    """The colours and variables of the theme ``name`` among the theme files in
    ``directories``, for the HTML export.

    Raises:
        RefusedTheme: when the file named after ``name`` was refused (bad YAML, bad colours).
        UnknownTheme: when no theme file there defines ``name``.
    """
    from tui.core.themes import load_themes

    loaded = load_themes(directories)
    spec = loaded.specs.get(name)
    if spec is None:
        for path, reason in loaded.failures:
            if Path(path).stem == name:
                raise RefusedTheme(name, reason)
        raise UnknownTheme(name, sorted(loaded.specs))
    return {**spec.colors, **spec.variables}


def default_file_name(comparison: Comparison, fmt: str) -> str:
    """A file name that says which two articles were compared, safe on any system."""
    stem = f"compare-{comparison.left.id}-{comparison.right.id}"
    stem = _UNSAFE_NAME.sub("_", stem).strip("._")[:120] or "comparison"
    return stem + SUFFIXES[fmt]


def free_path(path: Path) -> Path:
    """``path``, or the first of ``name-2.ext``, ``name-3.ext``… that does not exist."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def write_comparison(
    comparison: Comparison,
    fmt: str,
    path: str | os.PathLike[str],
    palette: Mapping[str, str] | None = None,
) -> Path:
    """Render and write the comparison to ``path`` (``~`` expanded); return the
    absolute path written.

    Raises:
        OSError: when the file cannot be written; an existing file is then unchanged.
    """
    target = Path(path).expanduser().absolute()
    text = render_comparison(comparison, fmt, palette)
    write_text_replacing(target, text)
    return target


def write_text_replacing(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` in UTF-8 through a temporary file in its folder.

    Raises:
        OSError: when ``target`` is a folder, or its folder is missing or unwritable.
            A file already there is then left as it was.
    """
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder", str(target))
    if target.is_symlink():
        target = target.resolve()  # replace what the link points at, keep the link
    if target.exists() and not target.is_file():  # a device or a pipe: write through
        with target.open("w", encoding="utf-8", newline="") as out:
            out.write(text)
        return
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    # 0o666 less the umask, as for any new file; an existing file keeps its mode.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
