"""Which function analyses an article: the engine in use, named in
:mod:`tui.core.engine_identity`, turned into the per-article function workers run.

It also says which articles need a model that takes seconds to load, so the caller
(:mod:`tui.core.analysis.parallel`) sends them to worker processes and never loads
the model on a reader's thread. Nothing here imports spaCy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from tui.core.engine_identity import (
    DEFAULT_ENGINE,
    ENGINE_ENV,
    ENGINE_NAME,
    ENGINE_VERSION,
    ENGINES,
    cache_key,
    fallback_notice,
    in_use,
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
    "engine_notices",
    "in_use",
    "model_workers",
    "needs_model",
    "select",
    "selected",
]

Analyzer = Callable[["Article"], "ArticleAnalysis"]

MODEL_LANGUAGES: dict[str, frozenset[str]] = {
    "tui.core.analysis.engine_trained.analyze_article_trained": frozenset({"fr"}),
    "tui.core.analysis.engine_spacy.analyze_article_spacy": frozenset({"fr", "en"}),
}
"""The languages each model-backed analyzer reads with its model (others: the rules).
Keyed by the function's qualified name, so asking never imports the engine."""

MODEL_CHARS_PER_WORKER = 200_000
"""Each worker loads the model (seconds of CPU) before reading a word: another worker
pays off only for about this much more text to read with the model."""

_told: set[str] = set()
_told_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    """The per-article function of the engine in use (module level, for workers).

    The trained engine falls back to the rules when its model is not installed, and
    :func:`cache_key` says so, so the two never share cached results.
    """
    if trained_ready():
        from tui.core.analysis.engine_trained import analyze_article_trained

        return analyze_article_trained
    from tui.core.analysis.pipeline import analyze_article

    return analyze_article


def needs_model(analyzer: Analyzer, article: Article) -> bool:
    """Whether ``analyzer`` reads ``article`` with a model (seconds to load, GIL held)."""
    name = f"{getattr(analyzer, '__module__', '')}.{getattr(analyzer, '__qualname__', '')}"
    return article.language in MODEL_LANGUAGES.get(name, frozenset())


def model_workers(analyzer: Analyzer, articles: Sequence[Article], workers: int) -> int:
    """How many of ``workers`` to start for ``articles``: every one for rules work, but
    only as many as the text the model reads repays (one for a few articles)."""
    heavy = sum(len(a.text) for a in articles if needs_model(analyzer, a))
    if not heavy:
        return workers
    return max(1, min(workers, 1 + heavy // MODEL_CHARS_PER_WORKER))


def engine_notices(articles: Iterable[Article]) -> list[str]:
    """The fallback notice, once per process, when French articles meet a missing model."""
    notice = fallback_notice()
    if notice is None or not any(a.language == "fr" for a in articles):
        return []
    with _told_lock:
        if notice in _told:
            return []
        _told.add(notice)
    return [notice]
