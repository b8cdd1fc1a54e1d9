"""Timing of the installed ``newsreader`` command: the command line figures of
scale.py (``analyze`` and ``search``, cold then warm), each run in its own process
with its wall and CPU time, worker processes included.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def reader_command() -> list[str]:
    """The installed command beside this interpreter, else on PATH, else the module."""
    beside = Path(sys.executable).with_name("newsreader")
    found = str(beside) if beside.exists() else shutil.which("newsreader")
    return [found] if found else [sys.executable, "-m", "tui"]


def time_command(args: list[str], home: Path) -> tuple[float, float]:
    """Run ``newsreader ARGS`` with its output thrown away; wall and CPU seconds (user
    and system, worker processes included)."""
    env = {**os.environ, "NEWSREADER_HOME": str(home)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*reader_command(), *args], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"newsreader {' '.join(args)} failed:\n{stderr.decode(errors='replace')}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def cli_figures(corpus: Path, *, runs: int, query: str = "Poutine") -> dict[str, tuple]:
    """Cold and warm ``analyze`` and ``search``: ``(cold, median warm)`` pairs of
    ``(wall, cpu)``. Each cold run starts on an empty home (no cache, no snapshot); the
    warm runs follow it on the same home, the corpus unchanged."""
    commands = {
        "analyze": ["analyze", str(corpus), "--format", "json"],
        "search": ["search", query, str(corpus)],
    }
    out: dict[str, tuple] = {}
    for name, args in commands.items():
        home = Path(tempfile.mkdtemp(prefix="newsreader-bench-cli-"))
        try:
            cold = time_command(args, home)
            warm = [time_command(args, home) for _ in range(runs)]
        finally:
            shutil.rmtree(home, ignore_errors=True)
        out[name] = cold, tuple(statistics.median(w[i] for w in warm) for i in (0, 1))
    return out


def print_cli_figures(figures: dict[str, tuple], n: int, runs: int) -> None:
    engine = os.environ.get("NEWSREADER_ENGINE") or "default"
    print(f"command line on {n:,} articles ({engine} engine; warm: median of {runs}):")
    print(f"  {'':26}{'cold':>9}{'warm':>9}{'warm/cold':>11}   cpu: cold, warm, ratio")
    for name, ((wall, cpu), (warm_wall, warm_cpu)) in figures.items():
        label = f"newsreader {name}"
        print(
            f"  {label:26}{wall:>7.2f} s{warm_wall:>7.2f} s{warm_wall / wall:>11.3f}"
            f"   {cpu:.2f} s, {warm_cpu:.2f} s, {warm_cpu / cpu:.3f}"
            f"  (1/{wall / warm_wall:.0f} wall)"
        )
