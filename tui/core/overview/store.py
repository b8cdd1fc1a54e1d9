"""The overview kept beside the corpus merge, so a warm start shows it at once.

Grouping the quotes of ten thousand articles takes seconds; reading the stored
document back takes a fraction of one. It is kept in the analysis cache the way the
search index is (one per corpus, replaced when the corpus changes), as the JSON
document of :mod:`tui.core.overview.schema`: nothing is pickled. A stored overview is
valid for the exact analysed content (the merge's fingerprint) and for the articles'
ids, order, titles, outlets and dates, which the fingerprint does not cover.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence

from tui.core.models import Article, CorpusAnalysis
from tui.core.overview.build import Overview, build_overview
from tui.core.overview.schema import SCHEMA, from_json, to_json

log = logging.getLogger("newsreader")

#: Bump when the grouping or any figure changes: stored overviews then miss.
OVERVIEW_FORMAT = f"{SCHEMA}.1"
_SEGMENT = "overview"


def overview_key(fingerprint: str, articles: Sequence[Article]) -> str:
    """What a stored overview is valid for."""
    h = hashlib.sha256(f"{OVERVIEW_FORMAT}\x00{fingerprint}\x00".encode())
    for a in articles:
        line = "\x1f".join((a.id, a.title, a.source or "", a.date or ""))
        h.update(line.encode("utf-8", "surrogatepass") + b"\x1e")
    return h.hexdigest()


def _slot(corpus_key: str) -> str:
    """The cache row set of a corpus's overview, apart from its search index."""
    return f"overview\x00{corpus_key}"


def stored_overview(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article]
) -> Overview | None:
    """The overview the cache keeps for exactly this corpus, or ``None``."""
    if not (corpus_key and corpus.fingerprint):
        return None
    from tui.core.service.analysis import open_analysis_cache

    cache = open_analysis_cache([])
    if cache is None:
        return None
    try:
        found = cache.get_index(_slot(corpus_key), overview_key(corpus.fingerprint, articles))
        if not found or _SEGMENT not in found:
            return None
        return from_json(json.loads(found[_SEGMENT][0]))
    except (ValueError, KeyError, TypeError, IndexError):  # a damaged row: built again
        return None
    finally:
        cache.close()


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
        document = json.dumps(to_json(overview), ensure_ascii=False, separators=(",", ":"))
        key = overview_key(corpus.fingerprint, articles)
        cache.put_index(_slot(corpus_key), key, {_SEGMENT: (document, b"")})
    except Exception as exc:
        log.warning("could not keep the overview: %s", exc)
    finally:
        cache.close()


def overview_of(
    articles: Sequence[Article], corpus: CorpusAnalysis, corpus_key: str = ""
) -> Overview:
    """The corpus overview: the stored one when current, else built and kept."""
    found = stored_overview(corpus_key, corpus, articles)
    if found is not None:
        return found
    overview = build_overview(articles, corpus.articles)
    keep_overview(corpus_key, corpus, articles, overview)
    return overview
