"""A headline's quoted words that the body quotes again in the first person.

« Claire Vasseur « ne veut pas entendre parler de crise » », then in the body, with no
cue: « Je ne veux pas entendre parler de crise. On a perdu trois matches. »: the
headline names who said the words, and the body gives them whole, in the speaker's
own voice. Both are the headline subject's. Words quoted in the third person or
given by the body to someone else stay as the other rules leave them: a headline
names who a story is about, not always who spoke.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from tui.core.quotes.context import _Context
from tui.core.quotes.introduced_before import FIRST_PERSON
from tui.core.text import fold

_MIN_WORDS = 3
_NEAR = 85.0
"""How closely (partial ratio, 0–100) the body must repeat the headline's words: a
verb's person may change (« ne veut pas » / « ne veux pas »)."""


def body_echo(ctx: _Context, k: int, unattributed: list[int]) -> int | None:
    """The first of the ``unattributed`` body quotations that repeats headline
    quotation ``k``'s words in the first person, or ``None``."""
    words = fold(ctx.text[ctx.spans[k][1] : ctx.spans[k][2]])
    if len(words.split()) < _MIN_WORDS:
        return None
    for j in unattributed:
        body = ctx.text[ctx.spans[j][1] : ctx.spans[j][2]]
        if not FIRST_PERSON.search(body):
            continue
        if fuzz.partial_ratio(words, fold(body)) >= _NEAR:
            return j
    return None
