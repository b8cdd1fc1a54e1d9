"""Environments for the installed reader under tmux: the user's own, minus tmux and
newsreader settings, with every folder newsreader writes to in the test's temp dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TERMINAL = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Config, data and cache found the XDG way, in throwaway XDG folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
    env.pop("NEWSREADER_HOME", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    return {**env, **TERMINAL}


@pytest.fixture
def home_env(tmp_path: Path) -> dict[str, str]:
    """Config, data and cache all under one ``NEWSREADER_HOME`` (``tmp_path/home``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "XDG_"))}
    env["NEWSREADER_HOME"] = str(tmp_path / "home")
    return {**env, **TERMINAL}
