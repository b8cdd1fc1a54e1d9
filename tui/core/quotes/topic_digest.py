"""A digest of one person's answers, each led by its topic, is that person's.

« Morceaux choisis. ¶ Sur le score : « … » ¶ Sur son avenir : « … » », "Highlights.
¶ On the economy: “…” ¶ On her rival: “…”": press-conference and interview write-ups
set a series of paragraphs, each a topic then a colon then the answer, after a
paragraph that introduces the one who answers. No verb of saying stands anywhere:
the series shares one voice, given by any of its quotations a cue attributes, else
by the one person the paragraph before the series names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.quotes.context import _Context

_TOPIC = re.compile(
    r"(?:Sur|Concernant|Quant\s+à|À\s+propos\s+d[eu]s?|Au\s+sujet\s+d[eu]s?|On|About|Regarding)"
    r"\s[^.!?«»“”\"\n:]{1,80}:\s*$"
)
"""A topic lead-in ending on its colon (« Sur la crise supposée : », "On the budget:")."""


def topic_digest(ctx: _Context, k: int, settled: Sequence[str | None]) -> str | None:
    """The one voice of the topic-led series quotation ``k`` belongs to, if any."""
    if not _topic_led(ctx, k):
        return None
    first = k
    while first > 0 and _topic_led(ctx, first - 1):
        first -= 1
        if first < len(settled) and settled[first]:
            return settled[first]  # an answer of the series a cue attributed
    opening = ctx.spans[first][0]
    before = ctx.previous_paragraph(opening)
    people = {
        e.canonical
        for e in ctx.entities_in(before, ctx.line_start(opening))
        if e.label == "PER" and not ctx.in_quote(e.start)
    }
    return next(iter(people)) if len(people) == 1 else None


def _topic_led(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` is a paragraph of its own after a topic and a colon."""
    open_mark, _, _, close_mark = ctx.spans[k]
    line = ctx.line_start(open_mark)
    tail = ctx.text[close_mark + 1 : ctx.line_end(close_mark)]
    return _TOPIC.fullmatch(ctx.text, line, open_mark) is not None and not tail.strip(" .!?")
