"""Fixtures shared by the whole suite: where the sample and shared data live.

Every test runs with ``NEWSREADER_HOME`` pointing into a temporary folder, so nothing
reads or writes the real user configuration (child processes inherit it too).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Every run replays the same examples (derandomized, no example database, no
# per-example deadline on a loaded machine), so a result never depends on a lucky draw
# or on what an earlier run stored. HYPOTHESIS_PROFILE=explore draws new examples.
settings.register_profile(
    "deterministic", derandomize=True, database=None, deadline=None, print_blob=True
)
settings.register_profile("explore", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

REPO_ROOT = Path(__file__).resolve().parent.parent
# The annotated material (gold, dev sets, lexicons) sits beside the checkout in CI.
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Collect the garbage now, then freeze what is left, so the end of the run is quick.

    pytest collects garbage five times once the session is over, to report errors in
    finalizers. A pytest-xdist worker does that after telling the controller it has
    finished, and execnet sends a worker that is still busy 5 s later a SIGINT: with a
    large heap on a loaded machine the collections took longer, and the interrupt
    landed in hypothesis's gc callback, printing a KeyboardInterrupt traceback before
    the summary. Collected here, before the worker reports, the work is done while the
    worker still owns its time, and the final collections only see what comes after.
    """
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True, scope="session")
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point newsreader's config, data and cache dirs at a throwaway folder."""
    home = tmp_path_factory.mktemp("newsreader-home")
    previous = os.environ.get("NEWSREADER_HOME")
    os.environ["NEWSREADER_HOME"] = str(home)
    yield home
    if previous is None:
        os.environ.pop("NEWSREADER_HOME", None)
    else:
        os.environ["NEWSREADER_HOME"] = previous


@pytest.fixture(autouse=True, scope="session")
def rules_engine_by_default() -> Iterator[None]:
    """Run the rules engine unless a test asks for the real default (``real_engine``).

    Most tests pin what the rules find, and the rules start in milliseconds; the
    tests of the trained engine and of the default choice (which start worker
    processes that load the model) take ``real_engine``. Child processes inherit it.
    """
    from tui.core.engine_identity import ENGINE_ENV

    previous = os.environ.get(ENGINE_ENV)
    os.environ[ENGINE_ENV] = "rules"
    yield
    if previous is None:
        os.environ.pop(ENGINE_ENV, None)
    else:
        os.environ[ENGINE_ENV] = previous


@pytest.fixture
def real_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """No engine selected: the default applies (the trained model for French)."""
    from tui.core.engine_identity import ENGINE_ENV

    monkeypatch.delenv(ENGINE_ENV, raising=False)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five sample articles, as bundled (installed) or in the checkout."""
    from tui.paths import bundled_seeds_dir

    return bundled_seeds_dir()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests needing it skip when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared material not found at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch):
    """Replace the analysis pipeline with a tiny deterministic one.

    Commands can then be tested for what they print without depending on the
    extraction rules: every capitalised word is a PER entity named after itself,
    and every « … » span is a speech quote by the article's first entity.
    """
    import re
    import types

    from tui.core.models import ArticleAnalysis, CorpusAnalysis, CorpusEntity, Entity, Quote
    from tui.core.service.analysis import AnalysisResult

    def analyze_corpus(articles):
        results, seen = {}, {}
        for article in articles:
            ents = tuple(
                Entity(m.start(), m.end(), m.group(), "PER", m.group())
                for m in re.finditer(r"\b[A-Z][a-z]+\b", article.text)
            )
            speaker = ents[0].canonical if ents else None
            quotes = tuple(
                Quote(m.start(1), m.end(1), m.group(1), speaker, "speech")
                for m in re.finditer(r"«\s*([^«»]*?)\s*»", article.text)
            )
            results[article.id] = ArticleAnalysis(article.id, ents, quotes)
            for e in ents:
                seen.setdefault(e.canonical, []).append(article.id)
        entities = tuple(
            CorpusEntity(name, "PER", (name,), tuple(dict.fromkeys(ids)), len(ids))
            for name, ids in sorted(seen.items())
        )
        return CorpusAnalysis(results, entities)

    def analyse_corpus(articles, request=None):
        return AnalysisResult(analyze_corpus(articles), None)

    # Injected where the corpus service runs every analysis: the cache is bypassed,
    # so what a command prints comes from these rules alone.
    monkeypatch.setattr("tui.core.service.corpus.analyse_corpus", analyse_corpus)
    return types.SimpleNamespace(analyze_corpus=analyze_corpus)
