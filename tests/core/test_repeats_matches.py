"""The repeats of an article's names are found where the regular expression that
defines them (whole words, never part of a code such as « Covid-19 ») finds them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tui.core.entities.repeats import _BOUNDED, bounded_matches

PIECES = ["Kim", "Kim Jong", "Jong", "Covid", "-", "‐", "1", "9", "_", " ", "é", "Éa", "a"]
PIECES += ["K", "im", "\n", "²", "٣", "Poutine", "Poutine-Kim", "Covid-19", "l’"]
NAMES = ["Kim", "Kim Jong", "Jong", "Covid", "Poutine", "im", "Ki", "é", "Kim Jong-un"]


def _by_expression(text: str, names: list[str]) -> list[tuple[int, int]]:
    pattern = re.compile(_BOUNDED.format("|".join(map(re.escape, names))))
    return [m.span() for m in pattern.finditer(text)]


@given(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=14).map("".join),
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True),
)
def test_matches_are_those_of_the_expression(text: str, names: list[str]) -> None:
    names.sort(key=len, reverse=True)
    assert bounded_matches(text, names) == _by_expression(text, names)


def test_a_code_or_a_longer_word_is_no_repeat() -> None:
    text = "Covid-19 et le Covid, Kimono, Poutine-Kim, Kim_2, 2-Kim"
    assert [text[s:e] for s, e in bounded_matches(text, ["Covid", "Kim"])] == [
        "Covid",
        "Kim",
        "Kim",
    ]
