"""End to end: the reader in an 80×24 terminal with the entity panel open, under tmux.

The panel once took its own column beside the sidebar, leaving the article about ten
columns: every long word was cut and a horizontal scrollbar appeared. Below 120
columns the panel now takes the sidebar's place, so the article's long words still
show whole.
"""

from __future__ import annotations

import re

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(TMUX is None, reason="tmux is not installed")]


def long_words(text: str, title: str, count: int = 3) -> list[str]:
    """The longest words of the article's opening that its title does not hold."""
    words = {w for w in re.findall(r"\w{8,}", text) if w not in title}
    return sorted(words, key=lambda w: (-len(w), w))[:count]


def test_entity_panel_leaves_long_words_whole_at_80x24(home_env, seeds_dir) -> None:
    from tui.core.corpus.loader import load_corpus

    first = load_corpus([seeds_dir]).articles[0]
    opening = first.text[: first.paragraphs[0].end]  # what the body shows first
    words = long_words(opening, first.title)
    assert words, opening
    tmux = Tmux(home_env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "80", "-y", "24", newsreader_command())
        tmux.wait_for("Articles (5)")
        tmux.run("send-keys", "-t", "main", "E")
        tmux.wait_for("Entities")
        screen = tmux.wait_for(words[0], timeout=10)
        found = set(re.findall(r"\w+", screen))
        shown = [word for word in words if word in found]
        assert shown, f"none of {words} is whole on screen:\n{screen}"
        assert "Entities" in screen
        assert "Articles (5)" not in screen  # the panel took the sidebar's place
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
