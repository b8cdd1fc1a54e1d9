"""« Ce dernier rejette le plan »: a sentence opening on « the latter » has a subject.

French copy names two people in one sentence and takes up the second as the next
sentence's subject: « Le maire a reçu Paul X. Ce dernier rejette le plan. « … »,
estime-t-il ». The pronoun after is Paul X, the latest subject, though his name stands
as an object and the mayor's as the subject. This finds that subject for the pronoun
resolver, and for the sentence's subject itself: the person named last before the
demonstrative, of its gender.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker, _Tok

_LATTER = re.compile(
    r"(?:^|(?<=[.!?»]\s))(?P<word>Ce\s+dernier|Cette\s+dernière|Celui-ci|Celle-ci)"
    r"(?:\s*,[^,.!?«»\n]{1,60},)?\s+(?:[nl]['’]|ne\s|se\s|s['’])?[a-zà-ÿ]",
    re.MULTILINE,
)
"""The demonstrative opening a sentence, a clause set off by commas allowed, then the
lowercase word of its verb (« Ce dernier, joint mardi, assure »)."""

_REACH = 600
"""How far before the pronoun the sentence may open, and before it the name."""


def latter_subject(ctx: _Context, at: int) -> _Speaker | None:
    """The person the last « Ce dernier » / « Cette dernière » opening a sentence before
    ``at`` stands for, placed where the demonstrative stands."""
    if ctx.language != "fr":
        return None
    last = None
    for m in _LATTER.finditer(ctx.text, max(0, at - _REACH), at):
        if not ctx.in_quote(m.start()):
            last = m
    if last is None:
        return None
    who = latter_referent(ctx, last.start(), feminine=last["word"].startswith(("Cette", "Celle")))
    return None if who is None else _Speaker(who.name, who.label, last.start())


def opening_latter(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """The person a sentence's words ``toks`` opening on « Ce dernier » / « Cette
    dernière » stand for (« Cette dernière lui a dit : « … » »)."""
    return latter_named_by(ctx, toks) if len(toks) > 2 else None


def latter_named_by(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """The person « ce dernier » / « cette dernière » opening ``toks`` stands for (a
    sentence's subject, or an inverted verb's: « …, soutient ce dernier, qui … »)."""
    if len(toks) > 1 and toks[0].low in ("ce", "cette") and toks[1].low in _LATTER_WORDS:
        return latter_referent(ctx, toks[0].start, feminine=toks[0].low == "cette")
    return None


_LATTER_WORDS = frozenset(("dernier", "dernière"))

CONCERNED = frozenset(("interesse", "interessee"))
"""« l'intéressé(e) », folded: the person the story is about, named last before."""


def latter_referent(
    ctx: _Context, at: int, *, feminine: bool, floor: int | None = None
) -> _Speaker | None:
    """The person named last before the demonstrative opening a sentence at ``at``
    (and after ``floor``, by default a few sentences back) whose gender agrees with it."""
    for e in reversed(ctx.entities_in(max(0, at - _REACH) if floor is None else floor, at)):
        if e.label != "PER" or ctx.in_quote(e.start):
            continue
        gender = ctx.gender_of(e.canonical)
        if gender is None or (gender == "f") == feminine:
            return _Speaker(e.canonical, "PER", e.start)
    return None
