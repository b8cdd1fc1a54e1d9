"""Inverted index behind search: folded tokens, sorted vocabulary and posting lists.

Search must keep up with typing over hundreds of thousands of sentences, so nothing
here scans documents at query time. Each :class:`Segment` holds a group of documents
with a sorted vocabulary (every prefix is one contiguous range of it, found by
bisection), a posting list per term (compact ``array`` of document ids) and a forward
index (the term ids of each document) used to score and narrow candidates.

Building must stay quick on millions of words, so documents are tokenised in batches
by bulk ``bytes`` operations (one fold, one translate, one split per batch) rather
than word by word; only the posting lists are filled by a Python loop.
"""

from __future__ import annotations

import codecs
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, islice, repeat

from tui.core.models import Span
from tui.core.records import collection_paused
from tui.core.text import fold_preserving

KINDS = ("command", "article", "entity", "quote", "sentence")
"""Document kinds, in the order they rank when scores tie."""

KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}

BATCH = 4096
"""Documents tokenised together: big enough for bulk operations, small enough for memory."""

_NO_TERM = 0
"""Term id of the document separator: in the forward index, never in the vocabulary."""

_TOKEN = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_TO_FOLD = re.compile(r"[^\x00-\x40\x5b-\x7f]")
"""Characters that ``fold_preserving`` may change: capitals and non-ASCII."""


class Folder:
    """The same as ``fold_preserving``, faster: each distinct character is folded once.

    ``fold_preserving`` works char by char in Python; here plain ASCII passes through
    the regex engine untouched and the other characters come from a cache.
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
        return _TO_FOLD.sub(self._replace, text)


fold_text = Folder()


def tokens(folded: str) -> list[str]:
    """Split folded text into search tokens: runs of letters and digits."""
    return _TOKEN.findall(folded)


# Bulk tokenising turns each batch of texts into bytes, one byte per character,
# through a code page of the batch's characters (ASCII plus up to 128 others), so
# that one ``bytes.translate`` folds every character (to its folded letter, or to a
# space when that is no letter or digit) and ``bytes.split`` yields the tokens of
# ``tokens(fold_text(text))``. A batch with more distinct characters than the code
# page holds goes through UTF-8 and per-character replacements instead.
MARK = b"\x00"
"""Separates documents in a batch; a token of its own, with term id 0."""

_SEPARATOR = " \x00 "
_ASCII_TABLE = bytes(
    c + 32 if 65 <= c <= 90 else c if c == 0 or chr(c).isalnum() else 32 for c in range(128)
)
_UNDEFINED = "\ufffe"
_UTF8_CHAR = re.compile(rb"[\xc0-\xff][\x80-\xbf]*")
_TERM_BASE = 1
"""Term ids start here: id 0 is the separator."""


def _token_char(ch: str) -> str | None:
    """The folded character that ``ch`` contributes to a token, or ``None`` for a separator."""
    folded = fold_preserving(ch)
    return folded if folded.isalnum() else None


class _TermIds(dict):
    """Token bytes in one encoding -> term id; a new token is decoded and numbered once."""

    def __init__(self, terms: dict[str, int], decode: Callable[[bytes], str]) -> None:
        super().__init__({MARK: _NO_TERM})
        self._terms = terms
        self._decode = decode

    def __missing__(self, token: bytes) -> int:
        terms = self._terms
        tid = self[token] = terms.setdefault(self._decode(token), len(terms) + _TERM_BASE)
        return tid


class _Tokeniser:
    """Numbers the tokens of batches of texts, keeping the terms seen so far."""

    def __init__(self) -> None:
        self.terms: dict[str, int] = {}
        """Folded term -> term id, in order of first sight."""
        self._chars = [chr(c) for c in range(128)]
        self._slots: dict[str, int] = {}
        self._table = bytearray(_ASCII_TABLE.ljust(256, b" "))
        self._encoding = codecs.charmap_build(self._decoding())
        self._by_page = _TermIds(self.terms, self._decode_page)
        self._by_utf8 = _TermIds(self.terms, lambda t: t.decode("utf-8", "surrogatepass"))
        self._utf8_folds: dict[bytes, bytes] = {}

    def term_ids(self, texts: list[str]) -> list[int]:
        """Return the term ids of the tokens of ``texts``, with id 0 between texts."""
        joined = _SEPARATOR.join(texts)
        if joined.count("\x00") != len(texts) - 1:  # a text holds the separator itself
            joined = _SEPARATOR.join([t.replace("\x00", " ") for t in texts])
        try:
            data = codecs.charmap_encode(joined, "strict", self._encoding)[0]
        except UnicodeEncodeError:
            if not self._grow(set(_NON_ASCII.findall(joined))):
                return list(map(self._by_utf8.__getitem__, self._utf8_tokens(joined)))
            data = codecs.charmap_encode(joined, "strict", self._encoding)[0]
        return list(map(self._by_page.__getitem__, data.translate(self._table).split()))

    def _decoding(self) -> str:
        return "".join(self._chars).ljust(256, _UNDEFINED)

    def _decode_page(self, token: bytes) -> str:
        return codecs.charmap_decode(token, "strict", self._decoding())[0]

    def _grow(self, chars: set[str]) -> bool:
        """Give ``chars`` (and the letters they fold to) a place in the code page if room."""
        wanted: dict[str, str | None] = {}
        todo = [c for c in chars if c not in self._slots]
        while todo:
            ch = todo.pop()
            if ch in wanted or ch in self._slots:
                continue
            wanted[ch] = folded = _token_char(ch)
            if folded is not None and not folded.isascii():
                todo.append(folded)
        if len(self._chars) + len(wanted) > 256:
            return False
        for ch in wanted:
            self._slots[ch] = len(self._chars)
            self._chars.append(ch)
        for ch, folded in wanted.items():
            if folded is not None:
                code = ord(folded) if folded.isascii() else self._slots[folded]
                self._table[self._slots[ch]] = code
        self._encoding = codecs.charmap_build(self._decoding())
        return True

    def _utf8_tokens(self, joined: str) -> list[bytes]:
        """Tokens of a batch with many distinct characters, as UTF-8."""
        data = joined.encode("utf-8", "surrogatepass")
        folds = self._utf8_folds
        table: dict[bytes, bytes] = {}
        for char in set(_UTF8_CHAR.findall(data)):
            found = folds.get(char)
            if found is None:
                folded = _token_char(char.decode("utf-8", "surrogatepass"))
                found = b" " if folded is None else folded.encode("utf-8", "surrogatepass")
                folds[char] = found
            if found != char:
                table[char] = found
        if table:  # one pass, so that no character is folded twice
            pattern = re.compile(b"|".join(map(re.escape, table)))
            data = pattern.sub(lambda m: table[m.group()], data)
        return data.translate(_UTF8_TABLE).split()


_UTF8_TABLE = _ASCII_TABLE + bytes(range(128, 256))


class SegmentBuilder:
    """Collects documents, then indexes them all at once into a :class:`Segment`."""

    def __init__(self) -> None:
        self.kinds = bytearray()
        self.articles = array("i")
        self.starts = array("I")
        self.ends = array("I")
        self.texts: list[str | None] = []
        self.details: list[str | None] = []
        self.payloads: list[object] = []
        self._searchable: list[str | tuple[str, list[Span]]] = []
        """Each document's searchable text, or an article text with its sentence spans."""

    def add(
        self,
        kind: str,
        article: int,
        start: int,
        end: int,
        text: str | None,
        searchable: str,
        *,
        detail: str | None = None,
        payload: object = None,
    ) -> None:
        """Add one document found by the words of ``searchable`` (folded when built).

        ``text=None`` means "the article text from start to end", which saves keeping a
        copy of every sentence.
        """
        self.kinds.append(KIND_CODE[kind])
        self.articles.append(article)
        self.starts.append(start)
        self.ends.append(end)
        self.texts.append(text)
        self.details.append(detail)
        self.payloads.append(payload)
        self._searchable.append(searchable)

    def add_slices(self, kind: str, article: int, spans: Iterable[Span], text: str) -> None:
        """Add one document per span of ``text`` (an article's sentences).

        The same as :meth:`add` with ``text=None`` for each span, minus the per-call
        overhead that dominates on hundreds of thousands of sentences.
        """
        spans = list(spans)
        n = len(spans)
        self.kinds.extend(repeat(KIND_CODE[kind], n))
        self.articles.extend(repeat(article, n))
        self.starts.extend([s.start for s in spans])
        self.ends.extend([s.end for s in spans])
        self.texts.extend(repeat(None, n))
        self.details.extend(repeat(None, n))
        self.payloads.extend(repeat(None, n))
        self._searchable.append((text, spans))

    def build(self) -> Segment:
        """Index every document: term ids, forward index, postings, sorted vocabulary."""
        with collection_paused():
            return self._build()

    def _build(self) -> Segment:
        tokeniser = _Tokeniser()
        postings: list[array] = [array("I")]
        fwd = array("I")
        fwd_off = array("I", [0])
        searchable = _expand(self._searchable)
        self._searchable = []
        doc = 0
        while batch := list(islice(searchable, BATCH)):
            tids = tokeniser.term_ids(batch)
            tids.append(_NO_TERM)
            base = len(fwd)
            fwd.extend(tids)
            grow = len(tokeniser.terms) + _TERM_BASE - len(postings)
            postings.extend([array("I") for _ in range(grow)])
            find = tids.index
            prev = 0
            for _ in batch:
                end = find(_NO_TERM, prev)
                for tid in set(tids[prev:end]):
                    postings[tid].append(doc)
                doc += 1
                prev = end + 1
                fwd_off.append(base + prev)
        vocab = sorted(tokeniser.terms)
        sorted_ids = array("I", map(tokeniser.terms.__getitem__, vocab))
        ranks = array("I", bytes(4 * len(postings)))
        for rank, tid in enumerate(sorted_ids):
            ranks[tid] = rank
        df_cum = array("Q", [0])
        df_cum.extend(accumulate([len(postings[t]) for t in sorted_ids]))
        return Segment(
            kinds=self.kinds,
            articles=self.articles,
            starts=self.starts,
            ends=self.ends,
            texts=self.texts,
            details=self.details,
            payloads=self.payloads,
            vocab=vocab,
            sorted_ids=sorted_ids,
            ranks=ranks,
            postings=postings,
            df_cum=df_cum,
            fwd=fwd,
            fwd_off=fwd_off,
            by_len=terms_by_length(sorted_ids, vocab),
        )


def terms_by_length(
    sorted_ids: Iterable[int], vocab: Iterable[str]
) -> dict[int, tuple[list[int], list[str]]]:
    """Term ids and terms grouped by term length, in vocabulary order: fuzzy matching
    only compares a token with terms of a nearby length."""
    by_len: dict[int, tuple[list[int], list[str]]] = {}
    for tid, term in zip(sorted_ids, vocab, strict=True):
        bucket = by_len.get(len(term))
        if bucket is None:
            bucket = by_len[len(term)] = ([], [])
        bucket[0].append(tid)
        bucket[1].append(term)
    return by_len


def _expand(items: list[str | tuple[str, list[Span]]]) -> Iterator[str]:
    """Yield every document's searchable text, slicing sentences only when needed."""
    for item in items:
        if isinstance(item, str):
            yield item
        else:
            text, spans = item
            yield from [text[s.start : s.end] for s in spans]


@dataclass(slots=True)
class Segment:
    """A frozen group of documents with their inverted and forward indexes.

    Terms have two numberings: the *term id* (postings, forward index, matches) and
    the *rank* of the term in the sorted ``vocab``: ``sorted_ids[rank]`` is the id of a
    rank, ``ranks[term_id]`` the rank of an id.
    Documents sit in parallel arrays (kind, article, start, end), so a segment holds
    no per-document objects and pickles quickly.
    """

    kinds: bytearray
    articles: array
    starts: array
    ends: array
    texts: list[str | None]
    details: list[str | None]
    payloads: list[object]
    vocab: list[str]
    sorted_ids: array
    ranks: array
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
        return self.sorted_ids[i] if i < len(self.vocab) and self.vocab[i] == term else -1

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Return the rank range ``[lo, hi)`` of the terms that start with ``prefix``."""
        lo = bisect_left(self.vocab, prefix)
        hi = bisect_left(self.vocab, prefix + "\U0010ffff", lo)
        return lo, hi

    def doc_terms(self, doc: int) -> array:
        """Return the term ids of one document (with the separator id, which matches nothing)."""
        return self.fwd[self.fwd_off[doc] : self.fwd_off[doc + 1]]

    def docs_of(self, term_ids: Iterable[int]) -> set[int]:
        """Return the union of the posting lists of ``term_ids``."""
        postings = self.postings
        return set().union(*[postings[t] for t in term_ids])

    def df_range(self, lo: int, hi: int) -> int:
        """Return the total posting length of the terms of ranks ``[lo, hi)``."""
        return self.df_cum[hi] - self.df_cum[lo]
