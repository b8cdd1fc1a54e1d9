"""Tokens of a text window: words, punctuation and masked quotations, with offsets."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.quotes.words import _TOKEN


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


def _window_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of ``text[start:end]``, reading one character past ``end`` for elisions.

    The token pattern looks back at nothing, so scanning the text between ``start``
    and ``end + 1`` finds what scanning a copy of that slice would, without the copy.
    """
    if start < 0:
        return [t for t in _tokens(text[start : end + 1], start) if t.end <= end]
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, end + 1):
        s, e = m.span()
        if e <= end:
            g = m.group()
            out.append(_Tok(s, e, g, g.lower()))
    return out


def _tokens(s: str, base: int) -> list[_Tok]:
    return [
        _Tok(base + m.start(), base + m.end(), m.group(), m.group().lower())
        for m in _TOKEN.finditer(s)
    ]
