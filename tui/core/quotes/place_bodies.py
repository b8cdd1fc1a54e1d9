"""The body a noun makes of the place named after it: « la préfecture du Var ».

French names many public bodies by a noun and the place they serve; the place is an
entity, the noun is not. Where the text writes such a noun before a place, the two
together are the body, and the place only says which one.
"""

from __future__ import annotations

import re

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.words import BODY_BEFORE_PLACE


def body_before_place(text: str, start: int) -> re.Match[str] | None:
    """The article, body noun and « de » written right before the place at ``start``
    (« la préfecture des » before « Côtes-d'Armor »), when the noun names a body; the
    noun is group 1."""
    m = BODY_BEFORE_PLACE.search(text, max(0, start - 40), start)
    return m if m is not None and noun_kind(m[1]) == "body" else None
