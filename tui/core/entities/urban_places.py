"""« la place de la République », « l'autoroute A7 », « le 15e arrondissement de
Paris »: places of a town French names with a lowercase noun, kept whole.

A square, a street, a palace or a motorway is named by its common noun and a
proper name (« place de la Bastille », « rue de Rivoli »); the noun belongs to the
name, since « la République » alone is no place. The recogniser finds the proper
name only. A facility named after its town (« l'aéroport de Bruxelles », « la gare
de Khassan ») is the other way round: the name in it is the town, a place, and
the recogniser, which takes an airport for an organisation, is corrected. Nothing
here makes an entity of words the recogniser and the patterns below do not both
point to, except a road code after « autoroute » and a numbered district.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.span_edits import put_each

Span = tuple[int, int, str]

_NAME = r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:de\s+la|de|du|des|d['’])?\s*[A-ZÀ-Ý][\w’'-]*){0,3}"
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?"
_URBAN = re.compile(
    r"(?<![\w-])(?:place|rue|avenue|boulevard|quai|allée|impasse|square|esplanade"
    rf"|parvis|palais)\s+{_OF}({_NAME})"
)
"""A town's square, street or palace and its name."""
_ROAD = re.compile(r"(?<![\w-])autoroute\s+([AEN]\d{1,3})(?!\w)")
"""A motorway and its code (« l'autoroute A7 »)."""
_DISTRICT = re.compile(
    r"(?<!\w)\d{1,2}\s?(?:e|er|ème)\s+arrondissement(?:\s+de\s+([A-ZÀ-Ý][\w-]*))?"
)
"""A numbered district of a city (« le 15e arrondissement de Paris »)."""
_FACILITY = re.compile(
    r"(?:l['’]\s*)?(?:aéroport|aérodrome)(?:\s+international)?\s+(?:de\b\s*|d['’]\s*)"
)
"""An airport the recogniser read as a body: the town in its name is the place."""


def with_urban_places(text: str, spans: Sequence[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """``spans`` with each town place the recogniser found the name of made whole and a
    place, each airport reduced to its town, and where the whole places are."""
    out = [t for s in sorted(spans) if (t := _town_of_airport(text, s)) is not None]
    starts = {s for s, _, _ in out}
    places = []
    for pattern in (_URBAN, _ROAD, _DISTRICT):
        for match in pattern.finditer(text):
            named = match.group(1)
            seen = match.start() in starts or (named and match.start(1) in starts)
            if pattern is _ROAD or not named or seen:  # else « rue » before a person
                places.append((*match.span(), "LOC"))
    out, put = put_each(out, places)
    return out, {(a, b) for a, b, _ in put}


def _town_of_airport(text: str, span: Span) -> Span | None:
    """« aéroport de Bruxelles » read as a body: « Bruxelles », the place; the noun
    alone (« aéroport de », the town a span of its own) is nothing."""
    start, end, label = span
    facility = _FACILITY.match(text, start, end)
    if label != "ORG" or facility is None:
        return span
    return (facility.end(), end, "LOC") if facility.end() < end else None
