"""Folding through the translation table gives, character for character, what folding
each character on its own gives: same letters, same length, so offsets still hold."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tui.core.text import APOSTROPHES, fold, fold_preserving


def _reference(s: str) -> str:
    """The definition, one character at a time."""
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch.lower())
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        base = "".join("'" if c in APOSTROPHES else c for c in base)
        base = "".join("-" if c in "‐‑‒–—―-" else c for c in base).casefold()
        out.append(base[0] if base else ch)
    return "".join(out)


_letters = st.sampled_from(list("ÉéèÇçœŒßİıǅﬁ①²’ʼ`´‐—–ÀÂÄŸ\u0301\u00a0\ud800Ⅻ"))


@given(st.text(_letters | st.characters()))
def test_folding_matches_the_definition(s: str) -> None:
    folded = fold_preserving(s)
    assert folded == _reference(s)
    assert len(folded) == len(s)


def test_known_folds() -> None:
    assert fold_preserving("Choïgou, États-Unis — l’ŒUVRE") == "choigou, etats-unis - l'œuvre"
    assert fold("ﬁn") == fold_preserving("ﬁn") == "fn"
    assert fold_preserving("ASCII Only") == "ascii only"
