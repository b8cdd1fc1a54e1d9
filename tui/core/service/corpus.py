"""An opened corpus: where it came from, what was loaded, and what is known of it.

:class:`CorpusService` is what the reader and every subcommand hold once they open
files and folders. It takes the quickest way in (the snapshot of an unchanged corpus
with its stored analysis; else the article cache; else the files), knows the corpus
by one key for every cache, and runs analysis, search indexing and reload the same
way for all of them. It is blocking and headless: the reader calls it from workers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.models import Article, CorpusAnalysis, LoadReport
from tui.core.service.analysis import (
    AnalysisRequest,
    AnalysisResult,
    analyse_corpus,
    build_index,
    keep_index,
    stored_index,
)

if TYPE_CHECKING:
    from tui.core.corpus.loader import Stamp
    from tui.core.search.searcher import SearchIndex
    from tui.core.store.article_cache import ArticleCache

log = logging.getLogger("newsreader")


@dataclass(slots=True)
class CorpusService:
    """One opened corpus. ``roots`` is ``None`` for articles given directly (no files
    to reload); ``pending`` lists files not read yet when the corpus was opened on its
    first articles; ``analysis`` is the stored merge of an unchanged corpus, if any."""

    roots: list[Path] | None
    report: LoadReport
    stamps: dict[str, Stamp] = field(default_factory=dict)
    pending: list[Path] = field(default_factory=list)
    analysis: CorpusAnalysis | None = None
    warm: bool = False
    key: str = ""

    @classmethod
    def open(cls, paths: Sequence[str | Path], *, first: int | None = None) -> CorpusService:
        """Open ``paths`` whole, or (with ``first``) on its first articles only.

        An unchanged corpus comes back from its snapshot with its stored analysis;
        otherwise files come from the article cache when unchanged, else from disk.
        """
        from tui.core.corpus.identity import corpus_key
        from tui.core.store.warm_start import open_warm

        roots = [Path(os.path.abspath(p)) for p in paths]
        key = corpus_key(roots)
        warm = open_warm(roots, key)
        if warm is not None and warm.report.articles:
            return cls(roots, warm.report, warm.stamps, [], warm.analysis, True, key)
        if first is not None:
            from tui.core.corpus.loader import start_corpus

            report, stamps, pending = start_corpus(roots, first=first)
            return cls(roots, report, stamps, list(pending), None, False, key)
        report, stamps = _load_whole(roots)
        return cls(roots, report, stamps, [], None, False, key)

    @classmethod
    def of_report(cls, report: LoadReport, *, roots: Sequence[Path] | None = None) -> CorpusService:
        """A corpus already loaded by the caller (a demo, a test, an embedding app)."""
        from tui.core.corpus.identity import corpus_key

        given = list(roots) if roots is not None else None
        where = given if given is not None else sorted({Path(a.path) for a in report.articles})
        return cls(given, report, key=corpus_key(where))

    @property
    def articles(self) -> list[Article]:
        return self.report.articles

    @property
    def complete(self) -> bool:
        """Every file is loaded (nothing pending)."""
        return not self.pending

    def analyse(self, request: AnalysisRequest | None = None) -> AnalysisResult | None:
        """The corpus analysis: the stored one when current, else run through the cache.

        ``None`` when cancelled. The result is kept as :attr:`analysis`.
        """
        request = request or AnalysisRequest(search=False)
        request.corpus_key = self.key
        if self.analysis is not None and self.complete:
            index = self.search_index() if request.search else None
            return AnalysisResult(self.analysis, index)
        result = analyse_corpus(self.articles, request)
        if result is not None:
            self.analysis = result.corpus
        return result

    def search_index(self, *, keep: bool = True) -> SearchIndex:
        """The search index of the analysed corpus: the stored one, else built (and kept,
        with ``keep``). Titles only before any analysis."""
        corpus = self.analysis
        if corpus is None:
            return build_index(self.articles)
        found = stored_index(self.key, corpus, self.articles)
        if found is not None:
            return found
        index = build_index(self.articles, corpus.articles)
        if keep:
            keep_index(self.key, corpus, self.articles, index)
        return index

    def extend(self, report: LoadReport, stamps: dict[str, Stamp]) -> list[Article]:
        """Take in a batch of the pending files; returns its articles, ids made unique."""
        from tui.core.corpus.loader import unique_ids

        taken = {a.id for a in self.articles}
        added = unique_ids(report.articles, taken=taken)
        self.report.articles.extend(added)
        self.report.skipped.extend(report.skipped)
        self.report.warnings.extend(report.warnings)
        self.stamps.update(stamps)
        done = set(stamps) | {str(p) for p, _ in report.skipped}
        self.pending = [p for p in self.pending if str(p) not in done]
        self.analysis = None
        return added

    def reload(self) -> int:
        """Read again the files that are new or changed; how many changed (0: none)."""
        if self.roots is None:
            return 0
        from tui.core.corpus.loader import reload_corpus

        report, stamps, changed = reload_corpus(self.roots, self.articles, self.stamps)
        if changed:
            self.report, self.stamps, self.pending = report, stamps, []
            self.analysis, self.warm = None, False
        return changed

    def keep_snapshot(self) -> bool:
        """Store the loaded corpus so it reopens whole; False if it could not be kept."""
        if self.roots is None or self.pending:
            return False
        cache = open_article_cache()
        if cache is None:
            return False
        try:
            cache.put_snapshot(self.key, list(self.stamps.items()), self.report)
        except Exception as exc:  # only the next start pays: it loads from the files
            log.warning("could not keep the corpus snapshot: %s", exc)
            return False
        finally:
            cache.close()
        self.warm = True
        return True


def _load_whole(roots: Sequence[Path]) -> tuple[LoadReport, dict[str, Stamp]]:
    """Every file under ``roots``, unchanged ones from the article cache."""
    from tui.core.analysis.parallel import load_with_cache
    from tui.core.corpus.loader import discover, unique_ids

    files, missing = discover(roots)
    report = LoadReport(skipped=list(missing))
    stamps: dict[str, Stamp] = {}
    cache = open_article_cache()
    try:
        for part, part_stamps in load_with_cache(files, cache=cache):
            report.articles.extend(part.articles)
            report.skipped.extend(part.skipped)
            report.warnings.extend(part.warnings)
            stamps.update(part_stamps)
    finally:
        if cache is not None:
            cache.close()
    report.articles = unique_ids(report.articles)
    return report, stamps


def open_article_cache() -> ArticleCache | None:
    """The cache of loaded articles, or ``None`` (loading still works) if unavailable."""
    try:
        from tui.core.store.article_cache import ArticleCache

        return ArticleCache()
    except Exception:  # a read-only or locked cache dir: load from the files
        return None
