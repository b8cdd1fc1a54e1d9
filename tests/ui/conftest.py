"""Fixtures for the UI tests: the seeds as a LoadReport and an app factory.

Each app gets its own config file and user-theme folder under ``tmp_path``, so theme
persistence and bad theme files are tested without touching any real config.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tui.core.corpus.loader import load_corpus
from tui.core.models import Article, CorpusAnalysis, LoadReport
from tui.core.service.corpus import CorpusService
from tui.paths import bundled_themes_dir
from tui.ui.app import NewsReaderApp


@pytest.fixture(scope="session")
def seeds_report(seeds_dir: Path) -> LoadReport:
    return load_corpus([seeds_dir])


@pytest.fixture
def user_themes(tmp_path: Path) -> Path:
    folder = tmp_path / "themes"
    folder.mkdir()
    return folder


@pytest.fixture
def make_app(tmp_path: Path, user_themes: Path) -> Callable[..., NewsReaderApp]:
    def factory(
        report: LoadReport,
        *,
        theme: str | None = None,
        state_file: Path | None = None,
        roots: Sequence[Path] | None = None,
        pending: Sequence[Path] = (),
        stamps: dict | None = None,
        warm: bool = False,
        analysis: CorpusAnalysis | None = None,
    ) -> NewsReaderApp:
        corpus = CorpusService.of_report(report, roots=roots)
        corpus.pending, corpus.stamps = list(pending), dict(stamps or {})
        corpus.warm, corpus.analysis = warm, analysis
        return NewsReaderApp(
            corpus,
            theme=theme,
            config_file=tmp_path / "config" / "config.yaml",
            theme_dirs=[bundled_themes_dir(), user_themes],
            state_file=state_file or tmp_path / "state" / "state.sqlite",
        )

    return factory


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """Build an article by hand (paragraphs left to the widget's own splitting)."""

    def factory(text: str, *, title: str = "A title", **fields) -> Article:
        return Article(id=fields.pop("id", title), path="memory", text=text, title=title, **fields)

    return factory


@pytest.fixture
def wait_for_analysis():
    """``await wait_for_analysis(pilot)``: the reader's analysis has finished."""
    return _wait_for_analysis


async def _wait_for_analysis(pilot, timeout: float = 30.0) -> None:
    """Let the reader's analysis worker finish (highlights, counts, panels, search)."""
    screen = pilot.app.screen
    for _ in range(int(timeout / 0.05)):
        if screen.view is not None and screen.search_index is not None:
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError("the analysis did not finish")
