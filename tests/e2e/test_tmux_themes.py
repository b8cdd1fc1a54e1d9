"""End to end: the installed reader in Textual's ANSI themes, under tmux.

``newsreader --theme ansi-dark`` once showed a blank screen that ``q`` could not quit
(palette colours such as ``ansi_green`` have no hex value for Rich). The reader must
draw the article, quit on ``q`` and remember the theme as the user's choice.
"""

from __future__ import annotations

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(TMUX is None, reason="tmux is not installed")]


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
def test_ansi_theme_draws_the_article_and_quits(home_env, seeds_dir, tmp_path, theme) -> None:
    from tui.core.corpus.loader import load_corpus

    first = load_corpus([seeds_dir]).articles[0]
    second_paragraph = first.text[first.paragraphs[1].start :]  # body text, not the title
    words = " ".join(second_paragraph.split()[:4])
    tmux = Tmux(home_env)
    try:
        command = f"{newsreader_command()} --theme {theme}"
        tmux.run("new-session", "-d", "-s", "main", "-x", "120", "-y", "32", command)
        tmux.wait_for("Articles (5)")
        screen = tmux.wait_for(words.split()[0])
        assert words in " ".join(screen.split()), screen
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
    config = tmp_path / "home" / "config" / "config.yaml"
    assert f"theme: {theme}" in config.read_text(encoding="utf-8")
