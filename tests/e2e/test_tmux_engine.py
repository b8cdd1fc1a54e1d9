"""End to end under tmux with the default engine: the trained model reads the French
seeds in a worker process while the reader already shows the text and the progress,
and the highlights arrive without a key being pressed.

The suite otherwise runs the rules engine (``tests/conftest.py``); this test lifts
that choice, so the installed default is what runs. Skipped without tmux.
"""

from __future__ import annotations

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = pytest.mark.e2e


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_the_model_reads_the_seeds_while_the_text_shows(home_env, seeds_dir):
    from tui.core.corpus.loader import load_corpus

    env = {k: v for k, v in home_env.items() if k != "NEWSREADER_ENGINE"}
    first = load_corpus([seeds_dir]).articles[0]
    opening = " ".join(first.text.split()[:4])
    tmux = Tmux(env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "140", "-y", "40", newsreader_command())
        tmux.wait_for("Articles (5)")
        tmux.wait_for(opening[:30])  # the text, before any analysis is ready
        tmux.wait_for("names ·", timeout=120)  # the analysis arrived on its own
        tmux.run("send-keys", "-t", "main", "J")
        tmux.wait_for(load_corpus([seeds_dir]).articles[1].title[:20])  # still responsive
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
