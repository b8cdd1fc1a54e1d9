"""A description the next sentence names: « La gardienne de l'équipe a qualifié ses
adversaires de « … ». Hope Solo, poursuivant sa déclaration, … ».

Short news copy sometimes describes a speaker first and names her only in the next
sentence, which carries on what she said, or at the head of the next paragraph when
the description closes its own (« …, a déclaré l'ancienne maire. » ¶ « Mme X, 52 ans,
a demandé … »). When the description stands for nobody
named before it in its paragraph, and the next sentence opens on one person's name
(of no other gender than the description's), that person is the speaker.
"""

from __future__ import annotations

import re

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context
from tui.core.quotes.role_gender import feminine_role, masculine_role

_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")
_HONORIFIC = re.compile(r"([^\W\d_]+)\.?\s+")


def named_next(ctx: _Context, open_mark: int, end: int, source: str | None) -> str | None:
    """The person the sentence after the quotation (opened at ``open_mark``, its words
    ending at ``end``) opens on, standing for the description ``source``, or ``None``."""
    if not source or noun_kind(source) != "person" or ctx.language != "fr":
        return None
    line, line_end = ctx.line_start(open_mark), ctx.line_end(open_mark)
    named_before = any(
        e.label == "PER" and not ctx.in_quote(e.start) for e in ctx.entities_in(line, open_mark)
    )
    if named_before:
        return None
    found = _SENTENCE_END.search(ctx.text, end, line_end)
    if found is not None:
        at = found.end()
    elif ctx.text[line_end : line_end + 2] == "\n\n":
        at = line_end + 2  # « …, a déclaré l'ancienne maire. » ¶ « X a ensuite … »
    else:
        return None
    honorific = _HONORIFIC.match(ctx.text, at)
    if honorific is not None and honorific.group(1).lower() in ABBREVIATED_TITLES:
        at = honorific.end()  # « M. », « Mme », « Me »: the title before the name
    person = ctx.entity_at(at)
    if person is None or person.label != "PER" or person.start != at:
        return None
    return person.canonical if _gender_fits(ctx, source, person.canonical) else None


def _gender_fits(ctx: _Context, source: str, name: str) -> bool:
    """Whether the description's noun (« gardienne », « entraîneur ») may name the
    person: its ending or the masculine the press keeps for men only."""
    head = source.split()[0]
    gender = ctx.gender_of(name)
    if gender == "m" and feminine_role("l'", head, "fr"):
        return False
    return not (gender == "f" and masculine_role("le", head, "fr"))
