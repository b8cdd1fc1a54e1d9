"""Sentence alignment between two articles (word differences live in ``diff``).

Two outlets rarely tell an event in the same order or the same words, so sentences are
paired by what they say rather than by position: each sentence becomes a bag of
weighted content tokens (folded, function words dropped, names, numbers and quoted
words weighing more), candidates come from an inverted index of informative tokens so
only sentences that share something get scored, rapidfuzz scores those candidates, and
a greedy best-first assignment pairs them in any order. A pair must share plain content
words, not just names and a reporting verb, and ties break the same way whichever
article is on the left. The result is plain spans; the UI and the exports render them.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from tui.core.compare.diff import DiffOp, DiffTag, word_diff
from tui.core.compare.words import FUNCTION_WORDS, REPORTING_STEMS
from tui.core.models import Span
from tui.core.text import fold, split_sentences

__all__ = [
    "FUNCTION_WORDS",
    "REPORTING_STEMS",
    "Alignment",
    "DiffOp",
    "DiffTag",
    "SentencePair",
    "align_sentences",
    "content_tokens",
    "word_diff",
]

_TOKEN = re.compile(r"[^\W_]+")
_QUOTE_OPEN = "«“„"
_QUOTE_CLOSE = "»”"
_QUOTE_MARK = re.compile(f"[{_QUOTE_OPEN}{_QUOTE_CLOSE}]")
_STEM = 6

_NAME_BOOST = 1.5
_NUMBER_BOOST = 1.5
_QUOTED_BOOST = 1.25
_MIN_SPLIT_WORDS = 5
_MIN_DICE = 0.06
_MIN_SHARED = 0.02
# A pair must share this many plain content words (not names, numbers or reporting
# words), none of them a topic word found in more than _TOPIC_SHARE of all sentences.
_MIN_SHARED_WORDS = 2
_GRID = float(1 << 20)
_TOPIC_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class SentencePair:
    """Two sentences, one per article, that report the same thing; ``score`` in 0..1."""

    left: Span
    right: Span
    score: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """Every sentence of both articles: paired, or found on one side only."""

    left_sentences: tuple[Span, ...]
    right_sentences: tuple[Span, ...]
    pairs: tuple[SentencePair, ...]
    only_left: tuple[Span, ...]
    only_right: tuple[Span, ...]
    similarity: float


@dataclass(slots=True)
class _Bag:
    """The content of one sentence: its stems with their feature boost."""

    boosts: dict[str, float]
    text: str  # folded content tokens joined, for rapidfuzz
    size: int  # number of content words
    plain: frozenset[str]  # stems of content words that are not names or numbers


def content_tokens(text: str, span: Span) -> _Bag:
    """Fold a sentence into stems of content words, remembering which are names,
    numbers or quoted words so they can weigh more."""
    raw = text[span.start : span.end]
    quoted_ranges: list[tuple[int, int]] = []
    depth = 0
    open_at = 0
    for q in _QUOTE_MARK.finditer(raw):
        if q.group() in _QUOTE_OPEN:
            if depth == 0:
                open_at = q.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                quoted_ranges.append((open_at, q.start()))
    boosts: dict[str, float] = {}
    kept: list[str] = []
    plain: set[str] = set()
    previous = ""
    for m in _TOKEN.finditer(raw):
        info = _content_word(m.group())
        if info is None:
            continue
        tok, stem, boost, is_plain = info
        if is_plain:
            plain.add(stem)
        if quoted_ranges and any(a < m.start() < b for a, b in quoted_ranges):
            boost *= _QUOTED_BOOST
        if boost > boosts.get(stem, 0.0):
            boosts[stem] = boost
        if previous:
            # Word pairs reward the same phrasing, not just the same vocabulary.
            boosts.setdefault(previous + " " + stem, 1.0)
        previous = stem
        kept.append(tok)
    return _Bag(boosts=boosts, text=" ".join(kept), size=len(kept), plain=frozenset(plain))


@lru_cache(maxsize=65536)
def _content_word(word: str) -> tuple[str, str, float, bool] | None:
    """Folded form, stem, weight boost of a word and whether it is plain (neither a
    name, a number nor a reporting word); ``None`` for function words."""
    tok = fold(word)
    if tok in FUNCTION_WORDS or (len(tok) < 3 and not tok.isdigit()):
        return None
    if tok.isdigit():
        return tok, tok, _NUMBER_BOOST, False
    stem = tok[:_STEM]
    if word[0].isupper():
        return tok, stem, _NAME_BOOST, False
    return tok, stem, 1.0, stem not in REPORTING_STEMS


def align_sentences(
    left_text: str,
    right_text: str,
    *,
    left_sentences: Sequence[Span] | None = None,
    right_sentences: Sequence[Span] | None = None,
    threshold: float = 0.2,
    containment: float = 0.6,
    candidates: int = 6,
) -> Alignment:
    """Pair the sentences of two texts that report the same thing, in any order.

    Args:
        threshold: lowest pair score (0..1) kept in the one-to-one assignment.
        containment: after that assignment, a sentence left alone is still paired
            with a sentence of the other side that holds at least this weighted share
            of its content (one outlet often splits what another says in one sentence).
        candidates: how many best-overlapping partners per sentence get scored.
    """
    ls = tuple(left_sentences if left_sentences is not None else split_sentences(left_text))
    rs = tuple(right_sentences if right_sentences is not None else split_sentences(right_text))
    lbags = [content_tokens(left_text, s) for s in ls]
    rbags = [content_tokens(right_text, s) for s in rs]
    weights, topic = _idf([*lbags, *rbags])
    left = _Side(lbags, [_weigh(b, weights) for b in lbags])
    right = _Side(rbags, [_weigh(b, weights) for b in rbags])
    found = _candidate_pairs(
        left.weights,
        right.weights,
        left.totals,
        right.totals,
        weights,
        len(ls) + len(rs),
        candidates,
    )
    scored = _score(found, left, right, topic, containment)
    lpair = _one_to_one(scored, threshold)
    pairs = [(i, j, score) for score, _cl, _cr, i, j in scored if lpair.get(i) == j]
    extra_l, extra_r = _split_halves(scored, lpair, left, right, containment, pairs)
    pairs.sort(key=lambda p: (p[0], p[1]))
    paired_l = lpair.keys() | extra_l
    paired_r = set(lpair.values()) | extra_r
    similarity = _similarity(pairs, lpair, (extra_l, extra_r), left, right)
    return Alignment(
        left_sentences=ls,
        right_sentences=rs,
        pairs=tuple(SentencePair(ls[i], rs[j], round(min(1.0, s), 4)) for i, j, s in pairs),
        only_left=tuple(s for k, s in enumerate(ls) if k not in paired_l),
        only_right=tuple(s for k, s in enumerate(rs) if k not in paired_r),
        similarity=similarity,
    )


_Scored = tuple[float, float, float, int, int]  # score, left share, right share, i, j


@dataclass(slots=True)
class _Side:
    """One article's sentences as weighed bags, with each sentence's total weight."""

    bags: list[_Bag]
    weights: list[dict[str, float]]
    totals: list[float] = field(init=False)

    def __post_init__(self) -> None:
        self.totals = [sum(w.values()) for w in self.weights]


def _score(
    found: set[tuple[int, int]],
    left: _Side,
    right: _Side,
    topic: frozenset[str],
    containment: float,
) -> list[_Scored]:
    """Score candidate pairs, best first; ties break on ``i + j``, which tells apart any
    two candidates sharing a sentence and reads the same with the sides swapped."""
    scored: list[_Scored] = []
    for i, j in found:
        lb, rb = left.bags[i], right.bags[j]
        if len(lb.plain & rb.plain - topic) < _MIN_SHARED_WORDS:
            continue  # names and a reporting verb in common are not the same report
        lw, rw = left.weights[i], right.weights[j]
        shared = lw.keys() & rw.keys()
        sl = sum(lw[t] for t in shared)
        sr = sum(rw[t] for t in shared)
        dice = (sl + sr) / (left.totals[i] + right.totals[j])
        cl, cr = sl / left.totals[i], sr / right.totals[j]
        if dice < _MIN_DICE and max(cl, cr) < containment:
            continue  # too little in common for the fuzzy ratio to matter
        ratio = fuzz.token_sort_ratio(lb.text, rb.text) / 100.0
        scored.append((0.8 * dice + 0.2 * ratio, cl, cr, i, j))
    scored.sort(key=lambda c: (-c[0], c[3] + c[4]))
    return scored


def _one_to_one(scored: Sequence[_Scored], threshold: float) -> dict[int, int]:
    """Greedy best-first pairing: left sentence index to right sentence index."""
    lpair: dict[int, int] = {}
    taken: set[int] = set()
    for score, _cl, _cr, i, j in scored:
        if score < threshold:
            break
        if i not in lpair and j not in taken:
            lpair[i] = j
            taken.add(j)
    return lpair


def _split_halves(
    scored: Sequence[_Scored],
    lpair: dict[int, int],
    left: _Side,
    right: _Side,
    containment: float,
    pairs: list[tuple[int, int, float]],
) -> tuple[set[int], set[int]]:
    """A sentence one outlet split in two: pair each leftover half with the whole.

    Headings and other short lines are contained in anything, so they stay alone.
    Adds to ``pairs``; returns the left and right sentences so paired.
    """
    rpair = set(lpair.values())
    extra_l: set[int] = set()
    extra_r: set[int] = set()
    for _score, cl, cr, i, j in sorted(scored, key=lambda c: (-max(c[1], c[2]), c[3] + c[4])):
        if (
            i not in lpair
            and i not in extra_l
            and j in rpair
            and cl >= containment
            and left.bags[i].size >= _MIN_SPLIT_WORDS
        ):
            extra_l.add(i)
            pairs.append((i, j, cl))
        elif (
            j not in rpair
            and j not in extra_r
            and i in lpair
            and cr >= containment
            and right.bags[j].size >= _MIN_SPLIT_WORDS
        ):
            extra_r.add(j)
            pairs.append((i, j, cr))
    return extra_l, extra_r


def _similarity(
    pairs: Sequence[tuple[int, int, float]],
    lpair: dict[int, int],
    extras: tuple[set[int], set[int]],
    left: _Side,
    right: _Side,
) -> float:
    """The aligned share of both texts' weighted content: a pair counts both sentences,
    a split half only itself."""
    extra_l, extra_r = extras
    aligned = math.fsum(
        [
            *(
                min(1.0, s) * (left.totals[i] + right.totals[j])
                for i, j, s in pairs
                if lpair.get(i) == j
            ),
            *(min(1.0, s) * left.totals[i] for i, _j, s in pairs if i in extra_l),
            *(min(1.0, s) * right.totals[j] for _i, j, s in pairs if j in extra_r),
        ]
    )
    total = math.fsum([*left.totals, *right.totals])
    return round(aligned / total, 4) if total else 0.0


def _idf(bags: Sequence[_Bag]) -> tuple[dict[str, float], frozenset[str]]:
    """Weigh stems by rarity across both articles' sentences; also name the topic
    stems, so frequent that sharing them says nothing.

    Weights sit on a grid of 2**-20 and boosts are multiples of 1/8, so sums of
    weights are exact in any order: a pair scores the same whichever article is on
    the left.
    """
    df: dict[str, int] = defaultdict(int)
    for bag in bags:
        for stem in bag.boosts:
            df[stem] += 1
    n = len(bags)
    limit = max(3, _TOPIC_SHARE * n)
    by_df = {d: round(math.log((n + 1) / d) * _GRID) / _GRID for d in set(df.values())}
    idf = {stem: by_df[d] for stem, d in df.items()}
    return idf, frozenset(stem for stem, d in df.items() if d > limit)


def _weigh(bag: _Bag, idf: dict[str, float]) -> dict[str, float]:
    return {stem: idf[stem] * boost for stem, boost in bag.boosts.items()}


def _candidate_pairs(
    lw: Sequence[dict[str, float]],
    rw: Sequence[dict[str, float]],
    ltot: Sequence[float],
    rtot: Sequence[float],
    idf: dict[str, float],
    n_sentences: int,
    keep: int,
) -> set[tuple[int, int]]:
    """Find sentence pairs sharing informative stems, through an inverted index.

    Stems found in many sentences are left out of the index (they would make every
    sentence a candidate of every other); each sentence keeps its ``keep`` partners
    with the most shared weight, seen from both sides.
    """
    max_df = max(8, n_sentences // 50)
    min_idf = math.log((n_sentences + 1) / max_df)
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, w in enumerate(lw):
        for stem, weight in w.items():
            # Word pairs only refine the score; single stems suffice to find candidates.
            if idf[stem] >= min_idf and " " not in stem:
                index[stem].append((i, weight))
    found: set[tuple[int, int]] = set()
    by_left: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for j, w in enumerate(rw):
        # Shared weight counts both sides, so which article is on the left changes
        # no candidate.
        acc: dict[int, float] = defaultdict(float)
        for stem, weight in w.items():
            for i, left_weight in index.get(stem, ()):
                acc[i] += weight + left_weight
        # A lone shared word in two long sentences is chance, not a candidate.
        rt = rtot[j]
        strong = [(i, a) for i, a in acc.items() if a >= 2 * _MIN_SHARED * (ltot[i] + rt)]
        if not strong:
            continue
        for i, _weight in heapq.nlargest(keep, strong, key=lambda kv: (kv[1], -kv[0])):
            found.add((i, j))
        for i, weight in strong:
            by_left[i].append((weight, j))
    for i, partners in by_left.items():
        for _weight, j in heapq.nlargest(keep, partners, key=lambda p: (p[0], -p[1])):
            found.add((i, j))
    return found
