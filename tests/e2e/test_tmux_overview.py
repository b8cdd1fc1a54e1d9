"""End to end under tmux: O opens the overview on the seeds, and a who-said-what cell
leads to a quote and back to the reader at that quote."""

from __future__ import annotations

import pytest
from test_tmux import TMUX, Tmux, newsreader_command


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_the_overview_opens_and_a_quote_opens_its_article(env, seeds_dir):
    command = newsreader_command()
    tmux = Tmux(env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "140", "-y", "40", command)
        tmux.wait_for("Articles (5)")
        tmux.wait_for("names ·")  # the analysis is done
        tmux.run("send-keys", "-t", "main", "O")
        tmux.wait_for("attributed quotes")
        screen = tmux.wait_for("Kim Jong-un")  # the top speaker's row
        assert "Who said what" in screen and "France 24" in screen, screen
        # the first cell after the speaker and total columns: France 24's quotes of the
        # top speaker (the only signed seed carries the most quotes)
        tmux.run("send-keys", "-t", "main", "Right", "Right", "Enter")
        screen = tmux.wait_for("France 24 ·")
        tmux.run("send-keys", "-t", "main", "Enter")
        screen = tmux.wait_for("Articles (5)")
        assert "attributed quotes" not in screen, screen
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
