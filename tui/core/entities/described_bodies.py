"""« l'armée syrienne », « le ministère de l'Intérieur », « l'agence spatiale japonaise »:
a body French names by a common noun and what pins it down.

French writes such names in lowercase: the head is an ordinary noun (« armée »,
« ministère »), and a nationality adjective, a complement or a proper name (« le
comité Nobel », « l'université Rennes 2 ») makes it one body. The
recogniser learnt them as organisations, but the conventions that keep a name to its
capitalised words would cut them to « Intérieur » or drop them. An organisation the
recogniser found that opens on one of the heads below and runs past it is kept
whole, its article left out; nothing else becomes an entity here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.text import fold

Span = tuple[int, int, str]

HEADS = frozenset(
    fold(w)
    for w in """ministère armée gouvernement parlement marine aviation gendarmerie police
    agence flotte service office institut université académie observatoire diocèse
    hôpital collège lycée fédération confédération commission assemblée conseil
    église prison""".split()
)
"""Common nouns that head an organisation's name in French."""

_ARTICLE = re.compile(r"(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)\s*")


def with_described_bodies(
    text: str, spans: Sequence[Span]
) -> tuple[list[Span], set[tuple[int, int]]]:
    """``spans`` with each organisation headed by a lowercase body noun set past its
    article, and where those are (kept whole even in lowercase)."""
    out: list[Span] = []
    found: set[tuple[int, int]] = set()
    for start, end, label in spans:
        if label == "ORG":
            article = _ARTICLE.match(text, start, end)
            s = article.end() if article else start
            head = text[s:end].split(" ", 1)
            if len(head) == 2 and head[0].islower() and fold(head[0]) in HEADS:
                e = end
                while e > s and text[e - 1] in " ,.;:":
                    e -= 1
                out.append((s, e, label))
                found.add((s, e))
                continue
        out.append((start, end, label))
    return out, found
