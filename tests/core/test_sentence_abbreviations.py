"""The sentence splitter skips the walk back over a long word before a period: the
shortcut must answer exactly as the walk does, for every period of any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import text

_PIECES = st.sampled_from(
    [
        ".",
        " ",
        "\n",
        "M",
        "Mme",
        "etc",
        "u.s",
        "U.S",
        "mlles",
        "MLLES",
        "İstanbul",
        "Straße",
        "gouvernement",
        "Ibid",
        "prof",
        "a",
        "É",
        "2",
        "’",
        "«",
        "»",
        "!",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_shortcut_answers_as_the_walk(sample: str) -> None:
    for dot, ch in enumerate(sample):
        if ch == ".":
            assert text._is_abbreviation(sample, dot) == text._is_short_abbreviation(sample, dot)


def test_a_long_word_before_a_period_ends_the_sentence() -> None:
    sample = "Le gouvernement. Mme Dupont parle. Le prof. Martin et M. Durand."
    assert [sample[s.start : s.end] for s in text.split_sentences(sample)] == [
        "Le gouvernement.",
        "Mme Dupont parle.",
        "Le prof. Martin et M. Durand.",
    ]
