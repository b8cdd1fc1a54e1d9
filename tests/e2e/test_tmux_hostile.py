"""End to end: escape sequences in titles and file names never reach the terminal.

An article whose title carries ``ESC ]0;pwned BEL`` (set the window title) and a
skipped file whose name carries ``ESC ]2;…BEL`` are opened in the installed reader
under tmux. tmux obeys those sequences by renaming the pane, so the pane title tells
whether any raw escape got through: the notice, the article list, the palette's hits
and their help lines must all show ``␛`` instead.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(TMUX is None, reason="tmux is not installed")]

PANE_TITLE = "newsreader-e2e-title"
TITLE = "Sommet de Berlin \x1b]0;pwned\x07 Scholz"
BODY = (
    "Olaf Scholz a déclaré : « Nous restons unis ». Le chancelier Scholz a parlé "
    "longuement à Berlin avec ses homologues européens.\n"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "sommet.txt").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    (folder / "vide\x1b]2;pwned-by-name\x07.txt").write_bytes(b"")  # skipped, with a notice
    return folder


def _wait_gone(tmux: Tmux, needle: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while needle in tmux.capture():
        assert time.monotonic() < deadline, f"{needle!r} never went away"
        time.sleep(0.2)


def _toast_text(screen: str) -> str:
    """The notices' text, lines joined as they were wrapped (a long path wraps anywhere)."""
    return "".join(line.rsplit("▌", 1)[1].strip() for line in screen.splitlines() if "▌" in line)


def _wait_toast(tmux: Tmux, needle: str, timeout: float = 20.0) -> str:
    """The screen once a notice holds ``needle``: the notice's title may be drawn a
    frame before its text, so the text is waited for, not the title alone."""
    deadline = time.monotonic() + timeout
    screen = tmux.wait_for("Files not opened", timeout)
    while needle not in _toast_text(screen) and time.monotonic() < deadline:
        time.sleep(0.2)
        screen = tmux.capture()
    return screen


def _pane_title(tmux: Tmux) -> str:
    return tmux.run("display-message", "-p", "-t", "main", "#{pane_title}").strip()


def test_escapes_in_a_title_and_a_file_name_stay_on_screen(env, hostile):
    command = newsreader_command()
    tmux = Tmux(env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "140", "-y", "40", command, str(hostile))
        tmux.run("select-pane", "-t", "main", "-T", PANE_TITLE)
        screen = _wait_toast(tmux, "vide␛]2;pwned-by-name␇.txt")
        assert "vide␛]2;pwned-by-name␇.txt" in _toast_text(screen), screen
        assert _pane_title(tmux) == PANE_TITLE
        tmux.wait_for("names ·")  # the analysis is done: entities are searchable
        tmux.run("send-keys", "-t", "main", "C-p")
        tmux.wait_for("🔎")  # the palette is open and has the focus
        tmux.run("send-keys", "-t", "main", "-l", "Scholz")
        tmux.wait_for("entity: ")  # help lines under entity hits name the article
        time.sleep(0.5)  # let every hit of the search be drawn
        screen = tmux.capture()
        assert "␛]0;pwned␇" in screen, screen
        assert _pane_title(tmux) == PANE_TITLE
        tmux.run("send-keys", "-t", "main", "Escape")
        _wait_gone(tmux, "🔎")  # a "q" sent with the Escape would read as alt+q
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
