"""The analysis engine's identity and selection, kept apart so cheap modules can name it.

Cached analyses are keyed by the selected engine's name and version: bump
``ENGINE_VERSION`` whenever the output of the rules changes (the trained engine's key
carries it too, with the digest of its weights), and every cached article is analysed
again. The engine is chosen per process through ``NEWSREADER_ENGINE`` (``rules`` or
``trained``), which worker processes inherit; :func:`select` sets it. Nothing here
imports spaCy: asking which engine is selected costs nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.models import Article, ArticleAnalysis

ENGINE_NAME = "rules"
ENGINE_VERSION = "16"

ENGINE_ENV = "NEWSREADER_ENGINE"
ENGINES = ("rules", "trained")
DEFAULT_ENGINE = "rules"
"""The engine used when none is selected."""


def selected() -> str:
    """The engine this process (and the workers it starts) analyses with."""
    name = os.environ.get(ENGINE_ENV, "").strip().lower()
    return name if name in ENGINES else DEFAULT_ENGINE


def select(name: str) -> None:
    """Analyse with ``name`` from now on, in this process and the workers it starts."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    os.environ[ENGINE_ENV] = name


def _trained_ready() -> bool:
    if selected() != "trained":
        return False
    from tui.core.analysis.engine_trained import available

    return available()


def cache_key() -> str:
    """The key cached analyses are stored under for the engine in use."""
    if _trained_ready():
        from tui.core.analysis.engine_trained import engine_key

        return engine_key()
    return f"{ENGINE_NAME}:{ENGINE_VERSION}"


def default_analyzer() -> Callable[[Article], ArticleAnalysis]:
    """The per-article function of the engine in use (module level, for workers).

    The trained engine falls back to the rules when its model is not installed, and
    :func:`cache_key` says so, so the two never share cached results.
    """
    if _trained_ready():
        from tui.core.analysis.engine_trained import analyze_article_trained

        return analyze_article_trained
    from tui.core.analysis.pipeline import analyze_article

    return analyze_article
