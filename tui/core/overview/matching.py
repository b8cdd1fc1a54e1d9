"""Which quotes of one speaker are versions of each other, a whole block at a time.

Comparing quote pairs one by one in Python cost 25 s on 111,000 quotes. Here a
speaker's distinct quotes are compared in bulk by rapidfuzz (``cdist`` for a block,
``cpdist`` for the candidate pairs of a very large one), in C, with ``score_cutoff``:
the character ratio on the folded text, and the longest common subsequence of *words*
(each distinct word stands as one character, so rapidfuzz's LCS counts words). Only
the few pairs that may be a short cut (two or three words) are checked in Python.

The result is the same relation as :func:`tui.core.overview.provenance.same_quote`,
and it depends only on the speaker's quotes, so a speaker untouched by a reload keeps
its groups (see :mod:`tui.core.overview.incremental`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from rapidfuzz.process import cdist, cpdist

from tui.core.compare.quotes import QUOTE_CUTOFF

#: Share of the shorter quote's words found in order in the longer one (partial alignment).
ALIGNED_SHARE = 0.75
#: Partial alignment needs at least this many words on the shorter side.
ALIGNED_MIN_WORDS = 4
#: Up to this many distinct quotes, a speaker's quotes are all compared (a matrix in C).
DENSE_LIMIT = 1500
#: Past it: rarest words a quote is indexed under, within its speaker's quotes.
KEYS_PER_QUOTE = 3
#: Past this many quotes under one word, a quote meets only its neighbours by length.
WINDOW = 64

_SHORT_WORDS = 3
_FIRST_CODE = 0x100
_SURROGATES = 0xD800, 0xE000


class Sets:
    """Union-find over positions; a set's root is its smallest position."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def components(keys: Sequence[str]) -> list[int]:
    """For one speaker's folded quotes, each one's set: the position of the first quote
    of its set. Equal words always join; the rest by :func:`matching_pairs`."""
    sets = Sets(len(keys))
    distinct: dict[str, int] = {}
    for i, key in enumerate(keys):
        first = distinct.setdefault(key, i)
        if first != i:
            sets.join(first, i)  # a reprint word for word
    reps = list(distinct.values())
    for a, b in matching_pairs([keys[r] for r in reps]):
        sets.join(reps[a], reps[b])
    return [sets.find(i) for i in range(len(keys))]


def matching_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, of distinct folded quotes that are versions of one."""
    n = len(texts)
    if n < 2:
        return []
    coded = _word_codes(texts)
    sizes = np.array([len(c) for c in coded], dtype=np.int32)
    if n <= DENSE_LIMIT:
        left, right = np.triu_indices(n, k=1)
        close = cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=QUOTE_CUTOFF, dtype=np.uint8)
        kept = cdist(coded, coded, scorer=LCSseq.similarity, dtype=np.int32)
        ratio, common = close[left, right], kept[left, right]
    else:
        pairs = np.array(sorted(_candidates(texts)), dtype=np.int64).reshape(-1, 2)
        left, right = pairs[:, 0], pairs[:, 1]
        ratio = cpdist(
            [texts[i] for i in left.tolist()],
            [texts[i] for i in right.tolist()],
            scorer=fuzz.ratio,
            score_cutoff=QUOTE_CUTOFF,
            dtype=np.uint8,
        )
        common = cpdist(
            [coded[i] for i in left.tolist()],
            [coded[i] for i in right.tolist()],
            scorer=LCSseq.similarity,
            dtype=np.int32,
        )
    short = np.minimum(sizes[left], sizes[right])
    aligned = (short >= ALIGNED_MIN_WORDS) & (common >= ALIGNED_SHARE * short)
    found = (ratio >= QUOTE_CUTOFF) | aligned
    maybe_cut = ~found & (short >= 2) & (short < ALIGNED_MIN_WORDS) & (common == short)
    pairs_found = list(zip(left[found].tolist(), right[found].tolist(), strict=True))
    for a, b in zip(left[maybe_cut].tolist(), right[maybe_cut].tolist(), strict=True):
        if _is_cut(texts[a], texts[b]):
            pairs_found.append((a, b))
    return pairs_found


def _is_cut(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return f" {short} " in f" {long_} "


def _word_codes(texts: Sequence[str]) -> list[str]:
    """Each text with every distinct word written as one character."""
    vocabulary: dict[str, str] = {}
    coded = []
    for text in texts:
        chars = []
        for word in text.split():
            code = vocabulary.get(word)
            if code is None:
                point = _FIRST_CODE + len(vocabulary)
                if point >= _SURROGATES[0]:
                    point += _SURROGATES[1] - _SURROGATES[0]
                code = vocabulary[word] = chr(point)
            chars.append(code)
        coded.append("".join(chars))
    return coded


def _candidates(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs of quotes sharing one of their rarest words (blocking by rare words)."""
    words = [set(t.split()) for t in texts]
    df: Counter[str] = Counter()
    for ws in words:
        df.update(ws)
    index: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        content = [w for w in ws if len(w) > _SHORT_WORDS] or list(ws)
        for w in sorted(content, key=lambda w: (df[w], w))[:KEYS_PER_QUOTE]:
            index.setdefault(w, []).append(i)
    found: set[tuple[int, int]] = set()
    for posting in index.values():
        span = len(posting)
        if span > WINDOW:
            posting = sorted(posting, key=lambda i: (len(texts[i]), i))
            span = WINDOW
        for n, a in enumerate(posting):
            found.update((min(a, b), max(a, b)) for b in posting[n + 1 : n + span])
    return found
