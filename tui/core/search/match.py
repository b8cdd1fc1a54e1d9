"""How one query token matches a segment's vocabulary: exactly, by prefix, or with typos.

Typo tolerance is computed against the vocabulary (distinct folded terms), never
against documents, so its cost does not grow with the corpus. Each match is a table
``term id -> quality`` with a fixed order of tiers: an exact term scores 100, a term
the token starts scores 80-95 (more for a more complete prefix), a near term found by
``rapidfuzz`` scores below 75.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from tui.core.search.index import Segment

EXACT = 100.0
PREFIX_BASE = 80.0
PREFIX_SPAN = 15.0
FUZZY_WEIGHT = 0.75

MIN_FUZZY_LEN = 4
"""Shorter tokens are still being typed, or are too short for a typo to be told apart."""


def fuzzy_cutoff(length: int) -> float:
    """Minimum ``fuzz.ratio`` for a near term: one typo in a short word, two in a long one."""
    return 75.0 if length <= 5 else 80.0


@dataclass(frozen=True, slots=True)
class TermMatch:
    """The terms one query token matches in one segment, with their quality."""

    token: str
    quals: dict[int, float]
    estimate: int
    """Total posting length of the matched terms: the cost of collecting their documents."""
    ordered: tuple[int, ...]
    """The matched term ids, best quality first (ties in vocabulary order)."""
    near: frozenset[str] | None = None
    """The terms matched as near words (typos), or None when typos were not looked for."""


def match_token(segment: Segment, token: str, *, prefix: bool, fuzzy: bool) -> TermMatch:
    """Match ``token`` (already folded) against the vocabulary of ``segment``."""
    quals: dict[int, float] = {}
    estimate = 0
    postings = segment.postings
    if prefix:
        lo, hi = segment.prefix_range(token)
        vocab = segment.vocab
        n = len(token)
        for tid, term in zip(segment.sorted_ids[lo:hi], vocab[lo:hi], strict=True):
            quals[tid] = PREFIX_BASE + PREFIX_SPAN * n / len(term)
        estimate = segment.df_range(lo, hi)
        if lo < hi and vocab[lo] == token:
            quals[segment.sorted_ids[lo]] = EXACT
    else:
        tid = segment.term_id(token)
        if tid >= 0:
            quals[tid] = EXACT
            estimate = len(postings[tid])
    near: set[str] | None = set() if fuzzy else None
    if near is not None and len(token) >= MIN_FUZZY_LEN:
        cutoff = fuzzy_cutoff(len(token))
        for length in range(len(token) - 2, len(token) + 3):
            bucket = segment.by_len.get(length)
            if bucket is None:
                continue
            ids, strings = bucket
            for _, score, pos in process.extract(
                token, strings, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                tid = ids[pos]
                if tid not in quals:
                    quals[tid] = FUZZY_WEIGHT * score
                    estimate += len(postings[tid])
                    near.add(strings[pos])
    ranks = segment.ranks
    ordered = tuple(sorted(quals, key=lambda t: (-quals[t], ranks[t])))
    return TermMatch(token, quals, estimate, ordered, None if near is None else frozenset(near))


def highlight(
    folded: str, words: Sequence[str], token: str, near: frozenset[str] | None = None
) -> set[int]:
    """Return the character positions of ``folded`` that ``token`` matched.

    ``words`` are the tokens of ``folded``; ``near`` the words the token matched as
    typos (its :attr:`TermMatch.near`), or None to find them among ``words``. Exact and
    prefix matches light up the typed part of the word; a near match lights up the
    characters it shares. Words are found by the regex engine, not a Python loop
    over every word: a hit is looked at on every keystroke, and most of its words
    match nothing.
    """
    marked: set[int] = set()
    n = len(token)
    for m in _word_start(token).finditer(folded):
        marked.update(range(m.start(), m.start() + n))
    present = near_words(token, words) if near is None else near.intersection(words)
    for word in present:
        shared = [op for op in Levenshtein.opcodes(token, word) if op.tag == "equal"]
        for m in _whole_word(word).finditer(folded):
            for op in shared:
                marked.update(range(m.start() + op.dest_start, m.start() + op.dest_end))
    return marked


def near_words(token: str, words: Iterable[str]) -> set[str]:
    """The ``words`` that ``token`` matches as a typo: about its length, not starting
    with it, close enough by ``fuzz.ratio`` (as :func:`match_token` finds them)."""
    n = len(token)
    if n < MIN_FUZZY_LEN:
        return set()
    cutoff = fuzzy_cutoff(n)
    return {
        w
        for w in words
        if abs(len(w) - n) <= 2 and not w.startswith(token) and fuzz.ratio(token, w) >= cutoff
    }


@lru_cache(maxsize=256)
def _word_start(token: str) -> re.Pattern[str]:
    """``token`` where a word starts: after no letter or digit."""
    return re.compile(re.escape(token) + _AFTER_NO_TOKEN_CHAR % len(token))


def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word: neither letter nor digit just before or after it."""
    return re.compile(re.escape(word) + r"(?![^\W_])" + _AFTER_NO_TOKEN_CHAR % len(word))


_AFTER_NO_TOKEN_CHAR = r"(?<![^\W_][\s\S]{%d})"
"""Looks back past the ``%d`` characters just matched: the one before is no token
character (a letter or digit, see :func:`tui.core.search.index.tokens`). Written
after the word rather than before it, so the regex engine scans for the word's
letters quickly instead of trying every position."""
