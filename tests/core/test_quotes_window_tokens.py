"""The article's tokens sliced per window are exactly the tokens of a fresh scan of it."""

from __future__ import annotations

import random

from tui.core.quotes.context import _Context, _window_tokens
from tui.core.quotes.speakers import _WORD, _words_in

_PIECES = (
    "l'",
    "d’",
    "jusqu'",
    "qu’",
    "lorsqu'",
    "s'",
    "c'est",
    "aujourd'hui",
    "porte-parole",
    "M.",
    "Mme",
    "Dr",
    "a-t-il",
    "« ",
    " »",
    '"',
    "’",
    "'",
    "-",
    ",",
    ".",
    ":",
    "—",
    "Kremlin",
    "Peskov",
    "dit",
    "said",
    "the",
    "école",
    "İstanbul",
    "ß",
    "42",
    "x",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\u00a0",
    "\t",
)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))


def _spans(toks):
    return [(t.start, t.end, t.text, t.low) for t in toks]


def test_window_tokens_match_a_fresh_scan_of_every_window() -> None:
    rng = random.Random(7)
    for _ in range(400):
        text = _text(rng)
        ctx = _Context(text, [], [], "fr")
        for _ in range(20):
            start = rng.randint(-3, len(text) + 2)
            end = rng.randint(start - 2, len(text) + 2)
            got = _spans(ctx.window_tokens(start, end))
            assert got == _spans(_window_tokens(text, start, end)), (text, start, end)


def test_every_window_of_a_news_sentence_matches() -> None:
    text = "Selon l'avocat, « il n'y a rien », a-t-il dit. Jusqu'à hier, M. Peskov l’a nié.\n"
    ctx = _Context(text, [], [], "fr")
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            assert _spans(ctx.window_tokens(start, end)) == _spans(_window_tokens(text, start, end))


def test_role_words_match_a_fresh_scan_of_every_window() -> None:
    rng = random.Random(11)
    for _ in range(400):
        text = _text(rng) + rng.choice(("", "..", "M.Dupont", "a-", "l’"))
        for _ in range(20):
            lo = rng.randint(-2, len(text) + 2)
            end = rng.randint(lo - 2, len(text) + 2)
            assert _words_in(text, lo, end) == _WORD.findall(text[lo:end]), (text, lo, end)
