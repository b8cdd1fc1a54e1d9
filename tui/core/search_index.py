"""Inverted index behind search: folded tokens, sorted vocabulary and posting lists.

Search must keep up with typing over hundreds of thousands of sentences, so nothing
here scans documents at query time. Each :class:`Segment` holds a group of documents
with a vocabulary sorted so that every prefix is one contiguous range of term ids
(found by bisection), a posting list per term (compact ``array`` of document ids) and
a forward index (the term ids of each document) used to score and narrow candidates.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, repeat

from tui.core.models import Span
from tui.core.text import fold_preserving

KINDS = ("command", "article", "entity", "quote", "sentence")
"""Document kinds, in the order they rank when scores tie."""

KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}

_TOKEN = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class Folder:
    """Length-preserving fold of whole texts, fast enough for millions of words.

    ``fold_preserving`` works char by char in Python; here only the non-ASCII
    characters go through it (once each, then cached) and ASCII is lowered by
    ``str.lower``, so the result is the same at a fraction of the cost.
    """

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def _replace(self, m: re.Match[str]) -> str:
        ch = m.group()
        folded = self._cache.get(ch)
        if folded is None:
            folded = self._cache[ch] = fold_preserving(ch)
        return folded

    def __call__(self, text: str) -> str:
        if text.isascii():
            return text.lower()
        out = _NON_ASCII.sub(self._replace, text).lower()
        return out if len(out) == len(text) else fold_preserving(text)


fold_text = Folder()


def tokens(folded: str) -> list[str]:
    """Split folded text into search tokens: runs of letters and digits."""
    return _TOKEN.findall(folded)


def token_spans(folded: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, token)`` for every token of folded text."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]


def _uint_array() -> array:
    return array("I")


class SegmentBuilder:
    """Collects documents, then freezes them into a :class:`Segment`.

    Indexing runs over millions of words, so the per-token work is done by C-level
    ``map`` calls rather than Python loops; term ids are assigned once, in sorted order,
    when the segment is built.
    """

    def __init__(self) -> None:
        self.kinds = bytearray()
        self.articles = array("i")
        self.starts = array("I")
        self.ends = array("I")
        self.texts: list[str | None] = []
        self.details: list[str | None] = []
        self.payloads: list[object] = []
        self._plists: defaultdict[str, array] = defaultdict(_uint_array)
        # A missing term gets the next provisional id: ids stay dense and C-level.
        self._ids: defaultdict[str, int] = defaultdict()
        self._ids.default_factory = self._ids.__len__
        self._fwd = array("I")
        self._fwd_off = array("I", [0])

    def add(
        self,
        kind: str,
        article: int,
        start: int,
        end: int,
        text: str | None,
        folded: str,
        *,
        detail: str | None = None,
        payload: object = None,
    ) -> None:
        """Add one document searchable by ``folded`` (text already folded).

        ``text=None`` means "the article text from start to end", which saves keeping a
        copy of every sentence.
        """
        doc = len(self.kinds)
        self.kinds.append(KIND_CODE[kind])
        self.articles.append(article)
        self.starts.append(start)
        self.ends.append(end)
        self.texts.append(text)
        self.details.append(detail)
        self.payloads.append(payload)
        toks = set(_TOKEN.findall(folded))
        deque(map(array.append, map(self._plists.__getitem__, toks), repeat(doc)), maxlen=0)
        self._fwd.extend(map(self._ids.__getitem__, toks))
        self._fwd_off.append(len(self._fwd))

    def add_slices(self, kind: str, article: int, spans: Iterable[Span], folded: str) -> None:
        """Add one document per span of an article (its sentences), searchable as folded.

        The same as :meth:`add` with ``text=None`` for each span, minus the per-call
        overhead that dominates on hundreds of thousands of sentences.
        """
        code = KIND_CODE[kind]
        kinds, articles, starts, ends = self.kinds, self.articles, self.starts, self.ends
        texts, details, payloads = self.texts, self.details, self.payloads
        fwd, fwd_off = self._fwd, self._fwd_off
        plist_of, id_of = self._plists.__getitem__, self._ids.__getitem__
        findall, append = _TOKEN.findall, array.append
        doc = len(kinds)
        for span in spans:
            kinds.append(code)
            articles.append(article)
            starts.append(span.start)
            ends.append(span.end)
            texts.append(None)
            details.append(None)
            payloads.append(None)
            toks = set(findall(folded, span.start, span.end))
            deque(map(append, map(plist_of, toks), repeat(doc)), maxlen=0)
            fwd.extend(map(id_of, toks))
            fwd_off.append(len(fwd))
            doc += 1

    def build(self) -> Segment:
        """Sort the vocabulary and number terms so that every prefix is one id range."""
        plists = self._plists
        vocab = sorted(plists)
        ids = self._ids
        rank = array("I", bytes(4 * len(vocab)))
        for new, term in enumerate(vocab):
            rank[ids[term]] = new
        postings = [plists[term] for term in vocab]
        df_cum = array("Q", [0])
        df_cum.extend(accumulate(map(len, postings)))
        fwd = array("I", map(rank.__getitem__, self._fwd))
        by_len: dict[int, list[int]] = {}
        for tid, term in enumerate(vocab):
            by_len.setdefault(len(term), []).append(tid)
        return Segment(
            kinds=self.kinds,
            articles=self.articles,
            starts=self.starts,
            ends=self.ends,
            texts=self.texts,
            details=self.details,
            payloads=self.payloads,
            vocab=vocab,
            postings=postings,
            df_cum=df_cum,
            fwd=fwd,
            fwd_off=self._fwd_off,
            by_len={n: (ids, [vocab[i] for i in ids]) for n, ids in by_len.items()},
        )


@dataclass(slots=True)
class Segment:
    """A frozen group of documents with their inverted and forward indexes."""

    kinds: bytearray
    articles: array
    starts: array
    ends: array
    texts: list[str | None]
    details: list[str | None]
    payloads: list[object]
    vocab: list[str]
    postings: list[array]
    df_cum: array
    fwd: array
    fwd_off: array
    by_len: dict[int, tuple[list[int], list[str]]]

    def __len__(self) -> int:
        return len(self.kinds)

    def term_id(self, term: str) -> int:
        """Return the id of ``term``, or -1 when the vocabulary lacks it."""
        i = bisect_left(self.vocab, term)
        return i if i < len(self.vocab) and self.vocab[i] == term else -1

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Return the id range ``[lo, hi)`` of the terms that start with ``prefix``."""
        lo = bisect_left(self.vocab, prefix)
        hi = bisect_left(self.vocab, prefix + "\U0010ffff", lo)
        return lo, hi

    def doc_terms(self, doc: int) -> array:
        """Return the term ids of one document."""
        return self.fwd[self.fwd_off[doc] : self.fwd_off[doc + 1]]

    def docs_of(self, term_ids: Iterable[int]) -> set[int]:
        """Return the union of the posting lists of ``term_ids``."""
        postings = self.postings
        return set().union(*[postings[t] for t in term_ids])

    def df_range(self, lo: int, hi: int) -> int:
        """Return the total posting length of the terms ``[lo, hi)``."""
        return self.df_cum[hi] - self.df_cum[lo]
