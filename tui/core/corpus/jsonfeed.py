"""Read the objects of a JSON or JSON Lines file, one bad object never costing the rest.

Exports and feeds come from scrapers and other tools, and sometimes carry things
Python's parser refuses as a whole: nesting thousands of levels deep (which exhausts
the recursion limit) or an integer longer than Python converts (a ``ValueError`` since
3.11). The first makes the file (or the JSON Lines line) unreadable, with that reason;
the second only costs the field that holds it.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field

from tui.core.corpus.frontmatter import clean_meta


class _TooLong:
    """Stands for an integer too long to convert, so only its field is lost."""

    def __repr__(self) -> str:
        return "<integer too long>"


_TOO_LONG = _TooLong()
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class Record:
    """One object of the file that has a text: its number (``None`` for a lone object),
    and the ``id`` it names itself by, if any (``newsreader analyze`` writes one)."""

    index: int | None
    text: str
    meta: dict[str, str]
    id: str | None = None


@dataclass(slots=True)
class Feed:
    """What a JSON file holds: its records, why it is unreadable, and warnings."""

    records: list[Record] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_feed(content: str, *, lines: bool) -> Feed:
    """The articles' records in ``content``, a JSON Lines feed when ``lines``."""
    feed = Feed()
    values: list[tuple[int | None, object]] = []
    if lines:
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                values.append((number, _parse(line)))
            except json.JSONDecodeError as exc:
                feed.warnings.append(f"line {number}: invalid JSON ({exc.msg})")
            except ValueError as exc:
                feed.warnings.append(f"line {number}: invalid JSON ({exc})")
        label = "line"
    else:
        try:
            data = _parse(content)
        except ValueError as exc:
            feed.error = f"invalid JSON: {exc}"
            return feed
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]  # our own `analyze` output loads back
        values = list(enumerate(data, start=1)) if isinstance(data, list) else [(None, data)]
        label = "item"
    for index, value in values:
        what = f"{label} {index}" if index is not None else "the object"
        record = _record(index, value, what, feed.warnings)
        if record is not None:
            feed.records.append(record)
    return feed


def _parse(text: str) -> object:
    """``json.loads``, with every failure a ``ValueError`` carrying a one-line reason."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc


def _parse_int(digits: str) -> int | _TooLong:
    try:
        return int(digits)
    except ValueError:  # more digits than sys.get_int_max_str_digits() allows
        return _TOO_LONG


def _record(index: int | None, value: object, what: str, warnings: list[str]) -> Record | None:
    """The record of one object, or ``None`` with a warning when it has no text."""
    if isinstance(value, dict):
        for key in [k for k, v in value.items() if v is _TOO_LONG]:
            del value[key]
            limit = sys.get_int_max_str_digits()
            warnings.append(
                f"{what}: field {key[:40]!r} left out (a number of more than {limit} digits)"
            )
    text = value.get("text") if isinstance(value, dict) else None
    if not isinstance(value, dict) or not isinstance(text, str) or not text.strip():
        warnings.append(f"{what} skipped: no 'text' string")
        return None
    meta = clean_meta(value)  # an "outlet" field names the source
    meta = {key: without_lone_surrogates(item) for key, item in meta.items()}
    own_id = value.get("id")
    own_id = " ".join(own_id.split())[:200] if isinstance(own_id, str) else ""
    return Record(
        index, without_lone_surrogates(text), meta, without_lone_surrogates(own_id) or None
    )


def without_lone_surrogates(text: str) -> str:
    """JSON can encode half of a surrogate pair; it cannot be printed or encoded."""
    return _SURROGATE.sub("\ufffd", text)
