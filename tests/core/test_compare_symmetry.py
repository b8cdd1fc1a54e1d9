"""A comparison and its mirror give the same figures: ``compare A B`` is ``compare B A``
with the sides swapped (same pairs, same shared quotes, same similarity)."""

from __future__ import annotations

import importlib.util
import itertools
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.analysis.pipeline import analyze_corpus
from tui.core.compare.align import Alignment, align_sentences
from tui.core.compare.summary import Comparison, compare_articles, match_quotes
from tui.core.corpus.loader import load_corpus
from tui.core.models import Article, Quote
from tui.paths import bundled_seeds_dir

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "align.py"
# A small vocabulary, so random sentences share words often and ties are common.
WORDS = "Kim Poutine victoire grande armes Russie Corée sommet visite accord 2023 train".split()
SPEAKERS = [None, "Kim Jong-un", "Kim", "Vladimir Poutine", "Poutine", "le président russe"]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(
    lambda ws: " ".join(ws) + "."
)


def _texts_from(pool: list[str]) -> st.SearchStrategy[tuple[str, str]]:
    text = st.lists(st.sampled_from(pool), min_size=1, max_size=8).map("\n".join)
    return st.tuples(text, text)


# Both texts draw on one small pool of sentences: repeats and exact ties are common.
text_pairs = st.lists(sentences, min_size=1, max_size=5).flatmap(_texts_from)


def _alignment_figures(al: Alignment, *, mirrored: bool = False) -> tuple:
    pairs = {((p.right, p.left) if mirrored else (p.left, p.right), p.score) for p in al.pairs}
    only = (al.only_right, al.only_left) if mirrored else (al.only_left, al.only_right)
    return pairs, only, al.similarity


@settings(max_examples=150, deadline=None)
@given(text_pairs)
def test_alignment_of_random_texts_is_the_same_mirrored(texts: tuple[str, str]) -> None:
    left, right = texts
    forward = align_sentences(left, right)
    backward = align_sentences(right, left)
    assert _alignment_figures(forward) == _alignment_figures(backward, mirrored=True)


def test_a_long_alignment_is_the_same_mirrored() -> None:
    """Long texts go through the candidate index, which must not favour either side."""
    spec = importlib.util.spec_from_file_location("align_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    left, right, _truth = bench.synthetic_pair(1000, 7)
    forward = align_sentences(left, right)
    backward = align_sentences(right, left)
    assert _alignment_figures(forward) == _alignment_figures(backward, mirrored=True)


@st.composite
def quote_lists(draw: st.DrawFn) -> list[Quote]:
    phrases = draw(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), max_size=6))
    quotes, pos = [], 0
    for words in phrases:
        text = " ".join(words)
        kind = draw(st.sampled_from(["speech", "fragment", "other"]))
        quotes.append(Quote(pos, pos + len(text), text, draw(st.sampled_from(SPEAKERS)), kind))
        pos += len(text) + 5
    return quotes


@settings(max_examples=200, deadline=None)
@given(quote_lists(), quote_lists(), st.booleans())
def test_quote_matching_is_the_same_mirrored(
    left: list[Quote], right: list[Quote], known: bool
) -> None:
    speakers = {"kim jong-un", "vladimir poutine", "poutine"} if known else None
    shared, only_l, only_r = match_quotes(left, right, known_speakers=speakers)
    mshared, monly_l, monly_r = match_quotes(right, left, known_speakers=speakers)
    assert {(s.left, s.right, s.speaker, s.score) for s in shared} == {
        (s.right, s.left, s.speaker, s.score) for s in mshared
    }
    assert (only_l, only_r) == (monly_r, monly_l)


@cache
def _seeds() -> tuple[list[Article], dict]:
    articles = load_corpus([bundled_seeds_dir()]).articles
    return articles, dict(analyze_corpus(articles).articles)


def _figures(c: Comparison, *, mirrored: bool = False) -> tuple:
    quotes = {
        (
            frozenset(
                {(s.right, s.left) if mirrored else (s.left, s.right), *_others(s, mirrored)}
            ),
            s.speaker,
            s.count,
        )
        for s in c.shared_quotes
    }
    only_q = (
        (c.only_right_quotes, c.only_left_quotes)
        if mirrored
        else (c.only_left_quotes, c.only_right_quotes)
    )
    only_e = (
        (c.only_right_entities, c.only_left_entities)
        if mirrored
        else (c.only_left_entities, c.only_right_entities)
    )
    verbatim = (
        (c.verbatim_right, c.verbatim_left) if mirrored else (c.verbatim_left, c.verbatim_right)
    )
    return (
        _alignment_figures(c.alignment, mirrored=mirrored),
        quotes,
        only_q,
        c.shared_entities,
        only_e,
        verbatim,
    )


def _others(s, mirrored: bool) -> set:
    return {(b, a) if mirrored else (a, b) for a, b in s.others}


@pytest.mark.parametrize("a, b", list(itertools.combinations(range(5), 2)))
def test_seed_comparisons_are_the_same_mirrored(a: int, b: int) -> None:
    articles, analyses = _seeds()
    left, right = articles[a], articles[b]
    forward = compare_articles(left, right, analyses[left.id], analyses[right.id])
    backward = compare_articles(right, left, analyses[right.id], analyses[left.id])
    assert _figures(forward) == _figures(backward, mirrored=True)


def test_000_and_003_report_the_same_quotes_either_way() -> None:
    articles, analyses = _seeds()
    left, right = (next(x for x in articles if x.id.startswith(p)) for p in ("000", "003"))
    forward = compare_articles(left, right, analyses[left.id], analyses[right.id])
    backward = compare_articles(right, left, analyses[right.id], analyses[left.id])
    assert len(forward.shared_quotes) == len(backward.shared_quotes)
    assert len(forward.only_left_quotes) == len(backward.only_right_quotes)
    assert len(forward.only_right_quotes) == len(backward.only_left_quotes)
    # 003 writes « grande victoire » twice: both join the one shared line.
    (victory,) = [s for s in forward.shared_quotes if s.left.text == "grande victoire"]
    assert victory.count == 2
