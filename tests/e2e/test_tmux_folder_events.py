"""End to end: a pipe appearing in an open folder, and a theme file the reader refuses.

A named pipe created in a folder the reader has open must never block its periodic
look for changes, nor a reload, nor quitting. A user theme with colours Textual
rejects, asked for with ``--theme``, must be refused by name while the default theme
draws the articles.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(TMUX is None, reason="tmux is not installed")]

ARTICLE = "Sommet de Genève\n\nLa ministre Claire Dubois a parlé longuement à Genève.\n"


def test_a_pipe_appearing_in_an_open_folder_blocks_nothing(home_env, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "geneve.txt").write_text(ARTICLE, encoding="utf-8")
    tmux = Tmux(home_env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "120", "-y", "30",
                 f"{newsreader_command()} {folder}")  # fmt: skip
        tmux.wait_for("Claire Dubois")
        os.mkfifo(folder / "pipe.txt")  # nobody ever writes to it
        (folder / "autre.txt").write_text("Autre sommet\n\nUn second texte.\n", "utf-8")
        tmux.run("send-keys", "-t", "main", "r")
        tmux.wait_for("Articles (2)")  # the reload read the new file, not the pipe
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit with a pipe in the folder"
    finally:
        tmux.kill()


def test_a_refused_theme_is_named_and_the_default_draws(home_env, tmp_path: Path) -> None:
    themes = Path(home_env["NEWSREADER_HOME"]) / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.yaml").write_text(
        "name: broken\ncolors:\n  primary: 'rgb(1%,2%,3%)'\n", encoding="utf-8"
    )
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "geneve.txt").write_text(ARTICLE, encoding="utf-8")
    tmux = Tmux(home_env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "140", "-y", "36",
                 f"{newsreader_command()} --theme broken {folder}")  # fmt: skip
        screen = tmux.wait_for("Claire Dubois")
        assert "broken" in screen  # the notice names the theme file
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
