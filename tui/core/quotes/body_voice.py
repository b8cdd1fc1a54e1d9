"""The named body a French « on » speaks for.

« Au ministère de la Culture, on indique que « … » »: the impersonal pronoun stands
for the people of the body the sentence opens on, and that body is the voice. Only a
body the article names counts: « À la préfecture, on indique » names none, and the
words stay unattributed. An inverted « -t-on » is read by the incise (``post_cues``),
where « à l'AFP » after it is whom « on » speaks to.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker

_AT_BODY = r"(?:[Aa]u|[Aa]ux|[ÀàAa] la|[ÀàAa] l['’]|[Cc]hez|[Dd]u côté d[eu](?: la| l['’])?)\s*"

_OPENING = re.compile(rf"(?:^|[.!?…»”]\s+|\n\s*){_AT_BODY}$")
"""« Au », « Chez », « Du côté de la » opening the sentence before the body's name."""

_ON_AFTER_BODY = re.compile(r"\s*,\s*on\b")


def named_body_voice(ctx: _Context, at: int) -> _Speaker | None:
    """The organisation the « on » at ``at`` speaks for, when its sentence opens at a
    body the article names; else None."""
    if re.match(r"[\w'’-]+-on\b", ctx.text[at:]):
        return None  # « précise-t-on »: the incise's reading, not this one
    for e in reversed(ctx.entities_in(max(0, at - 160), at)):
        then = _ON_AFTER_BODY.match(ctx.text, e.end)
        if e.label != "ORG" or then is None or then.end() != at + 2:
            continue
        if _OPENING.search(ctx.text, max(0, e.start - 24), e.start) is None:
            return None
        return _Speaker(e.canonical, "ORG", e.start)
    return None
