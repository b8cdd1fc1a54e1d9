"""Theme specs: YAML files → validated, frozen records, with failures collected.

A theme file names the application colours (what Textual needs) and newsreader's own
highlight variables (entities, quotes, search matches, comparison tints). This module
only parses and validates; turning a spec into a Textual theme happens in the UI, so
the core never imports Textual. Loading never raises: a broken file becomes a
``(path, reason)`` failure the app can show, and the other themes still load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.core.colors import is_color
from tui.core.yaml_cache import YamlDocuments
from tui.core.yamlfile import YamlProblem

#: Colours every theme must give (Textual's theme colours, ``boost`` aside).
REQUIRED_COLORS: tuple[str, ...] = (
    "primary",
    "secondary",
    "accent",
    "background",
    "surface",
    "panel",
    "foreground",
    "warning",
    "error",
    "success",
)
OPTIONAL_COLORS: tuple[str, ...] = ("boost",)

#: newsreader's own variables; a theme may omit some, the UI then derives them.
OUR_VARIABLES: tuple[str, ...] = (
    "entity-per",
    "entity-loc",
    "entity-org",
    "entity-misc",
    "quote",
    "quote-fragment",
    "speaker",
    "search-match",
    "shared",
    "unique",
    "furniture",
)

DEFAULT_THEME = "newsprint"

#: A CSS value longer than this is a mistake, and slow for Textual's tokenizer to refuse.
MAX_VARIABLE_LENGTH = 100

_NAME = re.compile(r"[a-z][a-z0-9-]*")


class ThemeError(ValueError):
    """A theme file that cannot be used; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    """A validated theme: Textual colours plus variables, all colour strings."""

    name: str
    dark: bool
    colors: Mapping[str, str]
    variables: Mapping[str, str] = field(default_factory=dict)
    source: str | None = None


@dataclass(slots=True)
class ThemeLoad:
    """What loading a set of theme files produced."""

    specs: dict[str, ThemeSpec] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)


def parse_theme(data: Any, *, source: str | None = None) -> ThemeSpec:
    """Validate one theme mapping (as read from YAML) into a :class:`ThemeSpec`.

    Raises:
        ThemeError: naming the first problem found, in words a theme author can act on.
    """
    if not isinstance(data, dict):
        raise ThemeError("expected a mapping with 'name', 'colors' and 'variables'")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name.strip()):
        raise ThemeError("'name' must be lowercase letters, digits and dashes")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError("'dark' must be true or false")
    colors = data.get("colors")
    if not isinstance(colors, dict):
        raise ThemeError("'colors' must be a mapping of colour names to colours")
    missing = [key for key in REQUIRED_COLORS if key not in colors]
    if missing:
        raise ThemeError(f"missing colours: {', '.join(missing)}")
    unknown = [str(key) for key in colors if key not in REQUIRED_COLORS + OPTIONAL_COLORS]
    if unknown:
        raise ThemeError(f"unknown colours: {', '.join(unknown)}")
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeError("'variables' must be a mapping of variable names to values")
    for key, value in colors.items():
        if not is_color(value):
            raise ThemeError(f"colour {key!r} has invalid value {value!r}")
    for key, value in variables.items():
        if not isinstance(key, str) or not _NAME.fullmatch(key):
            raise ThemeError(f"variable name {key!r} is not valid")
        if key in OUR_VARIABLES and not is_color(value):
            raise ThemeError(f"variable {key!r} has invalid colour {value!r}")
        if not isinstance(value, str | int | float):
            raise ThemeError(f"variable {key!r} must be a string")
        if len(str(value)) > MAX_VARIABLE_LENGTH:
            raise ThemeError(f"variable {key!r} is longer than {MAX_VARIABLE_LENGTH} characters")
    return ThemeSpec(
        name=name.strip(),
        dark=dark,
        colors={key: str(value).strip() for key, value in colors.items()},
        variables={key: str(value).strip() for key, value in variables.items()},
        source=source,
    )


def load_theme_file(path: Path, documents: YamlDocuments | None = None) -> ThemeSpec:
    """Read and validate one YAML theme file (its parsed form from ``documents`` when
    that cache holds it unchanged).

    Raises:
        ThemeError: when the file cannot be read, is not YAML, or is not a valid theme.
    """
    try:
        data = (documents or YamlDocuments(None)).load(path)
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeError(f"cannot read file: {error}") from error
    except YamlProblem as error:
        raise ThemeError(str(error)) from error
    return parse_theme(data, source=str(path))


def load_themes(directories: Iterable[Path | None], *, cache: Path | None = None) -> ThemeLoad:
    """Load every ``*.yaml``/``*.yml`` theme in ``directories``, later ones overriding.

    Missing directories are ignored. Never raises: bad files land in ``failures``.
    With ``cache`` (a JSON file, see :mod:`tui.core.yaml_cache`), files unchanged since
    they were last parsed are not parsed again; every theme is still validated.
    """
    result = ThemeLoad()
    documents = YamlDocuments(cache)
    for directory in directories:
        if directory is None or not directory.is_dir():
            continue
        try:
            files = sorted(
                p for p in directory.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file()
            )
        except OSError as error:
            result.failures.append((str(directory), f"cannot list directory: {error}"))
            continue
        for path in files:
            try:
                spec = load_theme_file(path, documents)
            except ThemeError as error:
                result.failures.append((str(path), str(error)))
                continue
            result.specs[spec.name] = spec
    documents.save()
    return result
