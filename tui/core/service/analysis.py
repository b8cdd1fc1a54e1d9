"""A corpus's analysis and search index, through the shared cache when it opens.

Blocking functions, meant for a worker thread or a command: the reader and the
subcommands all analyse this way, so an analysis made by one is found by the others.
Heavy modules are imported inside the functions, so opening a corpus whose merge is
stored never pays for the analysis engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.core.models import Article, ArticleAnalysis, CorpusAnalysis

if TYPE_CHECKING:
    from tui.core.analysis.parallel import CancelFlag
    from tui.core.search.searcher import SearchIndex
    from tui.core.store.analysis_cache import AnalysisCache

log = logging.getLogger("newsreader")

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class AnalysisResult:
    """What one analysis run produced, and what the user should be told about it."""

    corpus: CorpusAnalysis
    index: SearchIndex | None
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AnalysisRequest:
    """How to run one analysis: where to report, when to stop, how many processes."""

    corpus_key: str = ""
    progress: Progress | None = None
    on_partial: Callable[[dict[str, ArticleAnalysis]], None] | None = None
    on_result: Callable[[AnalysisResult], None] | None = None
    cancel: CancelFlag | None = None
    workers: int | None = None
    search: bool = True
    commands: Iterable[tuple[str, object]] = ()


def analyse_corpus(
    articles: Sequence[Article], request: AnalysisRequest | None = None
) -> AnalysisResult | None:
    """Analyse ``articles`` through the shared cache, and index them when asked.

    The cache keeps the corpus-wide merge under ``request.corpus_key``, so reopening
    an unchanged corpus is one query; otherwise cached analyses come first and the
    rest run in worker processes. ``on_partial`` gets per-article analyses as they
    come, ``on_result`` a fresh merge before it is stored (storing ten thousand
    analyses takes a second nobody need wait for). ``None`` when cancelled.
    """
    from tui.core.analysis.engine import engine_notices

    request = request or AnalysisRequest()
    problems: list[str] = engine_notices(articles)  # the model missing, said once
    errors: list[tuple[str, str]] = []
    cache = open_analysis_cache(problems)
    if cache is None:
        corpus = _without_cache(articles, request, errors)
    else:
        try:
            corpus = _with_cache(articles, request, cache, problems, errors)
        finally:
            cache.close()
            problems.extend(w for w in cache.warnings if w not in problems)  # met in use
    problems.extend(f"{aid}: analysis failed ({message})" for aid, message in errors)
    if corpus is None or _cancelled(request):
        return None
    problems.extend(_cut_notices(articles))
    index = build_index(articles, corpus.articles, request.commands) if request.search else None
    return AnalysisResult(corpus, index, problems)


def _cut_notices(articles: Sequence[Article]) -> list[str]:
    """Which articles were too long to analyse whole, and how far they were read."""
    from tui.core.analysis.limits import analysis_notices

    return analysis_notices(articles)


def _cancelled(request: AnalysisRequest) -> bool:
    return request.cancel is not None and request.cancel.is_set()


def _without_cache(
    articles: Sequence[Article], request: AnalysisRequest, errors: list[tuple[str, str]]
) -> CorpusAnalysis | None:
    from tui.core.analysis.parallel import analyze_many
    from tui.core.analysis.pipeline import merge_corpus

    analyses = analyze_many(
        articles,
        workers=request.workers,
        progress=request.progress,
        cancel=request.cancel,
        errors=errors,
        on_analysed=request.on_partial,
    )
    if _cancelled(request):
        return None
    return merge_corpus((analyses[a.id] for a in articles if a.id in analyses), articles)


def _with_cache(
    articles: Sequence[Article],
    request: AnalysisRequest,
    cache: AnalysisCache,
    problems: list[str],
    errors: list[tuple[str, str]],
) -> CorpusAnalysis | None:
    from tui.core.analysis.parallel import analyze_corpus_cached

    def merged(corpus: CorpusAnalysis) -> None:
        if request.on_result is not None:
            failed = [f"{aid}: analysis failed ({message})" for aid, message in errors]
            cut = _cut_notices(articles)
            request.on_result(AnalysisResult(corpus, None, [*problems, *failed, *cut]))

    return analyze_corpus_cached(
        articles,
        cache=cache,
        corpus=request.corpus_key,
        workers=request.workers,
        progress=request.progress,
        cancel=request.cancel,
        errors=errors,
        on_analysed=request.on_partial,
        on_merged=merged,
    )


def build_index(
    articles: Sequence[Article],
    analyses: Mapping[str, ArticleAnalysis] | None = None,
    commands: Iterable[tuple[str, object]] = (),
    *,
    sentences: bool = True,
) -> SearchIndex:
    """The search index over titles, (when given) entities and quotes, and sentences
    unless ``sentences`` is off."""
    from tui.core.search.searcher import SearchIndex

    return SearchIndex(articles, analyses or {}, commands=commands, with_sentences=sentences)


def stored_index(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article]
) -> SearchIndex | None:
    """The search index the cache keeps for exactly this corpus, or ``None``."""
    if not (corpus_key and corpus.fingerprint):
        return None
    from tui.core.search.storage import index_key, load_index

    cache = open_analysis_cache([])
    if cache is None:
        return None
    try:
        return load_index(cache, corpus_key, index_key(corpus.fingerprint, articles), articles)
    except Exception:  # a damaged row: the index is simply built again
        return None
    finally:
        cache.close()


def keep_index(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article], index: SearchIndex
) -> None:
    """Keep ``index`` for the next start; failing only costs that start the build."""
    if not (corpus_key and corpus.fingerprint):
        return
    from tui.core.search.storage import index_key
    from tui.core.search.storage import keep_index as store

    cache = open_analysis_cache([])
    if cache is None:
        return
    try:
        store(cache, corpus_key, index_key(corpus.fingerprint, articles), index)
    except Exception as exc:
        log.warning("could not keep the search index: %s", exc)
    finally:
        cache.close()


def open_analysis_cache(problems: list[str]) -> AnalysisCache | None:
    """The shared analysis cache, or ``None`` (analysis still runs) if it cannot open."""
    try:
        from tui.core.store.analysis_cache import AnalysisCache

        cache = AnalysisCache()
    except Exception as exc:  # a read-only home, a locked file: analyse without cache
        problems.append(f"The analysis cache is not available: {exc}")
        return None
    problems.extend(cache.warnings)
    return cache
