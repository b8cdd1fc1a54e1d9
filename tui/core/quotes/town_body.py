"""« la Ville de Marseille »: a town's council named by the capitalised noun before it.

French news names a municipal body as « la Ville de X » or « la Mairie de X », where
the model finds only the place X. A later « la Ville », « la mairie » or « la
municipalité » is that council, and it speaks under that whole name.
"""

from __future__ import annotations

import re

from tui.core.models import Entity
from tui.core.quotes.context import _Context

_TOWN_NOUNS = frozenset(("ville", "mairie", "commune"))
_COUNCIL_OF = re.compile(r"\b(Ville|Mairie|Commune)\s+d(?:e\s+|['’])$")


def town_body(ctx: _Context, noun: str, before: int) -> Entity | None:
    """The last « Ville de X » (capitalised, X a place) named before ``before``, for a
    bare town noun (folded) that refers back to it."""
    if noun not in _TOWN_NOUNS:
        return None
    found = None
    for e in ctx.entities:
        if e.start >= before:
            break
        if e.label != "LOC" or ctx.in_quote(e.start):
            continue
        m = _COUNCIL_OF.search(ctx.text, max(0, e.start - 12), e.start)
        if m is not None and m.group(1).lower() == noun:
            name = ctx.text[m.start(1) : e.end]
            found = Entity(m.start(1), e.end, name, "ORG", " ".join(name.split()))
    return found
