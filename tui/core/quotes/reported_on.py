"""Words quoted in the sentence right after a report are the reporter's.

« Le comité explique que la théorie permet d'analyser les contrats. Elle se donne
pour objectif de mettre au point de meilleurs contrats afin « d'élaborer de
meilleures institutions » »: news goes on reporting what the subject of « explique
que » said, in sentences of its own, and quotes a few of the reporter's words there.
The words are the reporter's when the sentence before, in the same paragraph, is a
report (a verb of saying, then « que » or "that") whose subject is a person or a
body, and the sentence that quotes them names no person or body of its own.
"""

from __future__ import annotations

from itertools import pairwise

from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.host_sentence import _sentence_bounds
from tui.core.quotes.sentence_subject import sentence_subject
from tui.core.quotes.speech_verbs import is_speech_verb

_THAT = frozenset(("que", "qu'", "qu’", "that"))
_REACH = 1500
"""How far back the report before may start: a paragraph may be a whole page long."""


def reported_before(ctx: _Context, k: int) -> str | None:
    """The reporter whose words quotation ``k`` goes on quoting, or ``None``."""
    open_mark, _, _, close = ctx.spans[k]
    lo, hi = _sentence_bounds(ctx, open_mark, close)
    line = ctx.line_start(open_mark)
    if lo <= line:
        return None  # the paragraph opens here: no report before it
    own = [e for e in ctx.entities_in(lo, hi) if e.label in ("PER", "ORG")]
    if any(not ctx.in_quote(e.start) for e in own):
        return None
    before = ctx.tokens_between(max(line, lo - _REACH), lo)
    stops = [i + 1 for i, t in enumerate(before[:-1]) if t.text in ".!?"]
    if not stops and lo - _REACH > line:
        return None  # a sentence longer than the reach: no report a reader would follow
    sentence = before[max(stops, default=0) :]
    that = _report_end(ctx, sentence)
    if that is None or any(t.text == "«Q»" for t in sentence):
        return None
    who = sentence_subject(ctx, sentence[: that + 1])
    return who.name if who is not None and who.label in ("PER", "ORG") else None


def _report_end(ctx: _Context, sentence: list[_Tok]) -> int | None:
    """Where « que » / "that" follows a verb of saying in ``sentence``, if it does."""
    return next(
        (
            i + 1
            for i, (t, nxt) in enumerate(pairwise(sentence))
            if t.text.islower() and is_speech_verb(t.text, ctx.language) and nxt.low in _THAT
        ),
        None,
    )
