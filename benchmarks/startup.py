"""Startup benchmark: process start → first paint, newsreader vs a minimal Textual app.

Both programs run as subprocesses with ``NEWSREADER_EXIT_ON_PAINT=1``: each exits
right after its first screen refresh (``call_after_refresh`` on mount), so the
wall-clock time around the subprocess is start-up plus first paint, measured the
same way for both. Runs alternate to share any machine noise. Prints both medians
and the ratio (target: ratio ≤ 1.3), in wall-clock time and in CPU time (user +
system of the child): on a shared, loaded machine the wall clock mostly measures the
wait for a core, CPU time the work itself. The load average is printed beside them.

Both run with their bytecode compiled, as after ``pip install``: the children write
it to a private, temporary ``PYTHONPYCACHEPREFIX`` during the warm-up runs (even when
``PYTHONDONTWRITEBYTECODE`` is set here, which would otherwise leave newsreader's own
modules, and only those, compiled from source on every start).

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import pty
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MINIMAL_APP = """
import os
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        if os.environ.get("NEWSREADER_EXIT_ON_PAINT"):
            self.call_after_refresh(self.exit)

Minimal().run()
"""


def newsreader_command() -> list[str]:
    beside = Path(sys.executable).with_name("newsreader")
    found = str(beside) if beside.exists() else shutil.which("newsreader")
    return [found] if found else [sys.executable, "-m", "tui"]


def time_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds from launch to exit, input from a terminal as for a
    user (at the end of a file such as /dev/null Textual's input thread would spin and
    skew both)."""
    keyboard, terminal = pty.openpty()
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            command, env=env, check=True, stdin=terminal,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60,
        )  # fmt: skip
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu
    finally:
        os.close(keyboard)
        os.close(terminal)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per program (default 10)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as pycache:
        env = {**os.environ, "NEWSREADER_EXIT_ON_PAINT": "1", "NEWSREADER_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
        env.setdefault("TERM", "xterm-256color")
        env.update(COLUMNS="120", LINES="40")
        reader = newsreader_command()
        minimal = [sys.executable, "-c", MINIMAL_APP]
        for _ in range(2):  # warm the file cache and bytecode for both
            time_once(reader, env)
            time_once(minimal, env)
        load_before = os.getloadavg()[0]
        reader_times, minimal_times = [], []
        for _ in range(args.runs):
            reader_times.append(time_once(reader, env))
            minimal_times.append(time_once(minimal, env))
    report(reader, reader_times, minimal_times, (load_before, os.getloadavg()[0]))
    return 0


def report(
    reader: list[str],
    reader_times: list[tuple[float, float]],
    minimal_times: list[tuple[float, float]],
    load: tuple[float, float],
) -> None:
    """Print the medians of both programs and their ratios, wall clock and CPU."""
    print(f"runs {len(reader_times)} each, alternating; load average {load[0]:.1f} → {load[1]:.1f}")
    ratios = []
    for k, kind in enumerate(("wall", "CPU")):
        ours = statistics.median(t[k] for t in reader_times)
        bare = statistics.median(t[k] for t in minimal_times)
        ratios.append(ours / bare)
        print(f"{kind:4}  newsreader (seeds) median {ours * 1000:7.1f} ms   "
              f"minimal Textual app median {bare * 1000:7.1f} ms")  # fmt: skip
    print(f"ratio wall {ratios[0]:.2f}, CPU {ratios[1]:.2f}  (target 1.3)  ({' '.join(reader)})")


if __name__ == "__main__":
    raise SystemExit(main())
