"""A period ends a sentence unless it follows an initial or a short title: read only 4 letters."""

from __future__ import annotations

import random

from tui.core.quotes.cues import _real_end


def _walk_whole_word(text: str, dot: int) -> bool:
    """The former reading: the whole word before the period."""
    if text[dot] != ".":
        return True
    k = dot
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
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
