"""An unnamed spokesperson speaks for the body they speak for.

"a council spokeswoman said", « un porte-parole de la mairie a indiqué »: the
person is not named, but the body is, somewhere in the article (« Hadleigh District
Council »), and the words are that body's. Only one body of the article may carry the
noun; otherwise the description stays the quote's source and the speaker is null.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _Speaker
from tui.core.quotes.words import _SPOKES_NOUNS
from tui.core.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def spokesperson_body(ctx: _Context, who: _Speaker) -> _Speaker:
    """The body an indefinite description speaks for: the description itself when it
    names a body, the one body of the article its spokesperson is of, else nobody."""
    name = who.name or ""
    words = [fold(w) for w in _WORD.findall(name)]
    if not any(w in _SPOKES_NOUNS for w in words):
        return who if noun_kind(name) == "body" else _Speaker(None, "NP", who.at)
    bodies = [w for w in words if w not in _SPOKES_NOUNS and noun_kind(w) == "body"]
    if not bodies:
        return _Speaker(None, "NP", who.at)
    noun = bodies[-1]
    named = {
        e.canonical
        for e in ctx.entities
        if e.label == "ORG"
        and fold(e.canonical) != noun  # "Council leader X": the noun, not a name
        and noun in {fold(w) for w in _WORD.findall(e.canonical)}
    }
    if len(named) != 1:
        return who  # "a police spokesman": described, the body unnamed
    return _Speaker(named.pop(), "ORG", who.at)


def body_spoken_for(ctx: _Context, at: int) -> _Speaker | None:
    """The body an unattached spokesperson speaks for: the last one named, not a person.

    The name must stand outside any quotation and not after a preposition; a name the
    extractor took for a person counts when it has already spoken for itself as a
    subject (``Halvorsen declined to comment.``) and no person's name came since.
    """
    i = bisect_left(ctx.ent_starts, at) - 1
    floor = at - 1500
    while i >= 0 and ctx.entities[i].start > floor:
        e = ctx.entities[i]
        i -= 1
        if ctx.in_quote(e.start) or e.label == "LOC":
            continue
        chez = ctx.text[max(0, e.start - 5) : e.start].lower().endswith("chez ")
        if _after_preposition(ctx, e.start) and not chez:  # « Chez X, on … » names X
            continue
        if e.label == "ORG":
            return _Speaker(e.canonical, "ORG", at)
        if e.label == "PER" and " " not in e.text and " " in e.canonical:
            # ``Halvorsen`` for *Halvorsen Shipping*: a short name of a longer one.
            return _Speaker(e.canonical, e.label, at) if e.text != e.canonical.split()[-1] else None
        return None
    return None


def issuer(ctx: _Context, at: int) -> _Speaker | None:
    """The body a bare document speaks for ("the ruling added" after "The court said
    in its ruling"): the last body quoted in this paragraph or the one before."""
    floor = ctx.previous_paragraph(at)
    for sp in reversed(ctx.speakers):
        if sp.at < floor:
            break
        if sp.at < at and sp.label == "ORG" and sp.name:
            return _Speaker(sp.name, "ORG", at)
    return None
