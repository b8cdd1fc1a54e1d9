"""A built search index kept beside the corpus merge, so a warm start searches at once.

Indexing ten thousand articles takes seconds; reading the index back takes a fraction
of one, because a :class:`~tui.core.search.index.Segment` is mostly flat arrays of
numbers. Each segment is stored as one blob of those arrays end to end and a small
JSON head (array layout, vocabulary, document texts). The posting lists, one array per
term, travel as one array and are cut apart again on reading; the lengths index is
rebuilt from the vocabulary. Nothing is pickled, so a cache file cannot run code.

An index is only valid for the exact articles, in the same order, and their merged
analyses: :func:`index_key` names that, and :data:`INDEX_FORMAT` changes whenever the
indexing itself changes.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from tui.core.models import Article
from tui.core.search.index import Segment, terms_by_length

if TYPE_CHECKING:
    from tui.core.search.searcher import SearchIndex
    from tui.core.store.analysis_cache import AnalysisCache

INDEX_FORMAT = "1"
"""Bump when tokenising or the segment layout changes: stored indexes then miss."""

STORED_SEGMENTS = ("head", "body")
"""The corpus segments (the palette's commands change every session and are not kept)."""

_ARRAYS = ("articles", "starts", "ends", "sorted_ids", "ranks", "df_cum", "fwd", "fwd_off")


def index_key(fingerprint: str, articles: Sequence[Article]) -> str:
    """What a stored index is valid for: the corpus content (its fingerprint, see
    :func:`tui.core.store.analysis_cache.corpus_fingerprint`), the article order and the format."""
    h = hashlib.sha256(f"{INDEX_FORMAT}\x00{fingerprint}\x00".encode())
    h.update("\x00".join(a.id for a in articles).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def encode_segment(segment: Segment) -> tuple[str, bytes]:
    """A segment as a JSON head and one blob of its arrays and posting lists."""
    parts: list[bytes] = [bytes(segment.kinds)]
    layout: list[list] = [["kinds", "B", len(segment.kinds)]]
    for name in _ARRAYS:
        values: array = getattr(segment, name)
        parts.append(values.tobytes())
        layout.append([name, values.typecode, len(values)])
    lengths = array("I", map(len, segment.postings))
    parts.append(lengths.tobytes())
    layout.append(["posting_lengths", "I", len(lengths)])
    for postings in segment.postings:
        parts.append(postings.tobytes())
    layout.append(["postings", "I", sum(lengths)])
    head = {
        "layout": layout,
        "itemsize": {code: array(code).itemsize for code in {c for _, c, _ in layout}},
        "texts": segment.texts,
        "details": segment.details,
        "vocab": segment.vocab,
    }
    return json.dumps(head, ensure_ascii=False, separators=(",", ":")), b"".join(parts)


def decode_segment(head_json: str, blob: bytes) -> Segment | None:
    """The segment :func:`encode_segment` stored, or ``None`` if it does not fit this
    machine (another integer size) or is damaged."""
    head = json.loads(head_json)
    view = memoryview(blob)
    position = 0
    arrays: dict[str, array | bytearray] = {}
    for name, code, count in head["layout"]:
        size = array(code).itemsize
        if head["itemsize"].get(code) != size:
            return None
        end = position + count * size
        if end > len(blob):
            return None
        if code == "B":
            arrays[name] = bytearray(view[position:end])
        else:
            values = array(code)
            values.frombytes(view[position:end])
            arrays[name] = values
        position = end
    if position != len(blob):
        return None
    postings = _cut(arrays.pop("postings"), arrays.pop("posting_lengths"))  # type: ignore[arg-type]
    vocab: list[str] = head["vocab"]
    sorted_ids = arrays["sorted_ids"]
    documents = len(arrays["kinds"])
    return Segment(
        kinds=arrays["kinds"],  # type: ignore[arg-type]
        articles=arrays["articles"],  # type: ignore[arg-type]
        starts=arrays["starts"],  # type: ignore[arg-type]
        ends=arrays["ends"],  # type: ignore[arg-type]
        texts=head["texts"],
        details=head["details"],
        payloads=[None] * documents,
        vocab=vocab,
        sorted_ids=sorted_ids,  # type: ignore[arg-type]
        ranks=arrays["ranks"],  # type: ignore[arg-type]
        postings=postings,
        df_cum=arrays["df_cum"],  # type: ignore[arg-type]
        fwd=arrays["fwd"],  # type: ignore[arg-type]
        fwd_off=arrays["fwd_off"],  # type: ignore[arg-type]
        by_len=terms_by_length(sorted_ids, vocab),
    )


def _cut(flat: array, lengths: array) -> list[array]:
    """The posting lists back from one array and their lengths."""
    out: list[array] = []
    position = 0
    for length in lengths:
        out.append(flat[position : position + length])
        position += length
    return out


def load_index(
    cache: AnalysisCache,
    corpus: str,
    key: str,
    articles: Sequence[Article],
    commands: Iterable[tuple[str, object]] = (),
) -> SearchIndex | None:
    """The stored index of ``corpus`` for ``key`` (see :func:`index_key`), or ``None``."""
    from tui.core.search.searcher import SearchIndex

    stored = cache.get_index(corpus, key)
    if stored is None or set(stored) != set(STORED_SEGMENTS):
        return None
    segments = {}
    for name, (head, data) in stored.items():
        segment = decode_segment(head, data)
        if segment is None:
            return None
        segments[name] = segment
    return SearchIndex.from_segments(articles, segments, commands=commands)


def keep_index(cache: AnalysisCache, corpus: str, key: str, index: SearchIndex) -> None:
    """Store ``index`` as the one of ``corpus``, valid for ``key``."""
    segments = index.corpus_segments()
    cache.put_index(corpus, key, {name: encode_segment(segments[name]) for name in segments})
