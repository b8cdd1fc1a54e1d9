"""Properties of quotation extraction on arbitrary and adversarial input.

Every quotation must come back in bounds, sorted, with its text equal to the slice it
names, and lying inside a matching pair of marks (a quotation inside another within
its outer pair); hostile inputs (no newline, floods
of unmatched marks, nesting, mixed scripts) must simply finish.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Entity
from tui.core.quotes.extract import extract_quotes
from tui.core.quotes.marks import find_quote_spans, inner_units

_CLOSE_FOR = {"«": "»", "‹": "›", "“": "”„“", "„": "“”", "”": "”", "‘": "’", '"': '"', "'": "'"}
_MARK_CHARS = "«»‹›“”„‘’\"'"
"""Straight single marks pair too: English copy writes 'no way' with them."""
_MARK_TOKENS = re.compile("''|``|[«»‹›“”„‘’\"'\n]")

_QUOTY = st.lists(
    st.sampled_from(
        list("ab Xé,.:;!?\n\u00a0\u202f’'-") + list(_MARK_CHARS) + ["a dit ", "said ", "il "]
    ),
    max_size=120,
).map("".join)


def _doubled_marks(text: str) -> set[int]:
    """Where two apostrophes or two backquotes, read left to right, make one straight
    double mark."""
    return {m.start() for m in _MARK_TOKENS.finditer(text) if m.end() - m.start() == 2}


def _enclosed(
    text: str, doubled: set[int], start: int, end: int, open_mark: int, close_mark: int
) -> bool:
    """The span sits between ``open_mark`` and ``close_mark``, which form a matching pair."""
    if not (0 <= open_mark < start <= end <= close_mark < len(text)):
        return False
    opener = '"' if open_mark in doubled else text[open_mark]
    closer = '"' if close_mark in doubled else text[close_mark]
    return opener in _CLOSE_FOR and closer in _CLOSE_FOR[opener]


def _check(text: str, entities: list[Entity] | None = None, language: str = "fr") -> None:
    spans = find_quote_spans(text)
    doubled = _doubled_marks(text)
    for open_mark, start, end, close_mark in spans:
        assert _enclosed(text, doubled, start, end, open_mark, close_mark)
        assert start < end
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert "\n" not in text[start:end]
    inner = inner_units(text)
    for open_mark, start, end, close_mark in inner:
        assert _enclosed(text, doubled, start, end, open_mark, close_mark)
        assert any(o < open_mark and close_mark < c for o, _, _, c in spans)
    quotes = extract_quotes(text, entities or [], language=language)
    outer = [(s, e) for _, s, e, _ in spans]
    assert [(q.start, q.end) for q in quotes if (q.start, q.end) in outer] == outer
    assert {(q.start, q.end) for q in quotes} - set(outer) <= {(s, e) for _, s, e, _ in inner}
    last = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last
        last = q.start
        assert text[q.start : q.end] == q.text
        assert q.kind in ("speech", "fragment", "other")
        assert q.speaker is None or isinstance(q.speaker, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_string_gives_valid_quotes(text: str) -> None:
    _check(text)


def test_straight_single_marks_enclose_their_quotation() -> None:
    _check("'000'")
    _check("He said 'no way' today, and l'autre 'non'.")


@settings(max_examples=300, deadline=None)
@given(_QUOTY, st.sampled_from(["fr", "en"]))
def test_mark_heavy_strings_give_valid_quotes(text: str, language: str) -> None:
    _check(text, language=language)


@settings(max_examples=100, deadline=None)
@given(_QUOTY, st.data())
def test_arbitrary_entities_never_break_attribution(text: str, data: st.DataObject) -> None:
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    entities = [
        Entity(a, b, text[a:b], "PER", text[a:b] or "x")
        for a, b in zip(cuts[::2], cuts[1::2], strict=False)
        if a < b
    ]
    _check(text, entities)


def test_balanced_quotes_inside_random_prose_are_all_found() -> None:
    text = " ".join(f"Mot {i} « citation {i} », a dit Jean." for i in range(200))
    assert len(find_quote_spans(text)) == 200


def test_one_megabyte_without_newline_finishes() -> None:
    # Quotations among ordinary prose: one paragraph of a megabyte, read in windows.
    prose = (
        "La séance a repris dans l’après-midi après une longue suspension, et les élus ont "
        "examiné les amendements un par un sans que le débat ne gagne en clarté. "
    )
    unit = (
        "« Nous restons prêts », a déclaré Jean Martin, selon l’AFP. "
        + prose * 3
        + "Il a évoqué un « tournant ». "
        + prose * 2
    )
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    names = [
        Entity(i, i + 11, "Jean Martin", "PER", "Jean Martin") for i in _all(text, "Jean Martin")
    ]
    quotes = extract_quotes(text, names, language="fr")
    assert len(quotes) > 2_000
    assert quotes[0].speaker == "Jean Martin"
    assert quotes[-2].speaker == "Jean Martin"


def _all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def test_ten_thousand_unmatched_openers_finish_with_no_quote() -> None:
    _check("«" * 10_000)
    _check("texte « " * 10_000)
    assert find_quote_spans("«" * 10_000 + " fin") == []


def test_floods_of_every_mark_finish() -> None:
    for mark in _MARK_CHARS:
        _check((mark + " a ") * 5_000)
    _check("”" * 10_000 + "“" * 10_000)
    _check("il a dit , " * 20_000)


def test_deep_nesting_and_mismatched_marks() -> None:
    nested = "« a “ b ‹ c ‘ d » e ” f › g ’ h »" * 500
    _check(nested)
    _check("« " * 3000 + "x" + " »" * 3000)
    assert find_quote_spans("« un “ deux » trois ”") == [(0, 2, 11, 12)]


def test_tokenised_double_marks_pair() -> None:
    text = "He said ``we will not back down , '' and left ."
    _check(text)
    assert [text[s:e] for _, s, e, _ in find_quote_spans(text)] == ["we will not back down ,"]


def test_rtl_emoji_and_control_characters() -> None:
    text = "قال « مرحبا بالعالم » 😀 \u200f« Привет, мир », сказал он\x00 “👍🏽 ok” \u202e"
    _check(text)
    assert [text[s:e] for _, s, e, _ in find_quote_spans(text)] == [
        "مرحبا بالعالم",
        "Привет, мир",
        "👍🏽 ok",
    ]
