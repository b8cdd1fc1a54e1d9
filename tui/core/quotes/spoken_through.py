"""« Le gouvernement a réagi par la voix de sa porte-parole, X : « … » », "The council
responded through its spokeswoman, X: "…"": the words are the named voice's.

The lead-in's subject (a body, often unnamed) chooses to speak through someone, and
the text names that someone: the quotation is theirs, as it is after "its
spokeswoman, X, said". Only a person's name a few words after « par la voix de »,
"through" or « via » counts, in the sentence that opens the quotation.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context

_THROUGH = re.compile(r"\b(?:[Pp]ar\s+la\s+voix\s+(?:de|d['’]|du|des)|through|via)\s*")
_REACH = 45
"""Characters from « par la voix de » / "through" to the name: a possessive, a role."""
_ROLE = re.compile(r"[^,.;:!?«»“”\"]*,?\s*$")
"""What may stand between: a few words of role, then perhaps a comma."""


def voice_through(ctx: _Context, k: int) -> str | None:
    """The person quotation ``k``'s lead-in says its subject speaks through, if any."""
    text, opening = ctx.text, ctx.spans[k][0]
    line = ctx.line_start(opening)
    sentence = max(text.rfind(". ", line, opening) + 1, line)
    through = next(reversed(list(_THROUGH.finditer(text, sentence, opening))), None)
    if through is None or ctx.in_quote(through.start()):
        return None
    for e in ctx.entities_in(through.end(), min(opening, through.end() + _REACH)):
        if e.label != "PER":
            continue
        if _ROLE.fullmatch(text, through.end(), e.start) is None:
            return None
        tail = text[e.end : opening].strip()
        # « X, par la voix de son vice-président Y, a promis de « … » »: set off, too.
        before = text[max(0, through.start() - 4) : through.start()]
        set_off = tail.startswith(",") and before.rstrip().endswith(",")
        return e.canonical if tail in ("", ":", ",") or set_off else None
    return None
