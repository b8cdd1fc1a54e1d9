"""A speaker named by an incise the writer set inside the quotation marks.

French press often keeps its incise inside the marks and lets a long apposition follow
it: « Elle ne parlait pas beaucoup, se rappelle le peintre X, 88 ans, qui a partagé
son atelier. Elle fumait… ». The marks stay one quotation (splitting it would cut the
speaker's apposition into the speech), and the incise names its speaker.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker
from tui.core.quotes.speech_verbs import is_speech_verb

_INNER = re.compile(
    r",\s+(?:(?:a|avait)\s+|se\s+|s['’](?:est\s+)?)?(?P<verb>[^\W\d_]+)\s+"
    r"(?:(?:le|la|l['’])\s*(?:[^\W\d_][\w-]*\s+){1,3}?)?(?=[^\W\d_])"
)
"""A comma, a verb (reflexive, compound or not), then an optional article and role
words (« , a indiqué le capitaine X. »)."""


def inner_incise_speaker(ctx: _Context, k: int) -> _Speaker | None:
    """The person an incise inside quotation ``k`` names right after its verb of saying:
    a name followed by a comma or a full stop, as an apposition or the sentence's end."""
    _, start, end, _ = ctx.spans[k]
    for m in _INNER.finditer(ctx.text, start, end):
        if not m.group("verb").islower() or not is_speech_verb(m.group("verb"), "fr"):
            continue
        person = ctx.entity_at(m.end())
        if person is None or person.label != "PER" or person.start != m.end():
            continue
        if ctx.text[person.end : person.end + 1] in (",", "."):
            return _Speaker(person.canonical, "PER", person.start)
    return None
