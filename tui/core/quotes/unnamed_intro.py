"""Someone a story brings in without a name, whom a later bare role stands for.

"A senior official, speaking on condition of anonymity, … the official said",
« Invité par le président de la cour, … a annoncé le président »: the role then is
that unnamed person (or bystander), never a person the article named with the same
role elsewhere.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context
from tui.core.text import fold

_INDEFINITE = {
    "fr": r"(?<![\w'’])(?:un|une)\s+(?!seule?\b)(?:[^\W\d_][\w'’-]*\s+){0,3}",
    "en": r"(?<![\w'’])(?:a|an|another|one)\s+(?!single\b)(?:[^\W\d_][\w'’-]*\s+){0,3}",
}
"""An indefinite article and up to three words; French « a » is the verb (« a été élu »).
« un seul médecin », "a single doctor" count a staff, they bring in nobody."""
_ONE_OF = {
    "fr": r"(?<![\w'’])(?:l['’])?(?:un|une) des\s+(?:[\w&'’.-]+\s+){0,4}",
    "en": r"(?<![\w'’])one of\s+(?:[\w&'’.-]+\s+){0,5}",
}
"""One of a group (« l'un des élus », "one of the company's top 20 shareholders"): the
plural head names that one person."""


def introduced_unnamed(ctx: _Context, head: str, before: int) -> bool:
    """Whether this or the previous paragraph introduced someone with ``head`` under an
    indefinite article and no name (« un haut responsable, sous couvert d'anonymat »,
    "a senior official"): « le responsable », "the official" then is that person."""
    lo = ctx.previous_paragraph(before)
    folded = fold(ctx.text[lo:before])
    indefinite = _INDEFINITE.get(ctx.language, _INDEFINITE["en"])
    one_of = _ONE_OF.get(ctx.language, _ONE_OF["en"])
    pattern = re.compile(
        f"{indefinite}{re.escape(head)}(?!\\w)|{one_of}{re.escape(head)}[sx](?!\\w)"
    )
    for m in pattern.finditer(folded):
        if ctx.in_quote(lo + m.start()):
            continue
        if _named_after(ctx, lo + m.end()) or _apposed_to_name(ctx, lo + m.start()):
            continue  # "a senior official, Ana Pardo,", "Ana Pardo, a professor": named
        if _SOUGHT.search(folded, max(0, m.start() - 30), m.start() + 1):
            continue  # "to hire a second midwife": someone wanted, no one met
        return True
    return False


_SOUGHT = re.compile(
    r"\b(?:hir(?:e|es|ed|ing)|recruit\w*|find|finding|need\w*|want\w*|seek\w*|become"
    r"|becoming|embauch\w*|recrut\w*|trouver|cherch\w*|devenir)\s+\S?$"
)
"""Verbs whose indefinite object is someone sought, not someone the story meets."""


def met_unnamed(ctx: _Context, head: str, before: int) -> bool:
    """Whether the article met this role earlier as someone acted on, with no name
    (« Invité par le président de la cour, … », then « a annoncé le président »): a
    bystander it never names, not the person it is about."""
    lo = max(0, before - 2000)
    pattern = re.compile(
        r"\b(?:par|devant|avec|by|before|with)\s+(?:le|la|l'|the)\s*" + re.escape(head) + r"(?!\w)"
    )
    for m in pattern.finditer(fold(ctx.text[lo:before])):
        end = lo + m.end()
        named = any(e.label == "PER" for e in ctx.entities_in(end, end + 25))
        if not ctx.in_quote(lo + m.start()) and not named:
            return True
    return False


def _apposed_to_name(ctx: _Context, pos: int) -> bool:
    """Whether the indefinite phrase at ``pos`` describes the person named right before
    it (« Anne Roc, une ancienne juge », "Dr. Ana Pardo, a cardiologist and professor")."""
    before = ctx.text[max(0, pos - 80) : pos].rstrip()
    if not before.endswith(","):
        return False
    end = max(0, pos - 80) + len(before) - 1
    named = ctx.entity_at(end - 1)
    return named is not None and named.label == "PER" and named.end == end


def _named_after(ctx: _Context, pos: int) -> bool:
    """Whether a person is named in apposition within the clause after ``pos`` (« un
    homme de 45 ans, Paul Durand, »), before the sentence ends."""
    end = min(ctx.line_end(pos), pos + 60)
    stop = re.search(r"[.!?;:«»]", ctx.text[pos:end])
    end = pos + stop.start() if stop else end
    for e in ctx.entities_in(pos, end):
        if e.label == "PER" and ctx.text[pos : e.start].rstrip().endswith(","):
            return True
    return False
