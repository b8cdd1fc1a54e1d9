"""Quotations chained in one sentence share a speaker.

« « A » et « B », a dit X »: the cue after the last one speaks for all; « la direction
indique que « A » et que « B » »: the subject before the first one does, when nothing
else named a speaker for the second.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context
from tui.core.quotes.labels import label_reason
from tui.core.quotes.opening import Attribution
from tui.core.text import fold

_TRANSLATED = re.compile(
    r"[^.!?«»“”\n]{0,80}\b(?:en|in)\s+(?:anglais|français|espagnol|allemand|italien|arabe"
    r"|portugais|néerlandais|russe|créole|wolof|lingala|swahili|English|French|Spanish"
    r"|German|Italian|Arabic|Portuguese|Dutch|Russian|Creole)\s*\(\s*",
    re.IGNORECASE,
)
"""An incise that names the language of the words before it, then opens a parenthesis
on their translation (« », a-t-elle lancé en anglais (« … ») »)."""
_GLOSSED = re.compile(
    r"[^.!?«»“”\n]{0,120},\s*(?:soit|c['’]est-à-dire|autrement dit|littéralement)\s*",
    re.IGNORECASE,
)
"""An incise, then « soit » handing over the same words in other words (« « … », a-t-il
lancé devant ses partisans, soit « … » »)."""

_CHAINED = frozenset(("", "et", "ou", "and", "or", "puis"))
_CHAINED_CLAUSES = frozenset(("et que", "et qu'", "ou que", "mais que", "and that", "but that"))
_SECOND_OBJECT = re.compile(r" (?:et|ou|and|or) (?:\w+ ){0,2}\w+ ?$")
"""Between two quotations, a second object of the same verb (« a salué « A » et un
livre « … » »): no verb, no comma, three words at the most after the conjunction."""


def share_along_chains(ctx: _Context, found: list[Attribution]) -> None:
    """Quotes chained in one sentence share a speaker: the cue after the last one (« A »
    et « B », a dit X), or the subject before the first one when the parse named it and
    nothing else did (« la direction … indique que « A » et que « B » »). A translation
    in parentheses after an incise naming the language (« « A », a-t-il dit en anglais
    (« B ») »), or after « soit », is the speaker's too."""
    spans = ctx.spans

    def between(k: int) -> str:
        gap = ctx.text[spans[k][3] + 1 : spans[k + 1][0]]
        return fold(gap).strip(" ,").replace("’", "'") if len(gap) < 20 else "…"

    for k in range(len(spans) - 2, -1, -1):
        if spans[k + 1][0] == spans[k][0]:
            continue
        if found[k][2] == "none" and found[k + 1][2] == "post" and between(k) in _CHAINED:
            if found[k][1] == "other" and label_reason(ctx, k) == "named":
                continue  # 'a report titled "Priced Out." "…," she said': a title
            found[k] = (found[k + 1][0], "speech", "post")
    for k in range(len(spans) - 1):
        first, second = found[k], found[k + 1]
        cued = first[2] == second[2] == "pre" and first[1] != "other"
        if cued and first[0] and second[0] is None and between(k) in _CHAINED_CLAUSES:
            found[k + 1] = (first[0], second[1], "pre")
        elif first[0] and _second_object(ctx, k, first, second):
            found[k + 1] = (first[0], "fragment", "pre")
    for k in range(1, len(spans)):
        said = found[k - 1]
        gap = ctx.text[spans[k - 1][3] + 1 : spans[k][0]]
        glossed = _TRANSLATED.fullmatch(gap) or _GLOSSED.fullmatch(gap)
        if found[k][0] is None and said[0] and said[1] == "speech" and glossed:
            found[k] = (said[0], "speech", said[2])  # the translation of words just said


def _second_object(ctx: _Context, k: int, first: Attribution, second: Attribution) -> bool:
    """Whether quotation ``k + 1``, in lowercase words and with no cue of its own, is a
    second object of the verb that reports quotation ``k``: the same speaker's words."""
    if first[1:] != ("fragment", "pre") or second[2] != "none":
        return False
    spans = ctx.spans
    gap = ctx.text[spans[k][3] + 1 : spans[k + 1][0]]
    opening = ctx.text[spans[k + 1][1] : spans[k + 1][1] + 1]
    return opening.islower() and _SECOND_OBJECT.fullmatch(gap) is not None
