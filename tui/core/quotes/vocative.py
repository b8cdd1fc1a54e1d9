"""A quotation that calls someone by title or name is not that person's words.

« Non, monsieur le président. », "Not one, Mr Brennan.": the words speak to whoever
the vocative names, so another person says them; in a hearing or an interview that
is the other party, the last different speaker of the exchange.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.quotes.context import _Context
from tui.core.quotes.exchange import addressee
from tui.core.quotes.role_holders import role_heads
from tui.core.text import fold

_VOCATIVE = re.compile(
    r"(?:^|,\s*)(?:monsieur|madame|mademoiselle|maître|mr|mrs|ms|dr|sir|madam)\.?"
    r"\s+(?:(le|la|l['’])\s*)?([^\W\d_][\w'’-]*)(?=\s*(?:[,.?!…]|$))",
    re.IGNORECASE,
)
"""A title or name set off as an address: opening the words or after a comma, and
closed by punctuation or the end (« Non, monsieur le président. »), not « monsieur
Lefort me disait »."""
_EXCHANGE_REACH = 3
"""How many quotations back the other party of an exchange may have last spoken."""


def addressed(ctx: _Context, words: str, speaker: str) -> bool:
    """Whether ``words`` call ``speaker`` by a title the article ties to them
    (« monsieur le président ») or by their surname (« madame Ferrer »)."""
    for m in _VOCATIVE.finditer(words):
        article, word = m.group(1), m.group(2)
        if article is not None:
            if ctx.linked_role(ctx, f"{article} {word}") == speaker:
                return True
            # « monsieur le président » to « le président du tribunal, X »: the head
            if any(n == speaker and key[:1] == (fold(word),) for _, key, n in role_heads(ctx)):
                return True
        elif word[:1].isupper() and fold(word) in fold(speaker).split():
            return True
    return False


def other_party(settled: Sequence[str | None], speaker: str) -> str | None:
    """The last different speaker among the few quotations before, else ``None``."""
    for name in reversed(settled[-_EXCHANGE_REACH:]):
        if name and name != speaker:
            return name
    return None


def addressed_turn(
    ctx: _Context, k: int, settled: Sequence[str | None], speaker: str | None, kind: str
) -> str | None:
    """Quotation ``k``'s speaker once its vocative is read: words calling the speaker
    found are the one the speaker last called (« Vous rouliez en berline, monsieur X. »
    ¶ « …, madame la présidente. »), else the other party; words nobody's cues gave
    that call the last speaker answer them the same way."""
    _, start, end, _ = ctx.spans[k]
    if speaker and addressed(ctx, ctx.text[start:end], speaker):
        return _called_before(ctx, k, speaker) or other_party(settled, speaker)
    if speaker is None and kind == "speech":
        return _reply_to(ctx, k, settled)
    return speaker


def _reply_to(ctx: _Context, k: int, settled: Sequence[str | None]) -> str | None:
    """Who says quotation ``k``, nobody's by its cues, when it calls the last speaker by
    title or name (« …, madame la présidente. »): see :func:`_called_before`."""
    if k == 0 or not settled or not settled[-1]:
        return None
    _, start, end, _ = ctx.spans[k]
    if not addressed(ctx, ctx.text[start:end], settled[-1]):
        return None
    return _called_before(ctx, k, settled[-1])


def _called_before(ctx: _Context, k: int, speaker: str) -> str | None:
    """The person the quotation before ``k`` called by name (« Vous rouliez en berline,
    monsieur X. »), when words calling ``speaker`` answer it: the answer is theirs."""
    if k == 0:
        return None
    _, start, end, _ = ctx.spans[k - 1]
    called = addressee(ctx, ctx.text[start:end])
    return called if called != speaker else None
