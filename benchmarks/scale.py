"""Scale benchmark: a 10,000-article corpus, loaded and analysed cold and warm.

Prints, for a generated corpus (see ``corpus_gen.py``): time to load; time from
there to the analysed corpus (per-article analyses plus the corpus-wide merge) with
an empty cache (cold), a full one (warm) and after one article changed; the cost of
the first article's analysis and of decoding all of them; peak resident memory. Each
phase runs in a fresh interpreter so its memory and timings are those of a real start.
The reader figures run the installed ``newsreader`` command as a user would, with
benchmark hooks that note the moment before quitting: on empty caches, the time to
the first frame (sidebar and first article) and to the whole corpus analysed and
shown; then, reopened unchanged (warm), the same two times, and the reader's peak
RSS. Last come the palette's keystroke latency (the core ``Searcher`` over the real
analysis, one keystroke at a time) and the time to compare the two longest articles.
Then the command line on a smaller corpus (2,000 articles by default, see
``--cli-n``): ``newsreader analyze --format json`` and ``newsreader search`` on empty
caches (cold) and again on the same corpus (warm), with the warm/cold ratio of each;
the issue's floor is a warm run within a tenth of a cold one. ``--cli-only`` prints
just those figures.

Usage::

    python benchmarks/scale.py [--n 10000] [--workers N] [--corpus DIR] [--keep-cache]
    python benchmarks/scale.py --cli-only [--cli-n 2000] [--runs 3] [--engine rules]
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_timing import cli_figures, print_cli_figures, reader_command
from corpus_gen import ensure_corpus


def _peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MB (Linux: KB units)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def run_phase(corpus: Path, cache_path: Path, workers: int | None, *, edit: bool) -> dict:
    """One start of the analysis path: load, then the corpus analysis through the cache.

    With ``edit``, one article's text is changed after loading, as after a reload.
    """
    from dataclasses import replace

    from tui.core.analysis.parallel import analyze_corpus_cached
    from tui.core.corpus.identity import corpus_key
    from tui.core.corpus.loader import load_corpus
    from tui.core.store.analysis_cache import AnalysisCache

    out: dict = {}
    t0 = time.perf_counter()
    report = load_corpus([corpus])
    articles = report.articles
    out["load_s"] = time.perf_counter() - t0
    if edit:
        articles[0] = replace(articles[0], text=articles[0].text + "\nUne phrase ajoutée.\n")

    hits: list[int] = []
    t1 = time.perf_counter()
    with AnalysisCache(cache_path) as cache:
        result = analyze_corpus_cached(
            articles,
            cache=cache,
            corpus=corpus_key([corpus]),
            workers=workers,
            progress=lambda done, total: None if hits else hits.append(done),
        )
    assert result is not None
    out["analysis_s"] = time.perf_counter() - t1
    out["cache_hits"] = hits[0] if hits else 0

    t2 = time.perf_counter()
    result.articles[articles[len(articles) // 2].id]
    out["one_article_s"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    every = list(result.articles.values())
    out["decode_all_s"] = time.perf_counter() - t3
    out["corpus_entities"] = len(result.entities)
    out["mentions"] = sum(len(a.entities) for a in every)
    out["quotes"] = sum(len(a.quotes) for a in every)
    out["total_s"] = t2 - t0
    out["rss_mb"], out["workers_rss_mb"] = _peak_rss_mb()
    return out


# --- UI-level figures -----------------------------------------------------------------


def time_reader(corpus: Path, home: Path, hook: str) -> tuple[float, float]:
    """Run the installed reader on ``corpus`` until ``hook`` makes it quit.

    Returns the seconds from launch to the moment measured and the process's peak RSS
    in MB (worker processes not included). With ``NEWSREADER_EXIT_ON_PAINT`` that is
    launch → the first frame (sidebar included); with ``NEWSREADER_EXIT_WHEN_ANALYSED``
    launch → the analysed corpus drawn. The reader notes the moment in a file before
    quitting, so tearing down a big corpus is not counted.
    """
    env = {**os.environ, "NEWSREADER_HOME": str(home)}
    env.setdefault("TERM", "xterm-256color")
    env.update(COLUMNS="120", LINES="40")
    log = home / "moment.txt"
    log.unlink(missing_ok=True)
    env[hook] = str(log)
    # Input from a terminal, as for a user: at end of file (/dev/null) Textual's input
    # thread would spin and take the GIL from the loading and analysis threads.
    keyboard, terminal = pty.openpty()
    wall, start = time.time(), time.perf_counter()
    try:
        proc = subprocess.Popen(
            [*reader_command(), str(corpus)], env=env, stdin=terminal,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        os.close(keyboard)
        os.close(terminal)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"the reader failed on {corpus} (status {status})")
    if log.exists():
        seconds = float(log.read_text().split()[0]) - wall
    return seconds, usage.ru_maxrss / 1024


def measure_time_to_sidebar(corpus: Path, *, home: Path) -> float:
    """Seconds from launch until the first frame (sidebar and first article) is drawn."""
    return time_reader(corpus, home, "NEWSREADER_EXIT_ON_PAINT")[0]


def measure_time_to_analysed(corpus: Path, *, home: Path, runs: int = 1) -> tuple[float, float]:
    """Median seconds from launch to the whole analysed corpus shown, and peak RSS (MB)."""
    import statistics

    timed = [time_reader(corpus, home, "NEWSREADER_EXIT_WHEN_ANALYSED") for _ in range(runs)]
    return statistics.median(t for t, _ in timed), max(rss for _, rss in timed)


def ui_phase(corpus: Path, cache_path: Path) -> dict:
    """Palette keystroke latency and comparison time over the real (cached) analysis."""
    import statistics

    from tui.core.analysis.parallel import analyze_corpus_cached
    from tui.core.compare.summary import compare_articles
    from tui.core.corpus.identity import corpus_key
    from tui.core.corpus.loader import load_corpus
    from tui.core.search.searcher import Searcher, SearchIndex
    from tui.core.store.analysis_cache import AnalysisCache

    articles = load_corpus([corpus]).articles
    with AnalysisCache(cache_path) as cache:
        result = analyze_corpus_cached(articles, cache=cache, corpus=corpus_key([corpus]))
    assert result is not None
    t = time.perf_counter()
    index = SearchIndex(articles, result.articles)
    out: dict = {"index_s": time.perf_counter() - t}
    latencies = []
    for query in ("vladimir poutine", "corée du nord", "sanctions lyon"):
        searcher = Searcher(index)
        for n in range(1, len(query) + 1):
            t = time.perf_counter()
            searcher.search(query[:n], limit=50)
            latencies.append(time.perf_counter() - t)
    out["palette_median_s"] = statistics.median(latencies)
    out["palette_max_s"] = max(latencies)
    longest = sorted(articles, key=lambda a: len(a.text))[-2:]
    t = time.perf_counter()
    compare_articles(
        longest[0], longest[1], result.articles[longest[0].id], result.articles[longest[1].id]
    )
    out["compare_s"] = time.perf_counter() - t
    return out


# --- the command line, cold and warm ---------------------------------------------------


# -------------------------------------------------------------------------------------


def _spawn_phase(corpus: Path, cache_path: Path, workers: int | None, *, edit: bool) -> dict:
    cmd = [sys.executable, __file__, "--phase", str(corpus), str(cache_path)]
    if edit:
        cmd.append("--edit")
    if workers is not None:
        cmd += ["--workers", str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"phase failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _spawn_ui_phase(corpus: Path, cache_path: Path) -> dict:
    cmd = [sys.executable, __file__, "--ui-phase", str(corpus), str(cache_path)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"UI phase failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fmt(value: float | None, unit: str = "s") -> str:
    return "n/a" if value is None else f"{value:.2f} {unit}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--corpus", type=Path, default=None, help="where the corpus is kept")
    parser.add_argument("--keep-cache", action="store_true", help="do not delete the cache")
    parser.add_argument("--phase", nargs=2, metavar=("CORPUS", "CACHE"), help=argparse.SUPPRESS)
    parser.add_argument("--edit", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ui-phase", nargs=2, metavar=("CORPUS", "CACHE"), help=argparse.SUPPRESS)
    parser.add_argument("--cli-n", type=int, default=2_000, help="CLI corpus size (0: none)")
    parser.add_argument("--runs", type=int, default=3, help="warm runs of each command")
    parser.add_argument("--cli-only", action="store_true", help="only the CLI figures")
    parser.add_argument("--engine", choices=("rules", "trained"), help="NEWSREADER_ENGINE")
    return parser


def measure(corpus: Path, workers: int | None, *, keep_cache: bool) -> dict[str, Any]:
    """The reader's and the analysis path's figures on ``corpus``, each on fresh caches."""
    home = Path(tempfile.mkdtemp(prefix="newsreader-bench-home-"))
    phases_dir = Path(tempfile.mkdtemp(prefix="newsreader-bench-cache-"))
    cache_path = phases_dir / "analysis.sqlite"
    ui: dict = {}
    try:
        # The reader, as a user meets it: first opening, then reopening unchanged.
        ui["sidebar_cold_s"] = measure_time_to_sidebar(corpus, home=home)
        ui["analysed_cold_s"], ui["reader_cold_rss_mb"] = measure_time_to_analysed(
            corpus, home=home
        )
        # A first warm session long enough for the search index to be built and kept.
        ui["indexed_first_s"] = time_reader(corpus, home, "NEWSREADER_EXIT_WHEN_INDEXED")[0]
        ui["sidebar_warm_s"] = measure_time_to_sidebar(corpus, home=home)
        ui["analysed_warm_s"], ui["reader_rss_mb"] = measure_time_to_analysed(
            corpus, home=home, runs=3
        )
        ui["indexed_warm_s"], ui["reader_indexed_rss_mb"] = time_reader(
            corpus, home, "NEWSREADER_EXIT_WHEN_INDEXED"
        )
        # The analysis path alone, each phase in a fresh interpreter, on its own cache.
        cold = _spawn_phase(corpus, cache_path, workers, edit=False)
        warm = _spawn_phase(corpus, cache_path, workers, edit=False)
        ui.update(_spawn_ui_phase(corpus, cache_path))
        edited = _spawn_phase(corpus, cache_path, workers, edit=True)
        size_mb = cache_path.stat().st_size / 1e6
        snapshot_mb = (home / "cache" / "articles.sqlite").stat().st_size / 1e6
    finally:
        if not keep_cache:
            shutil.rmtree(home, ignore_errors=True)
            shutil.rmtree(phases_dir, ignore_errors=True)

    return {
        "ui": ui,
        "phases": (cold, warm, edited),
        "size_mb": size_mb,
        "snapshot_mb": snapshot_mb,
    }


def print_figures(figures: dict[str, Any], workers: int | None) -> None:
    """The table of analysis phases, then the reader's figures."""
    ui, phases = figures["ui"], figures["phases"]
    cold = phases[0]
    size_mb, snapshot_mb = figures["size_mb"], figures["snapshot_mb"]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"workers: {workers or cores} on {cores} cores")
    print(
        f"analysis: {cold['mentions']:,} mentions, {cold['quotes']:,} quotes, "
        f"{cold['corpus_entities']:,} corpus entities; analysis cache {size_mb:.1f} MB, "
        f"article cache with snapshot {snapshot_mb:.1f} MB"
    )
    print(f"{'':30}{'cold':>11}{'warm':>11}{'1 edited':>11}")
    rows = [
        ("load corpus", "load_s", "s"),
        ("analysis + merge via cache", "analysis_s", "s"),
        ("load to analysed corpus", "total_s", "s"),
        ("first article's analysis", "one_article_s", "s"),
        ("decode every analysis", "decode_all_s", "s"),
        ("peak RSS main process", "rss_mb", "MB"),
        ("peak RSS one worker", "workers_rss_mb", "MB"),
    ]
    for label, key, unit in rows:
        print(f"{label:30}" + "".join(f"{_fmt(p[key], unit):>11}" for p in phases))
    print(f"{'cache hits':30}" + "".join(f"{p['cache_hits']:>11}" for p in phases))
    print("reader (installed command, from launch; includes interpreter start):")
    print(f"  time to sidebar, cold cache          {_fmt(ui['sidebar_cold_s'])}")
    print(f"  time to full analysis, cold cache    {_fmt(ui['analysed_cold_s'])}")
    print(f"  time to sidebar, warm                {_fmt(ui['sidebar_warm_s'])}")
    print(f"  whole analysed corpus, warm (median) {_fmt(ui['analysed_warm_s'])}")
    print(f"  peak RSS, reader process, cold       {_fmt(ui['reader_cold_rss_mb'], 'MB')}")
    print(f"  whole corpus searchable, first time  {_fmt(ui['indexed_first_s'])} (index built)")
    print(f"  whole corpus searchable, warm        {_fmt(ui['indexed_warm_s'])} (index kept)")
    print(f"  peak RSS, reader process, warm       {_fmt(ui['reader_rss_mb'], 'MB')}")
    print(f"  peak RSS, warm, search index ready   {_fmt(ui['reader_indexed_rss_mb'], 'MB')}")
    print(f"search index build                     {_fmt(ui['index_s'])}")
    print(
        f"palette keystroke (Searcher)         median {ui['palette_median_s'] * 1000:.1f} ms, "
        f"max {ui['palette_max_s'] * 1000:.1f} ms"
    )
    print(f"comparison of the two longest         {ui['compare_s'] * 1000:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.engine:
        os.environ["NEWSREADER_ENGINE"] = args.engine
    if args.ui_phase:
        print(json.dumps(ui_phase(Path(args.ui_phase[0]), Path(args.ui_phase[1]))))
        return 0
    if args.phase:
        phase = run_phase(Path(args.phase[0]), Path(args.phase[1]), args.workers, edit=args.edit)
        print(json.dumps(phase))
        return 0
    if args.cli_only:
        return run_cli_figures(args)
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"newsreader-bench-{args.n}-{args.seed}"
    t = time.perf_counter()
    manifest = ensure_corpus(corpus, args.n, seed=args.seed)
    print(f"corpus: {manifest['n']} articles, {manifest['words']:,} words in {corpus}")
    print(f"  (generated or reused in {time.perf_counter() - t:.1f} s)")
    print_figures(measure(corpus, args.workers, keep_cache=args.keep_cache), args.workers)
    return run_cli_figures(args)


def run_cli_figures(args: argparse.Namespace) -> int:
    """Generate (or reuse) the CLI corpus and print its cold and warm figures (none
    with ``--cli-n 0``)."""
    if args.cli_n <= 0:
        return 0
    corpus = Path(tempfile.gettempdir()) / f"newsreader-bench-{args.cli_n}-{args.seed}"
    manifest = ensure_corpus(corpus, args.cli_n, seed=args.seed)
    print_cli_figures(cli_figures(corpus, runs=args.runs), manifest["n"], args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
