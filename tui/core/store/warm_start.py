"""Reopening an unchanged corpus as it was last shown, analysis included, in one step.

When every file of a corpus still has the stamp it was loaded at, its snapshot (see
:mod:`tui.core.store.snapshot`) gives back the whole load, and the snapshot's
fingerprint finds the stored corpus merge (see :meth:`AnalysisCache.get_merged`)
without hashing a single text. A reader can then start on the complete, analysed
corpus. Anything else (a new, changed or vanished file, a new engine version, a
cache that cannot be opened) answers ``None`` or leaves the analysis out, and the
caller takes the ordinary path: load in the background, analyse through the cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tui.core.corpus.files import Problem, Stamp, file_stamp, list_files
from tui.core.models import CorpusAnalysis, LoadReport
from tui.core.records import collection_paused


@dataclass(slots=True)
class WarmCorpus:
    """A corpus read back whole: what the loader would have produced, and its analysis."""

    report: LoadReport
    stamps: dict[str, Stamp]
    analysis: CorpusAnalysis | None


def open_warm(
    roots: Sequence[str | Path],
    corpus: str,
    *,
    article_cache: Path | None = None,
    analysis_cache: Path | None = None,
) -> WarmCorpus | None:
    """The corpus under ``roots`` from its snapshot, or ``None`` when it is not current.

    ``corpus`` is the corpus key (:func:`tui.core.corpus.identity.corpus_key`). The analysis is
    ``None`` when no merge of exactly this content is stored.
    """
    with collection_paused():
        return _open(roots, corpus, article_cache, analysis_cache)


def _open(
    roots: Sequence[str | Path],
    corpus: str,
    article_cache: Path | None,
    analysis_cache: Path | None,
) -> WarmCorpus | None:
    """Files are stamped and the stored merge is fetched in threads while this one reads
    the snapshot: stat calls and SQLite reads leave the interpreter lock free."""
    from tui.core.store.article_cache import ArticleCache
    from tui.core.store.snapshot import encode_files

    files, notes = list_files(roots)
    if not files:
        return None
    with ThreadPoolExecutor(max_workers=2) as pool:
        stamping = pool.submit(_stamps, files)
        try:
            cache = ArticleCache(article_cache)
        except Exception:  # a locked or unreadable cache: the ordinary load still works
            return None
        with cache:
            head = cache.snapshot_head(corpus)
            if head is None:
                return None
            merge = pool.submit(_read_merge, corpus, head.fingerprint, analysis_cache)
            stamps = stamping.result()
            if stamps is None or encode_files(list(stamps.items())) != head.files:
                return None
            snapshot = cache.snapshot_body(head)
        if snapshot is None:
            return None
        return WarmCorpus(_with_notes(snapshot.report, notes, stamps), stamps, merge.result())


def _with_notes(report: LoadReport, notes: list[Problem], stamps: dict[str, Stamp]) -> LoadReport:
    """The snapshot's report with today's notes about paths that are not files read
    (a pipe, a link leaving the folder): the stamps say nothing about those."""
    kept = [note for note in report.skipped if note[0] in stamps]
    return LoadReport(report.articles, [*notes, *kept], report.warnings)


def _stamps(files: list[str]) -> dict[str, Stamp] | None:
    """Every file's stamp, or ``None`` if one cannot be read (the load will say why)."""
    stamps: dict[str, Stamp] = {}
    for path in files:
        stamp = file_stamp(path)
        if stamp is None:
            return None
        stamps[path] = stamp
    return stamps


def _read_merge(corpus: str, fingerprint: str, path: Path | None) -> CorpusAnalysis | None:
    from tui.core.store.analysis_cache import AnalysisCache

    try:
        with AnalysisCache(path) as cache:
            stored = cache.get_merged(corpus, fingerprint)
    except Exception:  # the analysis will simply run (through the cache) instead
        return None
    if stored is None:
        return None
    lazy, entities = stored
    return CorpusAnalysis(lazy, entities, fingerprint)
