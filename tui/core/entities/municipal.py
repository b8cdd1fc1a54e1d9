"""A local government written as "the City of X".

English news names a council by its place: "the City of Cape Town said", "a contract
awarded by the City of Sydney", "the School District of Lancaster". The place alone is
found as a place, but the whole phrase is the body that acts, speaks and is sued. After
a preposition of place ("moved to the City of London") it stays the place.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

_BODY_OF = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Ii]ts own)\s+((?:School\s+)?(?:City|Town|County|Borough|Shire|"
    r"Municipality|District|Village|Township|Parish|Province)\s+of\s+)$"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|into|to|at|across|around|near|throughout|from|within)\s+$")


def with_municipal_bodies(text: str, found: list[Span]) -> list[Span]:
    """Each place written as "the City of <place>" widened into an organisation."""
    out: list[Span] = []
    for s, e, label in found:
        if label != "ORG":  # "the Town of Markham": never a person either
            m = _BODY_OF.search(text, max(0, s - 40), s)
            if m is not None and not _PLACE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                out.append((m.start(1), e, "ORG"))
                continue
        out.append((s, e, label))
    return out
