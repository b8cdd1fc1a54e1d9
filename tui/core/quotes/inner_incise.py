"""A speaker named by an incise the writer set inside the quotation marks.

French press often keeps its incise inside the marks and lets a long apposition follow
it: « Elle ne parlait pas beaucoup, se rappelle le peintre X, 88 ans, qui a partagé
son atelier. Elle fumait… ». The marks stay one quotation (splitting it would cut the
speaker's apposition into the speech), and the incise names its speaker.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker
from tui.core.quotes.inverted import noun_phrase_after
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.tokens import _window_tokens

_INNER = re.compile(
    r",\s+(?:(?:a|avait)\s+|se\s+|s['’](?:est\s+)?)?(?P<verb>[^\W\d_]+)\s+"
    r"(?:(?:le|la|l['’])\s*(?:[^\W\d_][\w-]*\s+){1,3}?)?(?=[^\W\d_])"
)
"""A comma, a verb (reflexive, compound or not), then an optional article and role
words (« , a indiqué le capitaine X. »)."""

_RESUMING = frozenset(("reprend", "reprit", "relance", "enchaîne"))
"""Verbs that report words only in an incise: someone takes the floor again."""

_ROLE_ALONE = re.compile(
    r"(?P<role>(?:le|la|l['’])\s*[^\W\d_][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,2}?)\s*[.,]"
)
"""A role standing alone after the verb, up to the comma or full stop that ends the
incise (« , reprend la juge. Or … »)."""


def inner_incise_speaker(ctx: _Context, k: int) -> _Speaker | None:
    """The person an incise inside quotation ``k`` names right after its verb of saying:
    a name followed by a comma or a full stop, as an apposition or the sentence's end."""
    _, start, end, _ = ctx.spans[k]
    for m in _INNER.finditer(ctx.text, start, end):
        verb = m.group("verb")
        if not verb.islower() or not (is_speech_verb(verb, "fr") or verb in _RESUMING):
            continue
        person = ctx.entity_at(m.end())
        if person is None or person.label != "PER" or person.start != m.end():
            role = _ROLE_ALONE.match(ctx.text, m.end("verb") + 1, end)
            who = _role_meant(ctx, role.start("role"), role.end("role")) if role else None
            if who is not None:
                return who
            continue
        if ctx.text[person.end : person.end + 1] in (",", "."):
            return _Speaker(person.canonical, "PER", person.start)
    return None


def _role_meant(ctx: _Context, start: int, end: int) -> _Speaker | None:
    """The person a role in an incise stands for, when it names one."""
    if any(e.label != "PER" for e in ctx.entities_in(start, end)):
        return None
    words = _window_tokens(ctx.text, start, end)  # inside the marks: read as written
    who = noun_phrase_after(ctx, words, start, inverted=True)
    return who if who is not None and who.label == "PER" and who.name else None
