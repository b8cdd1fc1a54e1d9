"""``newsreader index PATH…``: analyse a corpus ahead of time so the reader opens warm.

Loads the articles, takes what the analysis cache already holds, analyses the rest in
worker processes with a progress bar, merges names across the corpus, and stores it
all, with a snapshot of the loaded corpus: the reader then opens it whole and
analysed at once. Running it again on an unchanged corpus does no analysis at all.
"""

from __future__ import annotations

import argparse
import threading
import time
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

if TYPE_CHECKING:
    from tui.core.service.analysis import AnalysisResult
    from tui.core.service.corpus import CorpusService

from tui.core.store.database import GOING_ON_WITHOUT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``index [PATH…] [--engine E] [--workers N] [--prune]``."""
    from tui.cli import add_engine_argument, add_paths_argument

    add_paths_argument(parser)
    add_engine_argument(parser)
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes for analysis (default: one per core)",
    )
    parser.add_argument(
        "--prune",
        action="store_true",
        help="also drop cached analyses made by older engine versions",
    )


def run(args: argparse.Namespace) -> int:
    """Fill the analysis cache for the given corpus and print a one-line summary.

    The corpus-wide merge is stored too, under the same corpus key the reader uses
    (:func:`tui.core.corpus.identity.corpus_key` of the paths given, or of the
    bundled seeds).

    Storing is the whole point here, so a cache that cannot be used (a read-only
    folder, a full disk, an I/O error, a directory in its place) ends the command
    with one line on stderr and exit status 1: before any analysis when it cannot
    be opened, after it when writing failed (what was stored before stays). A
    damaged cache file is set aside with a warning and rebuilt (status 0). ``analyze``
    and ``search`` print their results whatever the cache does, so for them the same
    troubles are warnings (see :mod:`tui.core.store.database`).
    """
    from tui.cli import PROG, echo_error, open_corpus, select_engine
    from tui.core.wording import counted

    select_engine(args.engine)
    started = time.perf_counter()
    unusable = _unusable_cache()
    if unusable is not None:
        echo_error(f"{PROG}: error: {unusable}; nothing was indexed")
        return 1
    service = open_corpus(args.paths, echo=True)
    result, cached_before = _analyse_with_progress(service, args.workers)
    problems = result.problems if result is not None else []
    failed = [p for p in problems if p.endswith(GOING_ON_WITHOUT)]
    for problem in problems:
        if problem not in failed:
            echo_error(f"{PROG}: warning: {problem}")
    if failed:
        reason = failed[0].removesuffix(GOING_ON_WITHOUT)
        echo_error(f"{PROG}: error: {reason}; the analyses were not all stored")
        return 1
    pruned = _prune() if args.prune else 0
    seconds = time.perf_counter() - started
    total = len(service.articles)
    cached_before = total if cached_before is None else cached_before
    extra = f", {pruned} stale entries pruned" if pruned else ""
    print(
        f"{counted(total, 'article')}: {cached_before} from cache, "
        f"{total - cached_before} analysed "
        f"in {seconds:.1f} s{extra}"
    )
    return 0


def _analyse_with_progress(
    service: CorpusService, workers: int | None
) -> tuple[AnalysisResult | None, int | None]:
    """Analyse through the cache with a progress bar; also how many articles the
    cache already held (its first progress report), ``None`` when it reported none."""
    from tui.core.service.analysis import AnalysisRequest

    first_report: list[int] = []
    stop = threading.Event()
    with _progress_bar(Console(stderr=True)) as bar:
        task = bar.add_task("Analysing", total=len(service.articles))

        def on_progress(done: int, total: int) -> None:
            if not first_report:  # the first report counts the cache hits
                first_report.append(done)
            bar.update(task, completed=done)

        request = AnalysisRequest(progress=on_progress, cancel=stop, workers=workers, search=False)
        try:
            result = service.analyse(request)
        except KeyboardInterrupt:
            stop.set()
            raise
    return result, (first_report[0] if first_report else None)


def _unusable_cache() -> str | None:
    """Why the analysis cache cannot be opened, or ``None``.

    Opens the article cache too (the corpus snapshot lives there; without it the
    reader still opens, only slower): the first to open a damaged file sets it aside,
    so this is where it is told.
    """
    from tui.cli import PROG, echo_error
    from tui.core.store.analysis_cache import AnalysisCache
    from tui.core.store.article_cache import ArticleCache
    from tui.core.store.database import Store, StoreUnavailable

    warnings: list[str] = []
    for kind in (AnalysisCache, ArticleCache):
        try:
            cache: Store = kind()
        except StoreUnavailable as exc:
            if kind is AnalysisCache:
                return f"cannot use the {kind.label} {exc.path}: {exc.reason}"
            warnings.append(f"cannot use the {kind.label} {exc.path}: {exc.reason}")
            continue
        cache.close()
        warnings.extend(cache.warnings)
    for warning in warnings:
        echo_error(f"{PROG}: warning: {warning}")
    return None


def _progress_bar(console: Console) -> Progress:
    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _prune() -> int:
    """Drop analyses of older engine versions; 0 when the cache cannot be opened."""
    from tui.core.service.analysis import open_analysis_cache

    problems: list[str] = []
    cache = open_analysis_cache(problems)
    if cache is None:
        return 0
    with cache:
        return cache.prune()
