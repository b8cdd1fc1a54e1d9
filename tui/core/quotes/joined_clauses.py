"""Two clauses joined in one sentence, each with its own subject (« A finit par revenir
et B cède à nouveau »): which of the two a pronoun after the sentence stands for."""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.models import Entity
from tui.core.quotes.context import _Context, _Speaker
from tui.core.quotes.words import _CLAUSE_STOPS, _CONJUNCTIONS, _DETERMINERS, _PREPOSITIONS

_CLAUSE_JOINS = frozenset(("et", "and", "mais", "but", "while"))
_NOT_A_VERB = _PREPOSITIONS | _DETERMINERS | _CONJUNCTIONS | _CLAUSE_STOPS


def _acts(ctx: _Context, e: Entity) -> bool:
    """Whether a lower-case word that may be a verb follows a name (« Vautrin cède »)."""
    word = re.match(r"\s*([^\W\d_]+['’]?)", ctx.text[e.end : e.end + 30])
    return word is not None and word.group(1).islower() and word.group(1) not in _NOT_A_VERB


def coordinated_rival(
    ctx: _Context, ents: list[Entity], first: Entity, agrees: Callable[[_Speaker], bool]
) -> _Speaker | None:
    """« A finit par revenir et B cède à nouveau »: the subject of the clause joined
    after ``first``'s, when the article named it more often so far (its topic)."""
    for e in ents:
        if e.start <= first.end or e.canonical == first.canonical or e.label != first.label:
            continue
        before = ctx.text[max(0, e.start - 6) : e.start].split()
        if not before or before[-1].lower() not in _CLAUSE_JOINS or not _acts(ctx, e):
            continue
        who = _Speaker(e.canonical, e.label, e.start)
        if not agrees(who):
            continue
        seen = [m.canonical.split()[-1] for m in ctx.entities_in(0, first.start)]
        if seen.count(e.canonical.split()[-1]) > seen.count(first.canonical.split()[-1]):
            return who  # a surname alone counts for the whole name
    return None
