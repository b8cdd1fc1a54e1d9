"""The sentence that hosts a quotation, read once and shared.

The cues, the labels and the stance check all read the words around a quotation;
its host sentence is found once per quotation, with quoted words masked, and its
tokens kept on the context.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.words import _SENT_END, _WINDOW, real_sentence_end

_CLOSERS = frozenset('"”»')


def _sentence_bounds(ctx: _Context, open_mark: int, close_mark: int) -> tuple[int, int]:
    """The host sentence of a quotation, read with quoted words masked (worked out once
    per quotation: the cues, the labels and the parse all ask for it)."""
    marks = (open_mark, close_mark)
    if marks not in ctx.bounds:
        ctx.bounds[marks] = _host_sentence(ctx, open_mark, close_mark)
    return ctx.bounds[marks]


def _host_sentence(ctx: _Context, open_mark: int, close_mark: int) -> tuple[int, int]:
    text = ctx.text
    lo = text.rfind("\n", max(0, open_mark - _WINDOW), open_mark) + 1
    lo = max(lo, open_mark - _WINDOW)
    hi = text.find("\n", close_mark, close_mark + _WINDOW)
    hi = min(len(text), close_mark + _WINDOW) if hi < 0 else hi
    start = lo
    for m in reversed(list(_SENT_END.finditer(text, lo, open_mark + 2))):
        closing = text[m.start() + 1 : m.start() + 3].lstrip(" \u00a0\u202f")[:1] in _CLOSERS
        if (closing or not ctx.in_quote(m.start())) and real_sentence_end(text, m.start()):
            start = m.end()  # the last sentence end before the quotation ('…down." Brandt')
            break
    end = hi
    for m in _SENT_END.finditer(text, close_mark + 1, hi):
        if not ctx.in_quote(m.start()) and real_sentence_end(text, m.start()):
            end = m.start() + 1
            break
    return start, end


def host_tokens(ctx: _Context, k: int) -> tuple[list[_Tok], int | None]:
    """The words of quotation ``k``'s host sentence (quotations masked) and the index of
    its own ``«Q»`` among them, read once: the labels and the cues both need them.
    Shared by both, so no reader may change the list or its tokens."""
    if k not in ctx.hosts:
        open_mark, start, _, close_mark = ctx.spans[k]
        toks = ctx.tokens_between(*_sentence_bounds(ctx, open_mark, close_mark))
        qi = next((i for i, t in enumerate(toks) if t.start == start), None)
        ctx.hosts[k] = (toks, qi)
    return ctx.hosts[k]
