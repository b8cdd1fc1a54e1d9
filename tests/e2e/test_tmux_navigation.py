"""End to end under tmux: the footer at launch, fast keys, and help in the comparison.

Drives the installed ``newsreader`` on the bundled seeds with a throwaway
``NEWSREADER_HOME``: the footer shows the help and quit hints, ``J J x`` typed in
one burst leaves the third article open and marked as the user marked it (and the
second, only passed through, unread), and ``?`` in a comparison lists the
comparison's keys. Skipped when tmux is not installed.
"""

from __future__ import annotations

import time

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

from tui.core.corpus.loader import load_corpus
from tui.ui.reader_navigation import READ_AFTER

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
]


def sidebar_row(screen: str, title: str) -> str:
    """The sidebar's part of the line showing the start of ``title``."""
    for line in screen.splitlines():
        side = line.split("▕")[0]
        if side.lstrip(" ●★◆").startswith(title[:12]):
            return side
    raise AssertionError(f"{title[:12]!r} is not in the sidebar:\n{screen}")


def test_footer_and_a_fast_J_J_x(home_env, seeds_dir):
    command = newsreader_command()
    articles = load_corpus([seeds_dir]).articles
    second, third = articles[1], articles[2]
    tmux = Tmux(home_env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "110", "-y", "36", command)
        screen = tmux.wait_for("Quit")
        footer = [line for line in screen.splitlines() if line.strip()][-1]
        assert "? Help" in footer and "q Quit" in footer, screen
        assert "m Compare" in footer and "F Filter" in footer and "f Furniture" in footer
        tmux.wait_for("●")  # the reading state is in: unread articles are marked

        tmux.run("send-keys", "-t", "main", "J", "J", "x")  # one burst
        screen = tmux.wait_for("Marked read")
        pane = "\n".join(line.split("▕", 1)[-1] for line in screen.splitlines())
        assert " ".join(third.title.split()[:4]) in " ".join(pane.split()), screen
        time.sleep(READ_AFTER + 0.5)  # long enough for any late message or timer to act
        screen = tmux.capture()
        assert "●" not in sidebar_row(screen, third.title), screen  # read, as the user set
        assert "●" in sidebar_row(screen, second.title), screen  # passed through: unread
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()


def test_help_in_the_comparison_lists_its_keys(home_env):
    tmux = Tmux(home_env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "110", "-y", "36", newsreader_command())
        tmux.wait_for("Quit")
        tmux.run("send-keys", "-t", "main", "m", "J", "m")  # mark two: the comparison
        tmux.wait_for("Next diff")
        tmux.run("send-keys", "-t", "main", "?")
        screen = tmux.wait_for("Comparison")
        for what in ("Next difference", "Swap the sides", "Synchronised scrolling", "Pick an"):
            assert what in screen, screen
        assert "Mark to compare" not in screen, screen  # the reader's keys are not listed
        tmux.run("send-keys", "-t", "main", "Escape")
        time.sleep(0.3)
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit from the comparison"
    finally:
        tmux.kill()
