"""A question that calls someone by name is answered by them.

« Vous trouvez ce logement décent, monsieur Roux ? », demande la présidente.
« Pas vraiment », finit-il par admettre: the pronoun after the answer stands for the
one the question called, not for whoever spoke last (the one who asked), provided
the article marks that person with the pronoun's gender. A verb that carries on
(« ajoute-t-il », "he added") is the asker going on, so it is left to the other
readings.
"""

from __future__ import annotations

import re

from tui.core.quotes.constraints import SINGULAR_PRONOUN_GENDER
from tui.core.quotes.context import _Context, _Speaker
from tui.core.quotes.exchange import addressee
from tui.core.text import fold

_GOES_ON = frozenset(
    fold(w)
    for w in """ajoute ajouté poursuit poursuivi insiste insisté relance relancé enchaîne
    enchaîné continue continué renchérit renchéri added adds continued continues pressed
    insisted went""".split()
)
"""Verbs by which the one speaking carries on rather than answers."""
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 300
"""How far after the question the answer's pronoun may stand."""


def answering(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """The person the question quoted just before called by name, when the pronoun at
    ``at`` speaks the answer after it and agrees with that person's gender."""
    gender = SINGULAR_PRONOUN_GENDER.get(pron)
    if gender is None:
        return None
    closed = ctx.closed_before(at)
    if closed < 2 or at - ctx.spans[closed - 2][3] > _REACH:
        return None
    _, start, end, _ = ctx.spans[closed - 2]
    question = ctx.text[start:end]
    if not question.rstrip().endswith("?"):
        return None
    called = addressee(ctx, question)
    if called is None or ctx.gender_of(called) != gender:
        return None
    if any(fold(w) in _GOES_ON for w in _WORD.findall(ctx.text[at : at + 30])[:3]):
        return None
    return _Speaker(called, "PER", at)
