"""End to end: the installed ``newsreader`` command, driven by keys under tmux.

A private tmux server (``-L``) and throwaway XDG folders keep the test away from the
user's sessions and config. Skipped when tmux is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")


def newsreader_command() -> str:
    """The console script installed beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).with_name("newsreader")
    found = str(beside) if beside.exists() else shutil.which("newsreader")
    if found is None:
        pytest.skip("the newsreader command is not installed")
    return found


class Tmux:
    """A private tmux server running one pane."""

    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"newsreader-e2e-{uuid.uuid4().hex[:8]}"
        self.env = env

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [TMUX, "-L", self.socket, *args],
            capture_output=True, text=True, env=self.env, timeout=30, check=True,
        )  # fmt: skip
        return result.stdout

    def capture(self) -> str:
        return self.run("capture-pane", "-p", "-t", "main")

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if needle in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")

    def wait_closed(self, timeout: float = 10.0) -> bool:
        """Wait for the command to exit (its session then disappears)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            probe = subprocess.run(
                [TMUX, "-L", self.socket, "has-session", "-t", "main"],
                capture_output=True, env=self.env,
            )  # fmt: skip
            if probe.returncode != 0:
                return True
            time.sleep(0.2)
        return False

    def kill(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, env=self.env)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@pytest.mark.parametrize(("width", "height"), [(80, 24), (160, 48)])
def test_third_article_by_keyboard(env, seeds_dir, width, height):
    from tui.core.corpus.loader import load_corpus

    command = newsreader_command()
    third = load_corpus([seeds_dir]).articles[2]
    first_words = " ".join(third.text.split()[:3])
    tmux = Tmux(env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", str(width), "-y", str(height), command)
        tmux.wait_for("Articles (5)")
        tmux.run("send-keys", "-t", "main", "J")
        time.sleep(0.3)
        tmux.run("send-keys", "-t", "main", "J")
        screen = tmux.wait_for(third.title[:20])
        assert first_words in " ".join(screen.split()), screen
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_palette_jumps_to_a_quote(env, seeds_dir):
    from tui.core.corpus.loader import load_corpus

    command = newsreader_command()
    articles = load_corpus([seeds_dir]).articles
    words = "tremplin pour des relations"
    holder = next(a for a in articles if words in a.text)
    assert holder is not articles[0]
    tmux = Tmux(env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "140", "-y", "40", command)
        tmux.wait_for("Articles (5)")
        tmux.wait_for("names ·")  # the analysis is done: quotes are searchable
        tmux.run("send-keys", "-t", "main", "C-p")
        tmux.wait_for("🔎")  # the palette is open and has the focus
        tmux.run("send-keys", "-t", "main", "-l", words)
        tmux.wait_for("quote: ")
        tmux.run("send-keys", "-t", "main", "Enter")
        tmux.wait_for(f"fr · {holder.word_count} words")  # its header: the article is open
        screen = tmux.wait_for("tremplin")  # only the chosen article says it
        flat = " ".join(screen.split())
        assert "tremplin pour des" in flat, screen
        assert "fr · 866 words" in flat or str(holder.word_count) in flat, screen
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
