"""A period ends a sentence unless it follows an initial or a short title: read only 4 letters."""

from __future__ import annotations

import random
import re

from tui.core.quotes.context import _Context
from tui.core.quotes.host_sentence import _sentence_bounds
from tui.core.quotes.words import _SENT_END, _WINDOW
from tui.core.quotes.words import real_sentence_end as _real_end


def _walk_whole_word(text: str, dot: int) -> bool:
    """The former reading: the whole word before the period."""
    if text[dot] != ".":
        return True
    k = dot
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    if word[:1].isupper() and word.lower() in ("st", "sen", "gov", "me"):
        return False
    return not (len(word) == 1 or word.lower() in ("m", "mm", "mme", "mr", "mrs", "ms", "dr"))


def test_short_reading_agrees_with_the_whole_word() -> None:
    rng = random.Random(3)
    pieces = (
        "M",
        "Mme",
        "MME",
        "Mr",
        "Mrs",
        "Dr",
        "dr",
        "ms",
        "x",
        "İ",
        "ß",
        "Ville",
        "St",
        "st",
        "Sen",
        "Gov",
        "Me",
        "a",
        " ",
        "1",
    )
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) + "."
        for dot in range(len(text)):
            assert _real_end(text, dot) == _walk_whole_word(text, dot), (text, dot)


def test_titles_and_initials_do_not_end_sentences() -> None:
    assert not _real_end("Selon M. Dupont", 7)
    assert not _real_end("Mme. X", 3)
    assert _real_end("Il pleut. Puis", 8)
    assert _real_end("Fin!", 3)
    assert not _real_end("at St. Brendan's Medical Center", 5)
    assert not _real_end("said Sen. Ortiz", 8)
    assert _real_end("the first st. Then", 12)


def _bounds_forward(ctx: _Context, open_mark: int, close_mark: int) -> int:
    """The former start of a host sentence: every sentence end before the quotation, in order."""
    text = ctx.text
    lo = text.rfind("\n", max(0, open_mark - _WINDOW), open_mark) + 1
    start = max(lo, open_mark - _WINDOW)
    for m in _SENT_END.finditer(text, start, open_mark + 2):
        if not ctx.in_quote(m.start()) and _real_end(text, m.start()):
            start = m.end()
    return start


def test_host_sentence_start_is_the_last_real_sentence_end() -> None:
    rng = random.Random(9)
    pieces = ("Il dit. ", "M. Dupont ", "« Non. Oui ». ", "Mme. X ", "Fin! ", "a ", "\n", "Dr. Y ")
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + "« Bon. »"
        spans = []
        for m in re.finditer("« [^»]* »", text):
            spans.append((m.start(), m.start() + 2, m.end() - 2, m.end() - 1))
        ctx = _Context(text, [], spans, "fr")
        for open_mark, _, _, close_mark in spans:
            got = _sentence_bounds(ctx, open_mark, close_mark)[0]
            assert got == _bounds_forward(ctx, open_mark, close_mark), text
