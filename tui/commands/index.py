"""``newsreader index PATH…``: analyse a corpus ahead of time so the reader opens warm.

Loads the articles, takes what the analysis cache already holds, analyses the rest in
worker processes with a progress bar, merges names across the corpus, and stores it
all, with a snapshot of the loaded corpus: the reader then opens it whole and
analysed at once. Running it again on an unchanged corpus does no analysis at all.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``index [PATH…] [--workers N] [--prune]``."""
    from tui.cli import add_paths_argument

    add_paths_argument(parser)
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
    (:func:`tui.core.store.reading_state.corpus_key` of the paths given, or of the bundled seeds).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from tui.cli import PROG, CliError, echo_load_notes, load_inputs
    from tui.core.analysis.parallel import analyze_corpus_cached
    from tui.core.store.analysis_cache import AnalysisCache
    from tui.core.store.reading_state import corpus_key
    from tui.paths import bundled_seeds_dir

    started = time.perf_counter()
    # Absolute paths, as the reader uses: its snapshot must list the same files.
    roots = [os.path.abspath(p) for p in args.paths] or [str(bundled_seeds_dir())]
    corpus = corpus_key(roots)
    warm = _unchanged_corpus(roots, corpus)
    if warm is not None:  # loaded as the reader would: from its snapshot
        report, stamps = warm
        echo_load_notes(report)
    else:
        stamps = _stamps(roots)  # taken before reading: a file changed meanwhile is redone
        report = load_inputs(roots, echo=True)
    articles = report.articles
    try:
        cache = AnalysisCache()
    except ImportError as exc:
        raise CliError(f"the analysis engine is not available ({exc})") from exc
    err = Console(stderr=True)
    for message in cache.warnings:
        err.print(f"{PROG}: warning: {message}", markup=False, highlight=False)
    errors: list[tuple[str, str]] = []
    first_report: list[int] = []
    stop = threading.Event()
    with (
        cache,
        Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("Analysing", total=len(articles))

        def on_progress(done: int, total: int) -> None:
            if not first_report:  # the first report counts the cache hits
                first_report.append(done)
            bar.update(task, completed=done)

        try:
            analyze_corpus_cached(
                articles,
                cache=cache,
                corpus=corpus,
                workers=args.workers,
                progress=on_progress,
                errors=errors,
                cancel=stop,
            )
        except KeyboardInterrupt:
            stop.set()
            raise
        pruned = cache.prune() if args.prune else 0
    if warm is None:
        _keep_snapshot(corpus, stamps, report)
    for article_id, message in errors:
        print(f"{PROG}: warning: {article_id}: analysis failed: {message}", file=sys.stderr)
    seconds = time.perf_counter() - started
    cached_before = first_report[0] if first_report else 0
    analysed = len(articles) - cached_before
    extra = f", {pruned} stale entries pruned" if pruned else ""
    print(
        f"{len(articles)} articles: {cached_before} from cache, {analysed} analysed "
        f"in {seconds:.1f} s{extra}"
    )
    return 0


def _unchanged_corpus(roots: list[str], corpus: str):
    """The corpus from its snapshot when no file changed since it was kept, else None."""
    from tui.core.corpus.warm_start import open_warm

    warm = open_warm(roots, corpus)
    if warm is None or not warm.report.articles:
        return None
    return warm.report, warm.stamps


def _stamps(roots: list) -> dict:
    from tui.core.corpus.loader import discover, file_stamp

    files, _ = discover(roots)
    return {str(p): s for p in files if (s := file_stamp(p)) is not None}


def _keep_snapshot(corpus: str, stamps: dict, report) -> None:
    """Store the loaded corpus for the reader; without it the reader still opens, slower."""
    from tui.cli import PROG
    from tui.core.store.article_cache import ArticleCache

    try:
        with ArticleCache() as cache:
            cache.put_snapshot(corpus, list(stamps.items()), report)
    except Exception as exc:
        print(f"{PROG}: warning: the corpus snapshot was not kept: {exc}", file=sys.stderr)
