"""Quote provenance: the same quotation across articles, cut or altered included.

Quotes are grouped by speaker first (a group never mixes two speakers), then within
a speaker by rare words: each quote is indexed under the rarest of its words, and only
quotes sharing one of those are compared. No step looks at every pair, so fifty
thousand quotes group in seconds. Two quotes belong together when one holds the
other's words (a cut), when their words are nearly the same (rapidfuzz ratio, the
comparison view's cutoff), or when most of the shorter one's words come in the same
order in the longer one (partial alignment: an altered version).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from tui.core.compare.diff import DiffOp, word_diff
from tui.core.compare.quotes import QUOTE_CUTOFF, quote_key
from tui.core.models import Span
from tui.core.overview.common import QuoteRef
from tui.core.text import fold

Relation = Literal["first", "same", "cut", "extended", "altered"]

#: Rarest words a quote is indexed under, within its speaker's quotes.
KEYS_PER_QUOTE = 3
#: A speaker with at most this many distinct quotes compares them all.
SMALL_BLOCK = 48
#: Past this many quotes under one word, a quote meets only its neighbours by length.
WINDOW = 64
#: Share of the shorter quote's words found in order in the longer one (partial alignment).
ALIGNED_SHARE = 0.75
#: Partial alignment needs at least this many words on the shorter side.
ALIGNED_MIN_WORDS = 4

_SHORT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Version:
    """One occurrence of a grouped quote; ``diff`` compares its words with the first's
    (offsets into each quote's own text), empty when the words are the same."""

    quote: QuoteRef
    relation: Relation
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """A quotation and every version of it, the first appearance first."""

    speaker: str
    versions: tuple[Version, ...]

    @property
    def first(self) -> QuoteRef:
        return self.versions[0].quote

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.quote.article_id for v in self.versions))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.quote.outlet for v in self.versions))

    @property
    def travelled(self) -> bool:
        """Carried by more than one article."""
        return len(self.articles) > 1


class _Sets:
    """Union-find over quote positions."""

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


def group_quotes(
    quotes: Sequence[QuoteRef], order: Mapping[str, tuple[int, str, int]]
) -> list[QuoteGroup]:
    """Group ``quotes`` (every one lands in exactly one group, alone if need be).

    ``order`` places each article in time (:func:`tui.core.overview.common.time_order`):
    a group's first version is the earliest. Groups come by first appearance.
    """
    keys = [quote_key(q.text) for q in quotes]
    sets = _Sets(len(quotes))
    by_speaker: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        by_speaker.setdefault(fold(q.speaker), []).append(i)
    for members in by_speaker.values():
        _link_block(members, keys, sets)
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(sets.find(i), []).append(i)

    def when(i: int) -> tuple[tuple[int, str, int], int]:
        return order.get(quotes[i].article_id, (1, "", 0)), quotes[i].start

    built = [_build(sorted(members, key=when), quotes, keys) for members in groups.values()]
    built.sort(key=lambda g: when_of(g.first, order))
    return built


def when_of(q: QuoteRef, order: Mapping[str, tuple[int, str, int]]) -> tuple:
    return order.get(q.article_id, (1, "", 0)), q.start


def _link_block(members: list[int], keys: Sequence[str], sets: _Sets) -> None:
    """Join the quotes of one speaker that are versions of each other."""
    distinct: dict[str, int] = {}
    for i in members:
        first = distinct.setdefault(keys[i], i)
        if first != i:
            sets.join(first, i)  # a reprint word for word
    reps = list(distinct.values())
    if len(reps) <= SMALL_BLOCK:
        pairs: Iterable[tuple[int, int]] = (
            (a, b) for n, a in enumerate(reps) for b in reps[n + 1 :]
        )
    else:
        pairs = _candidates(reps, keys)
    for a, b in pairs:
        if sets.find(a) != sets.find(b) and same_quote(keys[a], keys[b]):
            sets.join(a, b)


def _candidates(reps: Sequence[int], keys: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs of quotes sharing one of their rarest words (blocking by rare words)."""
    words = {i: set(keys[i].split()) for i in reps}
    df: Counter[str] = Counter()
    for ws in words.values():
        df.update(ws)
    index: dict[str, list[int]] = {}
    for i, ws in words.items():
        content = [w for w in ws if len(w) > _SHORT_WORDS] or list(ws)
        for w in sorted(content, key=lambda w: (df[w], w))[:KEYS_PER_QUOTE]:
            index.setdefault(w, []).append(i)
    found: set[tuple[int, int]] = set()
    for posting in index.values():
        if len(posting) > WINDOW:
            posting = sorted(posting, key=lambda i: (len(keys[i]), i))
            span = WINDOW
        else:
            span = len(posting)
        for n, a in enumerate(posting):
            for b in posting[n + 1 : n + span]:
                found.add((min(a, b), max(a, b)))
    return found


def same_quote(a: str, b: str) -> bool:
    """Whether two folded quotes are versions of one quotation."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    short_words = short.split()
    if len(short_words) >= 2 and f" {short} " in f" {long_} ":
        return True
    if fuzz.ratio(a, b) >= QUOTE_CUTOFF:
        return True
    if len(short_words) < ALIGNED_MIN_WORDS:
        return False
    kept = LCSseq.similarity(short_words, long_.split())
    return kept >= ALIGNED_SHARE * len(short_words)


def _build(members: list[int], quotes: Sequence[QuoteRef], keys: Sequence[str]) -> QuoteGroup:
    first = quotes[members[0]]
    base = keys[members[0]]
    versions = [Version(first, "first")]
    for i in members[1:]:
        q = quotes[i]
        relation = relation_to(base, keys[i])
        diff = () if relation == "same" else tuple(version_diff(first.text, q.text))
        versions.append(Version(q, relation, diff))
    return QuoteGroup(first.speaker, tuple(versions))


def relation_to(first: str, other: str) -> Relation:
    """How a version's folded words stand to the first's."""
    if other == first:
        return "same"
    if f" {other} " in f" {first} ":
        return "cut"
    if f" {first} " in f" {other} ":
        return "extended"
    return "altered"


def version_diff(first: str, other: str) -> list[DiffOp]:
    """Word diff of a version against the first (spans into each quote's text)."""
    return word_diff(first, Span(0, len(first)), other, Span(0, len(other)))
