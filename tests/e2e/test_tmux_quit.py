"""End to end: quitting while a big file is being analysed ends the program at once.

A folder holding one 20 MB article is opened in the installed reader under tmux with a
fresh ``NEWSREADER_HOME`` (nothing cached), and ``q`` is pressed as soon as the first
frame says it is analysing and the analysis has started its worker process. Such a
file used to take minutes to analyse, while the blanked program lived on; it must now
exit within seconds and leave no worker process behind. The timeout is generous: it
tells minutes from seconds, it does not measure speed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(TMUX is None, reason="tmux is not installed")]

BIG_BYTES = 20_000_000
QUIT_WITHIN = 15.0
"""Seconds the program may take to exit after ``q`` (the analysis alone took minutes)."""

PARAGRAPHS = [
    "Le ministre {n} a rencontré la maire de Lyon mardi pour parler du budget. "
    "« Nous avancerons ensemble », a déclaré {n} devant la presse.",
    "La délégation conduite par {n} a visité le port puis la mairie avant de repartir "
    "vers Paris, où le gouvernement examinait le projet de loi.",
    "Selon {n}, les négociations reprendront la semaine prochaine à Bruxelles.",
]
NAMES = ["Jean Dupont", "Marie Curie", "Paul Martin", "Claire Lambert", "Hugo Moreau"]


@pytest.fixture
def big_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "big"
    folder.mkdir()
    block = "\n\n".join(p.format(n=n) for n in NAMES for p in PARAGRAPHS) + "\n\n"
    body = block * (BIG_BYTES // len(block.encode("utf-8")) + 1)
    (folder / "fleuve.txt").write_text(f"Un très long article\n\n{body}", encoding="utf-8")
    return folder


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (workers, their helpers), from ``/proc``."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                children = [int(c) for c in f.read().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting to be reaped has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_ended(pids: list[int], timeout: float) -> list[int]:
    """The pids still running after up to ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while (left := [p for p in pids if _running(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_q_during_the_analysis_of_a_big_file_exits_at_once(home_env, big_folder):
    command = newsreader_command()
    tmux = Tmux(home_env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "120", "-y", "30",
                 f"{command} {big_folder}")  # fmt: skip
        pane = int(tmux.run("display-message", "-p", "-t", "main", "#{pane_pid}").strip())
        tmux.wait_for("analysing", timeout=60)
        deadline = time.monotonic() + 20  # the analysis starts just after the first frame
        while not (below := _descendants(pane)) and time.monotonic() < deadline:
            time.sleep(0.1)
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(timeout=QUIT_WITHIN), "q left the program running"
        # Workers started before the quit (and any started meanwhile) end with it.
        assert _wait_ended([pane, *below], timeout=5.0) == []
    finally:
        tmux.kill()
