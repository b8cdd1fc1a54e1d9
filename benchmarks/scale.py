"""Scale benchmark: a 10,000-article corpus, loaded and analysed cold and warm.

Prints, for a generated corpus (see ``corpus_gen.py``): time to load, time to full
analysis with an empty cache (cold) and with a full one (warm), the corpus-wide merge,
and peak resident memory. Each phase runs in a fresh interpreter so its memory and
timings are those of a real start. The UI-level figures (time to sidebar, palette
keystroke latency, comparison time) have their own functions below, to be filled in
by the UI work; until then they print "n/a".

Usage::

    python benchmarks/scale.py [--n 10000] [--workers N] [--corpus DIR] [--keep-cache]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import ensure_corpus


def _peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MB (Linux: KB units)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def run_phase(corpus: Path, cache_path: Path, workers: int | None) -> dict[str, float]:
    """One start of the analysis path: load, analyse with the cache, merge; timed."""
    from tui.core.analysis import merge_corpus
    from tui.core.cache import AnalysisCache
    from tui.core.corpus import load_corpus
    from tui.core.parallel import analyze_many

    out: dict[str, float] = {}
    t0 = time.perf_counter()
    report = load_corpus([corpus])
    out["load_s"] = time.perf_counter() - t0
    out["articles"] = len(report.articles)
    out["words"] = sum(a.word_count for a in report.articles)

    t1 = time.perf_counter()
    hits: list[int] = []
    with AnalysisCache(cache_path) as cache:
        t_open = time.perf_counter()
        results = analyze_many(
            report.articles,
            cache=cache,
            workers=workers,
            progress=lambda done, total: hits.append(done) if not hits else None,
        )
    out["cache_open_s"] = t_open - t1
    out["analyse_s"] = time.perf_counter() - t1
    out["cache_hits"] = hits[0] if hits else 0

    t2 = time.perf_counter()
    merged = merge_corpus(results[a.id] for a in report.articles)
    out["merge_s"] = time.perf_counter() - t2
    out["corpus_entities"] = len(merged.entities)
    out["mentions"] = sum(len(a.entities) for a in results.values())
    out["quotes"] = sum(len(a.quotes) for a in results.values())
    out["total_s"] = time.perf_counter() - t0
    out["rss_mb"], out["workers_rss_mb"] = _peak_rss_mb()
    return out


# --- UI-level figures: to be implemented with the reader UI -------------------------


def measure_time_to_sidebar(corpus: Path, *, warm: bool) -> float | None:
    """Seconds from launch until the sidebar lists every article (cold or warm cache)."""
    return None


def measure_palette_latency(corpus: Path) -> float | None:
    """Median seconds from a palette keystroke to its results being shown."""
    return None


def measure_comparison_time(corpus: Path) -> float | None:
    """Seconds to open the side-by-side comparison of two long articles."""
    return None


# -------------------------------------------------------------------------------------


def _spawn_phase(corpus: Path, cache_path: Path, workers: int | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--phase", str(corpus), str(cache_path)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"phase failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fmt(value: float | None, unit: str = "s") -> str:
    return "n/a" if value is None else f"{value:.2f} {unit}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--corpus", type=Path, default=None, help="where the corpus is kept")
    parser.add_argument("--keep-cache", action="store_true", help="do not delete the cache")
    parser.add_argument("--phase", nargs=2, metavar=("CORPUS", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase:
        print(json.dumps(run_phase(Path(args.phase[0]), Path(args.phase[1]), args.workers)))
        return 0

    corpus = args.corpus or Path(tempfile.gettempdir()) / f"newsreader-bench-{args.n}-{args.seed}"
    t = time.perf_counter()
    manifest = ensure_corpus(corpus, args.n, seed=args.seed)
    print(f"corpus: {manifest['n']} articles, {manifest['words']:,} words in {corpus}")
    print(f"  (generated or reused in {time.perf_counter() - t:.1f} s)")

    cache_dir = Path(tempfile.mkdtemp(prefix="newsreader-bench-cache-"))
    cache_path = cache_dir / "analysis.sqlite"
    try:
        cold = _spawn_phase(corpus, cache_path, args.workers)
        warm = _spawn_phase(corpus, cache_path, args.workers)
        size_mb = cache_path.stat().st_size / 1e6
    finally:
        if not args.keep_cache:
            for p in cache_dir.iterdir():
                p.unlink()
            cache_dir.rmdir()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"workers: {args.workers or cores} on {cores} cores")
    print(
        f"analysis: {cold['mentions']:,} mentions, {cold['quotes']:,} quotes, "
        f"{cold['corpus_entities']:,} corpus entities; cache file {size_mb:.1f} MB"
    )
    rows = [
        ("load corpus", cold["load_s"], warm["load_s"]),
        ("analysis with cache", cold["analyse_s"], warm["analyse_s"]),
        ("  of which cache open", cold["cache_open_s"], warm["cache_open_s"]),
        ("corpus merge", cold["merge_s"], warm["merge_s"]),
        ("load to full analysis", cold["total_s"], warm["total_s"]),
    ]
    print(f"{'':24}{'cold':>12}{'warm':>12}")
    for label, c, w in rows:
        print(f"{label:24}{_fmt(c):>12}{_fmt(w):>12}")
    print(f"{'cache hits':24}{cold['cache_hits']:>12}{warm['cache_hits']:>12}")
    print(f"{'peak RSS main':24}{_fmt(cold['rss_mb'], 'MB'):>12}{_fmt(warm['rss_mb'], 'MB'):>12}")
    print(
        f"{'peak RSS one worker':24}{_fmt(cold['workers_rss_mb'], 'MB'):>12}"
        f"{_fmt(warm['workers_rss_mb'], 'MB'):>12}"
    )
    print(f"time to sidebar (cold):  {_fmt(measure_time_to_sidebar(corpus, warm=False))}")
    print(f"time to sidebar (warm):  {_fmt(measure_time_to_sidebar(corpus, warm=True))}")
    print(f"palette keystroke:       {_fmt(measure_palette_latency(corpus))}")
    print(f"comparison:              {_fmt(measure_comparison_time(corpus))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
