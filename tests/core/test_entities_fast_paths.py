"""The entity extractor's shortcuts answer exactly what the work they skip would.

Each shortcut (one search for the word before a name whatever set of heads it is
looked up in, no elision or glue-point search on a token that cannot hold one) is
checked against the plain computation it replaces, on generated text.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.core.entities.article import whole_words, with_acronyms
from tui.core.entities.context import loc_head_before, word_before_name
from tui.core.entities.cues import _COMPANY_BEFORE, _company_before
from tui.core.entities.lexicon import LOC_HEADS, ORG_LOWER_HEADS
from tui.core.entities.patterns import (
    _CONN,
    _SEP,
    _TOKEN,
    CHUNK,
    ELISION,
    GLUE_POINT,
    LOC_HEAD_BEFORE,
    PIECE,
    Piece,
)
from tui.core.entities.persons import _AFTER, _BEFORE, _KIN_BEFORE, person_cue
from tui.core.entities.runs import _no_inner_capital, cut_pieces

BEFORE = ["mer", "golfe", "université", "île", "de", "du", "des", "de la", "la", "l’", "d’"]
BEFORE += ["l'", "d'", " ", "\u00a0", "\u202f", "\n", ",", "(", "«", "x", "É", "2", "-", "_"]
NAMES = ["Japon", "Kyoto", "Paris", "Ré", "LaFrance", "McCain", "L’Ukraine", "d’Ivoire"]
NAMES += ["China's", "We're", "N’Diaye", "U.S.", "AT&T", "Éa", "aÉa", "Jong-un", "A×b"]


def _head_by_search(text: str, start: int, heads: frozenset[str]) -> int | None:
    """What the place-head test computed before its shortcut: the search, always."""
    window_start = max(0, start - 30)
    m = LOC_HEAD_BEFORE.search(text[window_start:start])
    if m is None or m.group(1) not in heads:
        return None
    return window_start + m.start(1)


@given(
    st.lists(st.sampled_from(BEFORE) | st.text(max_size=2), max_size=12).map("".join),
    st.sampled_from(NAMES),
)
def test_the_head_before_a_name_is_the_one_the_search_finds(before: str, name: str) -> None:
    text = before + name
    start = len(before)
    for heads in (LOC_HEADS, ORG_LOWER_HEADS):
        assert loc_head_before(text, start, heads) == _head_by_search(text, start, heads)
    found = word_before_name(text, start)
    m = LOC_HEAD_BEFORE.search(text[max(0, start - 30) : start])
    assert (found is None) == (m is None)


def test_a_head_before_a_final_newline_is_still_found() -> None:
    text = "dans la mer \nJapon"
    assert loc_head_before(text, text.index("Japon")) == text.index("mer")
    assert word_before_name("Paris(Japon", 6) is None


@given(st.lists(st.sampled_from(NAMES) | st.text(max_size=4), min_size=1, max_size=4))
def test_skipped_searches_would_have_found_nothing(words: list[str]) -> None:
    text = " ".join(words)
    for m in PIECE.finditer(text):
        tok = m.group()
        if "’" not in tok and "'" not in tok:
            assert ELISION.match(tok) is None
        if _no_inner_capital(tok):
            assert GLUE_POINT.search(tok) is None


def test_glued_and_elided_tokens_are_still_cut() -> None:
    text = "UkraineLa L’Ukraine China's McCain"
    assert [(p.text, p.is_token) for p in cut_pieces(text, 0, len(text))] == [
        ("Ukraine", True),
        ("", False),
        ("Ukraine", True),
        ("China", True),
        ("", False),
        ("McCain", True),
    ]


RUN_PIECES = [
    "AT&T",
    "ABCD&E",
    "S&P500",
    "É&A",
    "U.S.",
    "É.-U.",
    "J. ",
    "J.",
    "Kim",
    "Éa",
    "de la ",
]
RUN_PIECES += ["d’", "l'", " ", "\u00a0", "-", "‐", "’", "&", ".", "x", "2", "_", "A", "of the "]


def _chunks_by_token(text: str) -> list[tuple[int, int]]:
    """The capitalised runs as the plain token alternation finds them."""
    plain = re.compile(rf"{_TOKEN}(?:{_SEP}{_CONN}?{_TOKEN})*")
    return [m.span() for m in plain.finditer(text)]


@given(st.lists(st.sampled_from(RUN_PIECES) | st.text(max_size=3), max_size=14).map("".join))
def test_capitalised_runs_are_those_of_the_plain_token_pattern(text: str) -> None:
    assert [m.span() for m in CHUNK.finditer(text)] == _chunks_by_token(text)


def test_runs_of_real_news_are_those_of_the_plain_token_pattern() -> None:
    root = Path(__file__).resolve().parents[2]
    files = sorted(root.glob("seeds/*.txt")) + sorted(
        root.glob("tests/fixtures/quote_gold/*/*.txt")
    )
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in CHUNK.finditer(text)] == _chunks_by_token(text)


CUE_PIECES = ["said", "asked", "according to", "his wife,", "Kovac's lawyer,", "shares in"]
CUE_PIECES += ["stake in", "rachat d’", "actions de", "bid for", "to", "in", "of", ",", " "]
CUE_PIECES += ["\n", "\u00a0", "\u2003", "\t", "x", "unsaid", "Said", "É"]


def _person_cue_by_search(text: str, tokens: list[Piece], start: int, end: int) -> bool:
    """The English person cue as it read before its shortcuts: every search, always."""
    if _KIN_BEFORE.search(text, max(0, start - 40), start) is not None:
        return len(tokens) <= 3
    if not 2 <= len(tokens) <= 3:
        return False
    if _AFTER.match(text, end) is not None:
        return True
    return _BEFORE.search(text, max(0, start - 30), start) is not None


@given(
    st.lists(st.sampled_from(CUE_PIECES) | st.text(max_size=2), max_size=12).map(" ".join),
    st.integers(min_value=1, max_value=4),
    st.sampled_from(["", " said", ", 54,", " of the Fund said", "’s wife"]),
)
def test_cues_before_a_name_are_those_the_searches_find(
    before: str, words: int, after: str
) -> None:
    name = " ".join(["Ada", "Quell", "Bay", "Lee"][:words])
    text = before + name + after
    start, end = len(before), len(before) + len(name)
    tokens, at = [], start
    for word in name.split():
        tokens.append(Piece(at, at + len(word), word, True))
        at += len(word) + 1
    assert person_cue(text, tokens, start, end) == _person_cue_by_search(text, tokens, start, end)
    by_search = _COMPANY_BEFORE.search(text, max(0, start - 24), start) is not None
    assert _company_before(text, start) == by_search


WORD_PIECES = ["AU", "AUAU", "au", "AU-", "_AU", "2AU", "É", " ", "(", ")", "\n", "x", "ÉAU", "A"]


@given(
    st.lists(st.sampled_from(WORD_PIECES) | st.text(max_size=2), max_size=12).map("".join),
    st.sampled_from(["AU", "A", "UE", "AUA"]),
)
def test_whole_words_are_the_matches_of_the_bounded_pattern(text: str, word: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    assert whole_words(text, word) == [m.span() for m in pattern.finditer(text)]


def test_a_defined_acronym_is_labelled_where_it_stands_alone() -> None:
    text = "African Union (AU) leaders met. The AU said AUX and _AU are not it."
    found = [(0, 13, "ORG")]
    spans = with_acronyms(text, found)
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("African Union", "ORG"),
        ("AU", "ORG"),
        ("AU", "ORG"),
    ]
