"""Analysis of many articles: cache hits first, then the misses in worker processes.

Entity and quote extraction is pure Python and holds the GIL, so threads would not use
the second core; worker processes do. Workers return analyses already encoded for the
cache, which is both cheaper to send back than pickled records and exactly what the
cache stores. Small batches of rules work run in-process, where starting workers
would cost more than it saves; a model is only ever loaded in workers. Progress goes
to a callback as ``(done, total)``; a cancel event stops the work early, keeping (and
caching) what is finished. Loading a big corpus the same way lives in
:mod:`tui.core.analysis.loading` (its functions are named here too).

:func:`analyze_corpus_cached` adds the corpus-wide merge on top and keeps the latest
merge of each corpus in the cache, so reopening an unchanged corpus costs one query.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from tui.core.analysis.limits import bounded
from tui.core.analysis.loading import (
    LOAD_CHUNK,
    LOAD_IN_PROCESS_BELOW,
    load_in_batches,
    load_with_cache,
)
from tui.core.analysis.workers import CancelFlag, cancelled, default_workers, new_pool, stop_pool
from tui.core.models import Article, ArticleAnalysis
from tui.core.store.analysis_cache import AnalysisCache, article_key, corpus_fingerprint
from tui.core.store.analysis_codec import decode_analysis, encode_analysis

if TYPE_CHECKING:
    from tui.core.models import CorpusAnalysis

__all__ = [
    "LOAD_CHUNK",
    "LOAD_IN_PROCESS_BELOW",
    "CancelFlag",
    "analyze_corpus_cached",
    "analyze_many",
    "default_workers",
    "load_in_batches",
    "load_with_cache",
]

Analyzer = Callable[[Article], ArticleAnalysis]
Progress = Callable[[int, int], None]

IN_PROCESS_BELOW = 24
"""Fewer misses than this are analysed in the calling process..."""
IN_PROCESS_CHARS = 100_000
"""... when their texts add up to fewer characters than this (a fraction of a second's
work). Longer work goes to worker processes even for one article: a quitting UI
terminates those at once, while a thread would keep the program alive till it ends."""
WRITE_BATCH = 500
"""Analyses written to the cache per transaction."""
NOTIFY_BATCH = 50
"""Fresh analyses handed to ``on_analysed`` at a time."""


def analyze_many(
    articles: Sequence[Article],
    *,
    cache: AnalysisCache | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    analyzer: Analyzer | None = None,
    cancel: CancelFlag | None = None,
    chunk_size: int | None = None,
    errors: list[tuple[str, str]] | None = None,
    on_analysed: Callable[[dict[str, ArticleAnalysis]], None] | None = None,
    keys: Sequence[str] | None = None,
) -> dict[str, ArticleAnalysis]:
    """Analyse ``articles``, reusing and filling ``cache``; return analyses by article id.

    Meant to run off the UI thread: ``progress`` is called in the calling thread, so a
    UI worker passes a callback that forwards to its event loop (``call_from_thread``).
    When ``cancel`` is set the result holds only the articles finished so far.
    ``analyzer`` must be a module-level function (workers import it by name). An
    article whose analysis raises gets an empty analysis, is not cached, and is listed
    in ``errors`` as ``(article_id, message)`` when a list is given. ``on_analysed``
    receives results as they become available (the cache hits first, then batches),
    so a UI can show an article's analysis before the whole corpus is done. ``keys``
    are the articles' cache keys when the caller already computed them.
    """
    if analyzer is None:
        from tui.core.analysis.engine import default_analyzer

        analyzer = default_analyzer()
    total = len(articles)
    report = progress or _ignore
    if keys is None:
        keys = [article_key(a) for a in articles]
    results: dict[str, ArticleAnalysis] = {}
    if cache is not None:
        results.update(cache.get_many(articles, keys))
    report(len(results), total)
    if on_analysed is not None and results:
        on_analysed(dict(results))
    misses = _unique_misses(articles, keys, results)
    if not misses or cancelled(cancel):
        return results

    done = _start(misses, analyzer, cancel, workers, chunk_size)
    collect = partial(
        _collect,
        results=results,
        same_text=_by_key(articles, keys),
        sink=_CacheSink(cache),
        errors=errors,
        report=lambda: report(len(results), total),
        on_analysed=on_analysed,
    )
    try:
        collect(done)
    except BrokenProcessPool:  # a worker died (killed for memory, say): redo the rest
        collect(_after_broken_pool([m for m in misses if m[1].id not in results], analyzer, cancel))
    return results


def _start(
    misses: list[tuple[str, Article]],
    analyzer: Analyzer,
    cancel: CancelFlag | None,
    workers: int | None,
    chunk_size: int | None,
) -> Generator[tuple[str, str], None, None]:
    """Light work runs here, the rest in worker processes; results come in as made.

    Work that needs a model always goes to workers, even one article: loading it
    takes seconds and holds the GIL, which would freeze a reader's event loop.
    """
    from tui.core.analysis.engine import model_workers

    n_workers = max(1, workers if workers is not None else default_workers())
    if _light(misses, analyzer) and (n_workers <= 1 or len(misses) < IN_PROCESS_BELOW):
        return _run_in_process(misses, analyzer, cancel)
    n_workers = model_workers(analyzer, [a for _, a in misses], n_workers)
    size = chunk_size or _chunk_size(len(misses), n_workers)
    return _run_in_workers(misses, analyzer, cancel, n_workers, size)


def _after_broken_pool(
    rest: list[tuple[str, Article]], analyzer: Analyzer, cancel: CancelFlag | None
) -> Generator[tuple[str, str], None, None]:
    """After a worker died: rules work is redone here; model work in one fresh worker,
    and if that one dies too its articles fail rather than load the model here."""
    from tui.core.analysis.engine import needs_model

    heavy = [m for m in rest if needs_model(analyzer, m[1])]
    yield from _run_in_process([m for m in rest if m not in heavy], analyzer, cancel)
    if not heavy:
        return
    done: set[str] = set()
    try:
        for key, data in _run_in_workers(heavy, analyzer, cancel, 1, 1):
            done.add(key)
            yield key, data
    except BrokenProcessPool:
        for key, _ in heavy:
            if key not in done:
                yield key, "!BrokenProcessPool: the worker process analysing it died"


def _collect(
    done: Generator[tuple[str, str], None, None],
    results: dict[str, ArticleAnalysis],
    same_text: dict[str, list[str]],
    *,
    sink: _CacheSink,
    errors: list[tuple[str, str]] | None,
    report: Callable[[], None],
    on_analysed: Callable[[dict[str, ArticleAnalysis]], None] | None,
) -> None:
    """Decode, cache and hand on fresh analyses as they come, ``NOTIFY_BATCH`` at a time."""
    fresh: dict[str, ArticleAnalysis] = {}
    with closing(done):  # an interrupt here must still end the workers
        for key, data in done:
            for aid in same_text[key]:
                if data.startswith("!"):
                    fresh[aid] = ArticleAnalysis(article_id=aid)
                    if errors is not None:
                        errors.append((aid, data[1:]))
                else:
                    fresh[aid] = decode_analysis(aid, data)
            if not data.startswith("!"):
                sink.add(key, data)
            results.update(fresh)
            report()
            if on_analysed is not None and len(fresh) >= NOTIFY_BATCH:
                on_analysed(fresh)
                fresh = {}
    sink.flush()
    if on_analysed is not None and fresh:
        on_analysed(fresh)


def _ignore(done: int, total: int) -> None:
    return None


def _by_key(articles: Sequence[Article], keys: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a, key in zip(articles, keys, strict=True):
        out.setdefault(key, []).append(a.id)
    return out


def _unique_misses(
    articles: Sequence[Article], keys: Sequence[str], results: dict[str, ArticleAnalysis]
) -> list[tuple[str, Article]]:
    """Articles still to analyse, one per distinct content key."""
    seen: set[str] = set()
    out: list[tuple[str, Article]] = []
    for a, key in zip(articles, keys, strict=True):
        if a.id in results:
            continue
        if key not in seen:
            seen.add(key)
            out.append((key, a))
    return out


def _light(misses: list[tuple[str, Article]], analyzer: Analyzer) -> bool:
    """Whether the misses are quick enough to analyse in the calling thread: short,
    and none needing a model (see :func:`tui.core.analysis.engine.needs_model`)."""
    from tui.core.analysis.engine import needs_model

    total = 0
    for _, article in misses:
        if needs_model(analyzer, article):
            return False
        total += len(article.text)
        if total >= IN_PROCESS_CHARS:
            return False
    return True


def _chunk_size(n: int, workers: int) -> int:
    """Big enough to amortise pickling, small enough for smooth progress and balance."""
    return max(1, min(64, n // (workers * 8)))


def _analyze_one(analyzer: Analyzer, article: Article) -> str:
    """The encoded analysis, or ``!`` and the error: one bad article must not stop a run.

    Every engine reads the same bounded prefix of a long article (see
    :mod:`tui.core.analysis.limits`), so the notices about cut articles hold for all.
    """
    try:
        return encode_analysis(analyzer(bounded(article)))
    except Exception as exc:
        return f"!{type(exc).__name__}: {exc}"


def _analyze_chunk(analyzer: Analyzer, chunk: list[tuple[str, Article]]) -> list[tuple[str, str]]:
    """Worker side: analyse a chunk and return ``(key, encoded analysis)`` pairs."""
    return [(key, _analyze_one(analyzer, article)) for key, article in chunk]


def _run_in_process(
    misses: list[tuple[str, Article]], analyzer: Analyzer, cancel: CancelFlag | None
) -> Generator[tuple[str, str], None, None]:
    for key, article in misses:
        if cancelled(cancel):
            return
        yield key, _analyze_one(analyzer, article)


def _run_in_workers(
    misses: list[tuple[str, Article]],
    analyzer: Analyzer,
    cancel: CancelFlag | None,
    workers: int,
    size: int,
) -> Generator[tuple[str, str], None, None]:
    """Feed chunks to a process pool, a few in flight per worker to bound memory."""
    chunks = iter([misses[i : i + size] for i in range(0, len(misses), size)])
    pool = new_pool(min(workers, len(misses)))
    pending: set[Future[list[tuple[str, str]]]] = set()
    finished = False
    try:
        for chunk in _take(chunks, workers * 3):
            pending.add(pool.submit(_analyze_chunk, analyzer, chunk))
        while pending:
            ready, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancelled(cancel):
                return
            for fut in ready:
                yield from fut.result()
                for chunk in _take(chunks, 1):
                    pending.add(pool.submit(_analyze_chunk, analyzer, chunk))
        finished = True
    finally:  # cancelled, interrupted (ctrl+c) or abandoned: the workers end now
        stop_pool(pool, finished=finished)


def _take(it: Iterator[list[tuple[str, Article]]], n: int) -> list[list[tuple[str, Article]]]:
    out = []
    for _ in range(n):
        nxt = next(it, None)
        if nxt is None:
            break
        out.append(nxt)
    return out


class _CacheSink:
    """Buffers encoded analyses and writes them to the cache in batches."""

    def __init__(self, cache: AnalysisCache | None) -> None:
        self.cache = cache
        self.rows: list[tuple[str, str]] = []

    def add(self, key: str, data: str) -> None:
        if self.cache is None:
            return
        self.rows.append((key, data))
        if len(self.rows) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.cache is not None and self.rows:
            self.cache.put_raw_many(self.rows)
            self.rows = []


Merger = Callable[[Iterable[ArticleAnalysis], Sequence[Article]], Any]
"""Merges per-article analyses; gets the articles too (cross-article role links)."""


def analyze_corpus_cached(
    articles: Sequence[Article],
    *,
    cache: AnalysisCache,
    corpus: str,
    workers: int | None = None,
    progress: Progress | None = None,
    analyzer: Analyzer | None = None,
    merger: Merger | None = None,
    cancel: CancelFlag | None = None,
    errors: list[tuple[str, str]] | None = None,
    on_analysed: Callable[[dict[str, ArticleAnalysis]], None] | None = None,
    on_merged: Callable[[CorpusAnalysis], None] | None = None,
) -> CorpusAnalysis | None:
    """The corpus-wide analysis of ``articles``, as fast as the cache allows.

    ``corpus`` names the corpus (see :func:`tui.core.corpus.identity.corpus_key`). If the cache
    holds the merge of exactly this content, it is returned at once with per-article
    analyses decoded on access; otherwise the articles are analysed (cache hits first)
    and merged, and the merge is stored for next time. ``on_merged`` gets a fresh
    merge before it is stored (storing ten thousand analyses takes a second a UI
    need not wait for). Returns ``None`` if cancelled.
    """
    from tui.core.models import CorpusAnalysis

    keys = [article_key(a) for a in articles]
    fingerprint = corpus_fingerprint(articles, keys)
    stored = cache.get_merged(corpus, fingerprint)
    if stored is not None:
        lazy, entities = stored
        if progress is not None:
            progress(len(articles), len(articles))
        return CorpusAnalysis(lazy, entities, fingerprint)
    local_errors: list[tuple[str, str]] = [] if errors is None else errors
    before = len(local_errors)
    results = analyze_many(
        articles,
        cache=cache,
        workers=workers,
        progress=progress,
        analyzer=analyzer,
        cancel=cancel,
        errors=local_errors,
        on_analysed=on_analysed,
        keys=keys,
    )
    if cancelled(cancel) or len(results) < len(articles):
        return None
    if merger is None:  # imported only now: a stored merge needs none of the analysis
        from tui.core.analysis.pipeline import merge_corpus

        merger = merge_corpus
    merged = replace(merger((results[a.id] for a in articles), articles), fingerprint=fingerprint)
    if on_merged is not None:
        on_merged(merged)
    if len(local_errors) == before:  # a merge with failed articles is not worth keeping
        cache.put_merged(corpus, fingerprint, merged.articles, merged.entities)
    return merged
