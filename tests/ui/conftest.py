"""Fixtures for the UI tests: the seeds as a LoadReport and an app factory.

Each app gets its own config file and user-theme folder under ``tmp_path``, so theme
persistence and bad theme files are tested without touching any real config.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tui.core.corpus import load_corpus
from tui.core.models import Article, LoadReport
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
    def factory(report: LoadReport, *, theme: str | None = None) -> NewsReaderApp:
        return NewsReaderApp(
            report,
            theme=theme,
            config_file=tmp_path / "config" / "config.yaml",
            theme_dirs=[bundled_themes_dir(), user_themes],
        )

    return factory


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """Build an article by hand (paragraphs left to the widget's own splitting)."""

    def factory(text: str, *, title: str = "A title", **fields) -> Article:
        return Article(id=fields.pop("id", title), path="memory", text=text, title=title, **fields)

    return factory
