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


def test_a_name_found_again_in_full_replaces_the_part_the_model_saw() -> None:
    from tui.core.entities.repeats import with_repeated_names

    text = "Le collectif Horizons du Val a réagi. Plus tard, Horizons du Val a publié un texte."
    first = (13, 28, "ORG")
    part = (text.rindex("Val"), text.rindex("Val") + 3, "LOC")
    again = text.rindex("Horizons du Val")
    assert with_repeated_names(text, [first, part]) == [first, (again, again + 15, "ORG")]


def test_a_span_reaching_out_of_the_name_is_kept() -> None:
    from tui.core.entities.repeats import with_repeated_names

    text = "Paul Durand est venu. Le cabinet Paul Durand Conseil a répondu."
    first = (0, 11, "PER")
    longer = (text.index("Paul Durand Conseil"), text.index("Paul Durand Conseil") + 19, "ORG")
    assert with_repeated_names(text, [first, longer]) == [first, longer]
