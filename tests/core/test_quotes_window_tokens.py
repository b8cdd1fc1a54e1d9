"""Window tokens read in place are the tokens of a copy of the window."""

from __future__ import annotations

import random

from tui.core.quotes.tokens import _tokens, _window_tokens

_PIECES = (
    "l'", "d’", "jusqu'", "qu’", "lorsqu'", "s'", "c'est", "aujourd'hui", "porte-parole",
    "M.", "Mme", "Dr", "a-t-il", "« ", " »", '"', "’", "'", "-", ",", ".", ":", "—",
    "Kremlin", "Peskov", "dit", "said", "the", "école", "İstanbul", "ß", "42", "x",
    " ", " ", "\n", "\u00a0",
)  # fmt: skip


def _sliced(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The former reading: tokenise a copy of the window, one character past its end."""
    found = [t for t in _tokens(text[start : end + 1], start) if t.end <= end]
    return [(t.start, t.end, t.text, t.low) for t in found]


def test_window_tokens_match_tokens_of_the_copied_window() -> None:
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 50)))
        for _ in range(20):
            start = rng.randint(-3, len(text) + 2)
            end = rng.randint(start - 2, len(text) + 2)
            got = [(t.start, t.end, t.text, t.low) for t in _window_tokens(text, start, end)]
            assert got == _sliced(text, start, end), (text, start, end)
