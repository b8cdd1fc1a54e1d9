"""The words around a quotation that the label rules read: its host sentence on
either side of the marks, cut the way the cues cut it when that cut is exact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.quotes import label_words as W
from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.host_sentence import _sentence_bounds, host_tokens
from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted
from tui.core.quotes.words import _MARK_TOKENS
from tui.core.text import fold


@dataclass(frozen=True, slots=True)
class Site:
    """One quotation and the words of its host sentence on either side."""

    ctx: _Context
    k: int
    before: list[_Tok]
    after: list[_Tok]
    quoted: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.quoted)

    @property
    def capitalised(self) -> bool:
        return self.quoted[0][:1].isupper()


def sides(ctx: _Context, k: int) -> tuple[list[_Tok], list[_Tok]]:
    """The host sentence's words before the opening mark and after the closing one.

    Cut from the sentence's words the cues read too, when that cut reads exactly what
    reading each side on its own would; otherwise (a mark of two characters, a mark
    away from the quoted words, an apostrophe glued to a word) each side is read alone.
    """
    toks, qi = host_tokens(ctx, k)
    if qi is not None and clean_cut(ctx, k):
        return toks[:qi], toks[qi + 1 :]
    open_mark, _, _, close_mark = ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    return ctx.tokens_between(s_start, open_mark), ctx.tokens_between(close_mark + 1, s_end)


def clean_cut(ctx: _Context, k: int) -> bool:
    """Whether the words before and after quotation ``k`` are those of its sentence
    on either side of its ``«Q»``: one mark character on each side with only spaces
    between it and the quoted words, no other quotation in between, and no token that
    could run from a word into the opening mark (``l’`` before a ``’``)."""
    text, (open_mark, start, end, close_mark) = ctx.text, ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    if not s_start <= open_mark < close_mark < s_end:
        return False
    opener, closer = text[open_mark], text[close_mark]
    if opener not in _MARK_TOKENS or closer not in _MARK_TOKENS:
        return False
    if opener in "'’" and open_mark and _WORD.match(text, open_mark - 1):
        return False
    if not (
        _SPACES.fullmatch(text, open_mark + 1, start) and _SPACES.fullmatch(text, end, close_mark)
    ):
        return False
    ranges = ctx.masked_ranges
    return (k == 0 or ranges[k - 1][1] <= open_mark) and (
        k + 1 == len(ranges) or ranges[k + 1][0] > close_mark
    )


_WORD = re.compile(r"\w")
_SPACES = re.compile(r"\s*")


def incise(after: list[_Tok], language: str) -> bool:
    """« …, a-t-il précisé », « …, a déclaré X », "…," she said: the words are reported.
    « …, a démissionné » is the writer's sentence going on."""
    if not after or after[0].text != ",":
        return False
    for tok in after[1:5]:
        inverted = split_inverted(tok.text)
        word = inverted[0] if inverted else tok.text
        if word != "a" and is_speech_verb(word, language, strong=False):
            return True
        if tok.text in (",", ".", ";", "«Q»"):
            return False
    return False


def folded(tok: _Tok) -> str:
    return fold(tok.text)


def strip_fillers(site: Site, before: list[_Tok], most: int = 3) -> list[_Tok]:
    """The words before the mark without the articles, « de » or colon just before it.
    Compared as written, in the article's language: « à » and « a » are no "a"."""
    fillers = W.FILLERS_EN if site.ctx.language == "en" else W.FILLERS_FR
    out = list(before)
    while out and most and out[-1].text.lower().replace("’", "'") in fillers:
        out.pop()
        most -= 1
    return out


def phrase_before(words: list[_Tok], *phrases: tuple[str, ...]) -> bool:
    low = [folded(t) for t in words[-4:]]
    return any(tuple(low[-len(p) :]) == p for p in phrases)


_SAID_WHERE = frozenset("à au aux en devant sur dans lors depuis in at before".split())
"""Prepositions of the place, language or audience words are said in (« a déclaré en
néerlandais devant la presse « … » »)."""


def said_before(site: Site, reach: int = 7) -> bool:
    """Whether a reporting verb stands before the quotation, past the prepositional
    phrases of where, to whom or in which language the words were said."""
    words = site.before[-reach:]
    for i in range(len(words) - 2, -1, -1):
        if not any(c.isalpha() for c in words[i + 1].text):
            return False  # a comma or a mark: the verb would be another clause's
        if folded(words[i + 1]) in _SAID_WHERE and is_speech_verb(
            words[i].text, site.ctx.language, strong=True
        ):
            return True
    return False
