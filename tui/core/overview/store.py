"""The overview kept beside the corpus merge: shown at once on a warm start, updated
article by article after a reload.

It is kept in the analysis cache the way the search index is (one per corpus), as the
JSON segments of :mod:`tui.core.overview.segments`: nothing is pickled. The stored
views are valid for the exact analysed content (the merge's fingerprint) and for the
articles' ids, order, titles, outlets and dates, which the fingerprint does not cover.
When they are not, the stored basis still serves: articles whose digest is unchanged
are not read again, and only the speakers of the changed ones are grouped again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence

from tui.core.models import Article, CorpusAnalysis
from tui.core.overview.basis import Basis, digests_of
from tui.core.overview.build import (
    Later,
    LazyCells,
    Overview,
    article_infos,
    build_overview,
)
from tui.core.overview.schema import SCHEMA
from tui.core.overview.segments import (
    decode_basis,
    decode_head,
    decode_reuse,
    encode_basis,
    encode_head,
    encode_reuse,
)
from tui.core.overview.shared_text import reuse
from tui.core.overview.who_said_what import SpeakerMatrix, cells_of

log = logging.getLogger("newsreader")

#: Bump when the grouping, any figure or the segments change: stored overviews then miss.
OVERVIEW_FORMAT = f"{SCHEMA}.2"
_CURRENT = "current"
Segments = dict[str, tuple[str, bytes]]


def overview_key(fingerprint: str, articles: Sequence[Article]) -> str:
    """What a stored overview's views are valid for."""
    h = hashlib.sha256(f"{OVERVIEW_FORMAT}\x00{fingerprint}\x00".encode())
    for a in articles:
        line = "\x1f".join((a.id, a.title, a.source or "", a.date or ""))
        h.update(line.encode("utf-8", "surrogatepass") + b"\x1e")
    return h.hexdigest()


def _slot(corpus_key: str) -> str:
    """The cache row set of a corpus's overview, apart from its search index."""
    return f"overview\x00{corpus_key}"


def _read(corpus_key: str) -> Segments | None:
    from tui.core.service.analysis import open_analysis_cache

    cache = open_analysis_cache([])
    if cache is None:
        return None
    try:
        return cache.get_index(_slot(corpus_key), _CURRENT)
    finally:
        cache.close()


def _from_segments(found: Segments, key: str, articles: Sequence[Article]) -> Overview | None:
    """The stored overview if its views are valid for ``key`` (the basis parsed later)."""
    head = decode_head(found["head"][1])
    if head.get("key") != key or "basis" not in found:
        return None
    infos = article_infos(articles)
    outlets = {i.id: i.outlet for i in infos}
    data = found["basis"][1]
    basis = Later(lambda: decode_basis(data, outlets))
    columns, rows, totals = head["speakers"]
    cells = LazyCells(lambda: cells_of(basis.get().all_quotes()))
    speakers = SpeakerMatrix(columns, rows, cells, totals)
    kept = found.get("reuse")
    return Overview(
        infos,
        speakers,
        basis,
        quote_count=head["quotes"],
        travelled=head["travelled"],
        reuse_of=(lambda: decode_reuse(kept[1])) if kept else (lambda: tuple(reuse(articles))),
    )


def stored_overview(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article]
) -> Overview | None:
    """The overview the cache keeps for exactly this corpus, or ``None``."""
    if not (corpus_key and corpus.fingerprint):
        return None
    found = _read(corpus_key)
    try:
        if found and "head" in found:
            return _from_segments(found, overview_key(corpus.fingerprint, articles), articles)
    except (ValueError, KeyError, TypeError, IndexError):  # a damaged row: built again
        return None
    return None


def previous_basis(found: Segments | None, articles: Sequence[Article]) -> Basis | None:
    """The stored basis whatever it was made for, to update it; ``None`` if unusable."""
    if not found or "basis" not in found:
        return None
    outlets = {i.id: i.outlet for i in article_infos(articles)}
    try:
        head = decode_head(found["head"][1])
        if str(head.get("format", "")) != OVERVIEW_FORMAT:
            return None
        basis = decode_basis(found["basis"][1], _Outlets(outlets))
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return basis


class _Outlets(dict[str, str]):
    """Outlets by article id; an article gone since gets none (its quotes are dropped)."""

    def __missing__(self, key: str) -> str:
        return ""


def keep_overview(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article], overview: Overview
) -> None:
    """Keep ``overview`` for the next start; failing only costs that start the build."""
    if not (corpus_key and corpus.fingerprint):
        return
    from tui.core.service.analysis import open_analysis_cache

    cache = open_analysis_cache([])
    if cache is None:
        return
    try:
        key = overview_key(corpus.fingerprint, articles)
        head = encode_head(
            key, OVERVIEW_FORMAT, overview.speakers, overview.quote_count, overview.travelled
        )
        segments = {"head": ("", head), "basis": ("", encode_basis(overview.basis.get()))}
        if overview.reuse_ready:
            segments["reuse"] = ("", encode_reuse(overview.reuse))
        cache.put_index(_slot(corpus_key), _CURRENT, segments)
    except Exception as exc:
        log.warning("could not keep the overview: %s", exc)
    finally:
        cache.close()


def overview_of(
    articles: Sequence[Article], corpus: CorpusAnalysis, corpus_key: str = ""
) -> Overview:
    """The corpus overview: the stored one when current, else updated from the stored
    basis (or built) and kept."""
    found = _read(corpus_key) if corpus_key and corpus.fingerprint else None
    if found and "head" in found:
        try:
            current = _from_segments(found, overview_key(corpus.fingerprint, articles), articles)
        except (ValueError, KeyError, TypeError, IndexError):
            current = None
        if current is not None:
            return current
    previous = previous_basis(found, articles)
    digests = digests_of(articles, corpus.articles)
    overview = build_overview(articles, corpus.articles, digests, previous)
    keep_overview(corpus_key, corpus, articles, overview)
    return overview
