"""Wire datelines opening a paragraph ("LIMA, March 12 (Reuters) -", « PARIS, 3 mars
(AFP) - »), which the subject of the first sentence comes after."""

from __future__ import annotations

from typing import Any

from tui.core.quotes.context import _Context, _Tok

FRENCH_MONTHS = frozenset(
    """janvier février fevrier mars avril mai juin juillet août aout septembre octobre
    novembre décembre decembre""".split()
)
"""French month names, accented or not, as datelines and dates write them."""

_DASHES = frozenset(("—", "–", "-"))
_DATELINE_REACH = 12  # tokens a dateline holds at most ("LIMA, March 12 (Reuters) -")


def past_dateline(toks: list[Any]) -> list[Any]:
    """``toks`` past a wire dateline opening the paragraph ("LIMA, March 12 (Reuters) -",
    "WASHINGTON —"): a place in capitals or an agency in brackets, then a dash; or a
    date line closed by a full stop and a dash (« 4 mars 2016 . – »)."""
    for i, t in enumerate(toks[:_DATELINE_REACH]):
        if t.text == "." and i + 1 < len(toks) and toks[i + 1].text in _DASHES:
            return toks[i + 2 :]  # « 4 mars 2016 . – Le BEA annonce »
        if t.text in _DASHES and i > 0:
            head = toks[:i]
            caps = any(x.text.isupper() and x.text.isalpha() and len(x.text) > 2 for x in head)
            agency = any(x.text == "(" for x in head)
            return toks[i + 1 :] if caps or agency else toks
        if t.text in "!?" or t.text == "«Q»" or (t.text == "." and not _abbreviated(toks, i)):
            break
    return toks  # the same list: callers tell an untouched sentence by identity


def _abbreviated(toks: list[Any], dot: int) -> bool:
    """Whether the full stop at ``dot`` closes a short capitalised abbreviation of a
    dateline ("MADISON, Wis. (AP) —", "ST. LOUIS —")."""
    return dot > 0 and toks[dot - 1].text[:1].isupper() and len(toks[dot - 1].text) <= 5


def past_line_dateline(ctx: _Context, left: list[_Tok]) -> list[_Tok]:
    """``left`` without a dateline opening its line ("WESTBROOK, Ohio —", « PARIS, 3
    mars (AFP) - »): capitalised places, commas and a date before a dash, whether
    or not a capital or an agency marks it as :func:`past_dateline` asks."""
    dash = next((i for i, t in enumerate(left[:8]) if t.text in _DASHES), None)
    if not dash or left[0].start < ctx.line_start(left[dash].start):
        return left
    head = left[:dash]
    return left[dash + 1 :] if all(_dateline_word(t.text) for t in head) else left


def _dateline_word(word: str) -> bool:
    """A word a dateline is made of: a place, a comma, a day, a month, an agency."""
    return word[:1].isupper() or word in ",()" or word.isdigit() or word in FRENCH_MONTHS
