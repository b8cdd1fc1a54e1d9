"""Which function analyses an article: the engine in use, named in
:mod:`tui.core.engine_identity`, turned into the per-article function workers run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.core.engine_identity import (
    DEFAULT_ENGINE,
    ENGINE_ENV,
    ENGINE_NAME,
    ENGINE_VERSION,
    ENGINES,
    cache_key,
    select,
    selected,
    trained_ready,
)

if TYPE_CHECKING:
    from tui.core.models import Article, ArticleAnalysis

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "ENGINE_ENV",
    "ENGINE_NAME",
    "ENGINE_VERSION",
    "cache_key",
    "default_analyzer",
    "select",
    "selected",
]


def default_analyzer() -> Callable[[Article], ArticleAnalysis]:
    """The per-article function of the engine in use (module level, for workers).

    The trained engine falls back to the rules when its model is not installed, and
    :func:`cache_key` says so, so the two never share cached results.
    """
    if trained_ready():
        from tui.core.analysis.engine_trained import analyze_article_trained

        return analyze_article_trained
    from tui.core.analysis.pipeline import analyze_article

    return analyze_article
