"""The headline and the lead: where a story quotes words before it says whose they are.

News gives a few quoted words at the top ("Board warns of \"painful\" cuts", « selon un
responsable syndical ») and names the speaker further down, where the same words come
again with a cue. The top quotation is that speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.core.models import Quote, QuoteKind
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context

Attribution = tuple[str | None, QuoteKind, str]
"""A quote's speaker, its kind, and how the speaker was found ("none" when not)."""


def in_headline(ctx: _Context, pos: int) -> bool:
    """Whether ``pos`` lies in a headline: a first line that more text follows and
    that no full stop ends (a one-line text is a sentence, not a headline)."""
    if ctx.line_start(pos) != 0:
        return False
    end = ctx.line_end(pos)
    return end < len(ctx.text.rstrip()) and not ctx.text[:end].rstrip().endswith(".")


def in_lead(ctx: _Context, pos: int) -> bool:
    """Whether ``pos`` lies in the paragraph right after a headline."""
    first = ctx.line_end(0)
    if not in_headline(ctx, 0) or pos <= first:
        return False
    lead = first
    while lead < len(ctx.text) and ctx.text[lead] in " \t\r\n":
        lead += 1
    return ctx.line_start(pos) == lead


def said_in_body(
    ctx: _Context,
    k: int,
    speakers: Sequence[str | None],
    *,
    marks: str = " .,",
    later: bool = False,
) -> str | None:
    """The speaker (from ``speakers``, one per quotation) of another quotation holding
    the same words as quotation ``k`` at the top, ``marks`` stripped from its ends;
    with ``later``, only of a quotation after it."""
    key = words_key(ctx.text[ctx.spans[k][1] : ctx.spans[k][2]]).strip(marks)
    if len(key) < 5:
        return None  # "no rush", "reset" and « trier » are words enough; "oui" alone is not
    for j, speaker in enumerate(speakers):
        if j == k or not speaker or (later and j < k):
            continue
        body = words_key(ctx.text[ctx.spans[j][1] : ctx.spans[j][2]]).strip(marks)
        if _holds_words(body, key) or (body.count(" ") >= 3 and body in key):
            return speaker  # the headline may add a word: « un patrimoine à bout de souffle »
    return None


def _holds_words(text: str, words: str) -> bool:
    """Whether ``words`` stand whole in ``text`` (« tenir », not « maintenir »)."""
    return re.search(rf"(?<![\w'’]){re.escape(words)}(?!\w)", text) is not None


def words_key(s: str) -> str:
    """Case- and spacing-insensitive form of quoted words, for spotting repeats."""
    return " ".join(s.casefold().replace("’", "'").split())


def opening_from_body(
    ctx: _Context, quotes: list[Quote], settled: list[str | None], found: list[Attribution]
) -> list[Quote]:
    """``quotes`` with the headline's and the lead's quotations still without a speaker
    given the one their words have in the body, however the body's quotation got it
    (an incise, a lead-in, a turn). The headline's take it from any other quotation;
    the lead's only when a cue said someone spoke (a role the text leaves unnamed)
    and only from a later one: words the lead quotes with no cue are a label."""
    spans = ctx.spans
    for k, (open_mark, start, end, _) in enumerate(spans):
        if settled[k] is not None:
            continue
        if in_headline(ctx, open_mark):
            later = False
        elif in_lead(ctx, open_mark) and found[k][2] not in ("none", "list"):
            later = True
        else:
            continue
        body = said_in_body(ctx, k, settled, marks=" .,!?", later=later)
        if body is None:
            continue
        source = next((q.source for q in quotes if start <= q.start < end), None)
        if _may_stand_for(ctx, source, body):  # words the body quotes are someone's
            quotes = [
                replace(q, speaker=body, kind="speech" if q.kind == "speech" else "fragment")
                if start <= q.start < end
                else q
                for q in quotes
            ]
    return quotes


def _may_stand_for(ctx: _Context, description: str | None, name: str) -> bool:
    """Whether the speaker the top described (« un responsable syndical », « la
    direction ») may be ``name``: a person for a person, a body for a body."""
    kind = noun_kind(description or "")
    if kind is None:
        return True
    return ctx.is_person(name) == (kind == "person")
