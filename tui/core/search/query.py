"""What a search box query asks for: words, exact phrases, exclusions and field filters.

The palette and ``newsreader search`` read the same syntax, so it is parsed here, once:

- free words are found as usual (accents, case and typos forgiven);
- ``"grande victoire"`` (or ``“…”``, ``«…»``) must appear as that exact phrase;
- ``speaker:NAME``, ``entity:NAME``, ``source:OUTLET``, ``lang:fr``, ``date:2024-05-01``
  and ``date:2024-05-01..2024-05-31`` (either end may be left open) narrow the hits;
  a value with spaces is quoted (``source:"Le Monde"``);
- a leading ``-`` excludes a word, a phrase or a field (``-kirby``, ``-source:rfi``).

Parsing never raises: a value that cannot be understood (``date:hier``) is reported in
:attr:`Query.problems` and left out, and an unknown ``name:`` is ordinary text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.search.index import fold_text, tokens

FIELDS = {
    "speaker": "speaker",
    "entity": "entity",
    "source": "source",
    "outlet": "source",
    "lang": "lang",
    "language": "lang",
    "date": "date",
}
"""Field names a query may use, and the filter each one means."""

LANGUAGES = {"french": "fr", "francais": "fr", "english": "en", "anglais": "en"}

_QUOTES = {'"': '"', "“": "”", "”": "”", "«": "»", "„": "“"}
_FIELD = re.compile(r"([^\W\d_]+):")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")


@dataclass(frozen=True, slots=True)
class FieldFilter:
    """One ``field:value`` condition; ``value`` is folded (accents and case removed).

    For ``date`` the value is kept as typed and ``low``/``high`` bound the range
    (ISO prefixes, ``""`` for an open end).
    """

    field: str
    value: str
    negated: bool = False
    low: str = ""
    high: str = ""


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query. ``words`` holds every token to look up, phrase tokens included."""

    text: str = ""
    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    without_words: tuple[str, ...] = ()
    without_phrases: tuple[tuple[str, ...], ...] = ()
    filters: tuple[FieldFilter, ...] = ()
    problems: tuple[str, ...] = ()
    exact: frozenset[str] = frozenset()
    """Tokens typed only inside phrases: matched exactly, never by prefix or typo."""

    @property
    def narrows(self) -> bool:
        """True when something besides the words restricts the hits."""
        return bool(self.phrases or self.without_words or self.without_phrases or self.filters)

    @property
    def empty(self) -> bool:
        """True when the query asks for nothing at all (no word, no filter)."""
        return not self.words and not self.narrows

    def condition_key(self) -> tuple[object, ...]:
        """Everything but the words: two queries with the same key keep the same hits."""
        return (self.phrases, self.without_words, self.without_phrases, self.filters)


def parse_query(text: str) -> Query:
    """Parse ``text`` (see the module docstring); never raises."""
    words: list[str] = []
    loose: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    without_words: list[str] = []
    without_phrases: list[tuple[str, ...]] = []
    filters: list[FieldFilter] = []
    problems: list[str] = []
    for item, quoted, phrase in _items(text):
        negated = item.startswith("-") and len(item) > 1
        body = item[1:] if negated else item
        match = None if phrase else _FIELD.match(body)
        field = FIELDS.get(fold_text(match[1])) if match else None
        if match and field is not None:
            value = body[match.end() :]
            if not value.strip():
                continue  # still being typed
            found = _field_filter(field, value, negated)
            if isinstance(found, str):
                problems.append(f"{match[1]}:{value}: {found}")
            else:
                filters.append(found)
            continue
        found_tokens = tuple(tokens(fold_text(body)))
        if not found_tokens:
            continue
        if negated:
            if len(found_tokens) == 1:
                without_words.append(found_tokens[0])
            else:
                without_phrases.append(found_tokens)
            continue
        words.extend(found_tokens)
        if quoted:
            phrases.append(found_tokens)
        else:
            loose.update(found_tokens)
    return Query(
        text=text,
        words=tuple(words),
        phrases=tuple(phrases),
        without_words=tuple(without_words),
        without_phrases=tuple(without_phrases),
        filters=tuple(filters),
        problems=tuple(problems),
        exact=frozenset(t for p in phrases for t in p) - loose,
    )


def _items(text: str) -> list[tuple[str, bool, bool]]:
    """Split on spaces, keeping a quoted part (closed or not) inside its item.

    Returns ``(item, quoted, phrase)``: ``quoted`` says part of the item was in quotes,
    ``phrase`` that the quotes opened the item (after an optional ``-``), so it is no
    ``field:value`` even when it reads like one.
    """
    items: list[tuple[str, bool, bool]] = []
    current: list[str] = []
    quoted = phrase = False
    closing: str | None = None
    for ch in text:
        if closing is not None:
            if ch == closing or (closing == "”" and ch == '"'):
                closing = None
            else:
                current.append(ch)
            continue
        if ch in _QUOTES:
            closing = _QUOTES[ch]
            phrase = phrase or (not quoted and current in ([], ["-"]))
            quoted = True
            continue
        if ch.isspace():
            if current:
                items.append(("".join(current), quoted, phrase))
            current, quoted, phrase = [], False, False
            continue
        current.append(ch)
    if current:
        items.append(("".join(current), quoted, phrase))
    return items


def _field_filter(field: str, value: str, negated: bool) -> FieldFilter | str:
    """The filter for ``field:value``, or why the value cannot be used."""
    if field == "date":
        return _date_filter(value, negated)
    folded = " ".join(tokens(fold_text(value)))
    if not folded:
        return "expected letters or digits"
    if field == "lang":
        folded = LANGUAGES.get(folded, folded)
    return FieldFilter(field, folded, negated)


def _date_filter(value: str, negated: bool) -> FieldFilter | str:
    """``2024-05-01``, ``2024-05``, ``2024``, or a range ``A..B`` with an end left open."""
    low, dots, high = value.partition("..")
    if not dots:
        high = low
    if (not low and not high) or any(v and not _DATE.match(v) for v in (low, high)):
        return "expected a date such as 2024-05-01, 2024-05 or a range 2024-05-01..2024-05-31"
    return FieldFilter("date", value, negated, low, high)
