""" "The 28-year-old said": English news re-describes a person by age.

The age points back to the person the article gave it to ("Kim Park, 28," or "the
28-year-old Kim Park"), else to the person who last stood as the subject, nearby and
with nobody named since: the one the story is following.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.quotes.context import _after_preposition, _Context, _Speaker, _Tok
from tui.core.quotes.pronouns import _recent_subject

_AGED = re.compile(r"(\d{1,3})-year-old")


def aged_person(ctx: _Context, det: _Tok, body: list[_Tok]) -> _Speaker | None:
    """The person "the N-year-old" stands for, or ``None`` if the words are no age."""
    if ctx.language != "en" or len(body) != 1 or det.low != "the":
        return None
    aged = _AGED.fullmatch(body[0].low)
    if aged is None:
        return None
    given = _given_age(ctx, aged.group(1), det.start)
    if given is not None:
        return given
    subject = _recent_subject(ctx, det.start, ("PER",))
    if subject is None or subject.at < ctx.previous_paragraph(det.start):
        return None
    # Someone else named since, unless only as a complement ("walked from Mamelodi").
    people = {
        e.canonical
        for e in ctx.entities_in(ctx.line_start(subject.at), det.start)
        if e.label == "PER" and not ctx.in_quote(e.start) and not _after_preposition(ctx, e.start)
    }
    return _Speaker(subject.name, "PER", det.start) if people == {subject.name} else None


def _given_age(ctx: _Context, age: str, before: int) -> _Speaker | None:
    """The last person the text gave this age to, as an apposition or before the name."""
    after_name = re.compile(rf",\s*{age}\s*[,.]")
    before_name = re.compile(rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,2}}$")
    i = bisect_left(ctx.ent_starts, before) - 1
    while i >= 0:
        e = ctx.entities[i]
        i -= 1
        if e.label != "PER" or ctx.in_quote(e.start):
            continue
        if after_name.match(ctx.text, e.end) or before_name.search(
            ctx.text, max(0, e.start - 40), e.start
        ):
            return _Speaker(e.canonical, "PER", before)
    return None
