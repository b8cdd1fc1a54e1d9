"""Split a Markdown article into its YAML front matter and its body.

Front matter carries what the text itself cannot say reliably (title, outlet, date).
A broken header must never hide the article: on any problem the body still loads and
the problem comes back as a warning.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

# The fields newsreader reads from front matter or JSON objects.
META_FIELDS = ("title", "source", "date", "url", "author", "language")

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The metadata found in a header, the body after it, and what went wrong."""

    meta: dict[str, str]
    body: str
    warnings: tuple[str, ...] = field(default=())


def split_front_matter(text: str) -> FrontMatter:
    """Read a leading ``---`` YAML block; the body is everything after its closing line."""
    opening = _OPEN.match(text)
    if not opening:
        return FrontMatter({}, text)
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return FrontMatter({}, text, ("front matter is not closed by a '---' line; ignored",))
    body = text[closing.end() :]
    raw = text[opening.end() : closing.start()]
    try:
        data = _parse(raw)
    except _Unbuildable as exc:
        return FrontMatter({}, body, (f"front matter could not be read: {exc}; ignored",))
    except Exception as exc:  # yaml raises many error types; all mean "unreadable"
        return FrontMatter({}, body, (f"malformed front matter ignored: {_describe(exc)}",))
    if data is None:
        return FrontMatter({}, body)
    if not isinstance(data, dict):
        kind = type(data).__name__
        return FrontMatter({}, body, (f"front matter is a {kind}, not a mapping; ignored",))
    return FrontMatter(clean_meta(data), body)


class _Unbuildable(ValueError):
    """YAML that parses but holds a value that cannot be built (``!!timestamp 'nope'``)."""


# What PyYAML's constructors raise on a well-formed but impossible value.
_BUILD_ERRORS = (ValueError, TypeError, AttributeError, OverflowError, RecursionError)


def _parse(raw: str) -> object:
    """The YAML document in ``raw`` (safe tags only); an impossible value raises
    :class:`_Unbuildable` naming it, a syntax error the YAML error."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError:
        raise
    except _BUILD_ERRORS as exc:
        raise _Unbuildable(_culprit(raw) or " ".join(str(exc).split())) from exc


def _culprit(raw: str) -> str | None:
    """Which scalar could not be built, and where: found by building each on its own."""
    import yaml

    try:
        root = yaml.compose(raw, Loader=yaml.SafeLoader)
    except Exception:  # the document built as a whole did compose; give up quietly
        return None
    pending = [root] if root is not None else []
    visited: set[int] = set()  # aliases share nodes, and may even refer to themselves
    while pending:
        node = pending.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(node)
            except _BUILD_ERRORS:
                kind = node.tag.rsplit(":", 1)[-1]
                value = node.value if len(node.value) <= 40 else node.value[:39] + "…"
                return f"{value!r} is not a valid {kind} (line {node.start_mark.line + 2})"
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            pending.extend(n for pair in reversed(node.value) for n in reversed(pair))
    return None


def _describe(exc: Exception) -> str:
    """A one-line reason, with the line number counted from the top of the file."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        # +2: the opening '---' line, and YAML counts lines from zero.
        return f"{problem} (line {mark.line + 2})"
    return " ".join(str(problem).split())


# Other names writers give a field; the field's own name wins when both are there.
FIELD_ALIASES = (("outlet", "source"), ("publisher", "source"), ("lang", "language"))


def clean_meta(data: dict[object, object]) -> dict[str, str]:
    """Keep the known fields, as non-empty strings (YAML dates become ISO dates); an
    ``outlet:`` or ``publisher:`` line names the source."""
    meta: dict[str, str] = {}
    for key in META_FIELDS:
        if (text := _field_text(data.get(key))) is not None:
            meta[key] = text
    for alias, key in FIELD_ALIASES:
        if key not in meta and (text := _field_text(data.get(alias))) is not None:
            meta[key] = text
    return meta


def _field_text(value: object) -> str | None:
    """A field's value as one line of text, or ``None`` when it holds none."""
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    return " ".join(str(value).split()) or None
