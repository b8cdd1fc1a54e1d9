"""How one query token matches a segment's vocabulary: exactly, by prefix, or with typos.

Typo tolerance is computed against the vocabulary (distinct folded terms), never
against documents, so its cost does not grow with the corpus. Each match is a table
``term id -> quality`` with a fixed order of tiers: an exact term scores 100, a term
the token starts scores 80-95 (more for a more complete prefix), a near term found by
``rapidfuzz`` scores below 75.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    if fuzzy and len(token) >= MIN_FUZZY_LEN:
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
    ranks = segment.ranks
    ordered = tuple(sorted(quals, key=lambda t: (-quals[t], ranks[t])))
    return TermMatch(token, quals, estimate, ordered)


def highlight(folded: str, spans: list[tuple[int, int, str]], token: str, fuzzy: bool) -> set[int]:
    """Return the character positions of ``folded`` that ``token`` matched.

    ``spans`` are the token spans of ``folded``. Exact and prefix matches light up
    the typed part of the word; a near match lights up the characters it shares.
    """
    marked: set[int] = set()
    n = len(token)
    for start, _end, word in spans:
        if word.startswith(token):
            marked.update(range(start, start + n))
        elif (
            fuzzy
            and n >= MIN_FUZZY_LEN
            and abs(len(word) - n) <= 2
            and fuzz.ratio(token, word) >= fuzzy_cutoff(n)
        ):
            for op in Levenshtein.opcodes(token, word):
                if op.tag == "equal":
                    marked.update(range(start + op.dest_start, start + op.dest_end))
    return marked
