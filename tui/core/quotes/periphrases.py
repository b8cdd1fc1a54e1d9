"""« le chef de la diplomatie belge »: an office named by a periphrasis.

News copy avoids repeating an office and names it a second way: the foreign minister
is « le chef de la diplomatie » or "the top diplomat", the prime minister « le chef du
gouvernement » or « le locataire de Matignon ». A reader knows the two name one
person; this ties the periphrasis to the one person the article introduced with the
plain office (« La ministre des Affaires étrangères, X, »).
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.speakers import role_links_in
from tui.core.text import fold

_PERIPHRASES = (
    (
        re.compile(r"chef(?:fe)? de la diplomatie\b|top diplomat\b"),
        re.compile(
            r"\baffaires etrangeres\b|\brelations exterieures\b|\bforeign (?:minister|secretary)"
            r"|\bminister (?:of|for) foreign affairs\b|^secretary of state\b"
        ),
    ),
    (
        re.compile(r"chef(?:fe)? du gouvernement\b|locataire de matignon\b|head of government\b"),
        re.compile(r"^premi(?:er|ere) ministre\b|^prime minister\b|^chanceli(?:er|ere)\b"),
    ),
)
"""Each periphrasis (folded) with the plain offices (folded) it stands for."""


def periphrasis_holder(ctx: _Context, body: list[_Tok], before: int) -> _Speaker | None:
    """The one person introduced before ``before`` with the office the role ``body``
    names by periphrasis, else ``None``."""
    phrase = fold(" ".join(t.text for t in body))
    offices = next((plain for said, plain in _PERIPHRASES if said.match(phrase)), None)
    if offices is None:
        return None
    people = [e for e in ctx.entities if e.label == "PER" and e.start < before]
    holders = {name for role, name in role_links_in(ctx.text, people) if offices.search(fold(role))}
    return _Speaker(holders.pop(), "PER", body[0].start) if len(holders) == 1 else None
