"""Fixtures for the UI tests: the seeds, their frozen analysis, an app factory and
the notices an app was asked to show.

Each app gets its own config file and user-theme folder under ``tmp_path``, so theme
persistence and bad theme files are tested without touching any real config. The
seeds' analysis comes from ``tests/fixtures/seeds_analysis.json`` rather than from the
engine, so a change to the extraction rules changes no picture and no UI test.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.app import App
from textual.worker import WorkerCancelled, WorkerFailed

from tui.core.corpus.loader import load_corpus
from tui.core.models import Article, CorpusAnalysis, Entity, LoadReport, Quote
from tui.core.service.corpus import CorpusService
from tui.core.store.analysis_codec import decode_corpus_entities, decode_many
from tui.paths import bundled_themes_dir
from tui.ui.app import NewsReaderApp

SEEDS_ANALYSIS = Path(__file__).parent.parent / "fixtures" / "seeds_analysis.json"
"""Written by ``tests/fixtures/record_seeds_analysis.py`` (run it when the seeds change)."""


@pytest.fixture(scope="session")
def seeds_report(seeds_dir: Path) -> LoadReport:
    return load_corpus([seeds_dir])


@pytest.fixture(scope="session")
def seeds_analysis(seeds_report: LoadReport) -> CorpusAnalysis:
    """The seeds' analysis as frozen in the fixture file: inject it with
    ``make_app(report, analysis=seeds_analysis)`` and the reader draws it as it is."""
    return load_fixed_analysis(SEEDS_ANALYSIS, seeds_report.articles)


def load_fixed_analysis(path: Path, articles: Sequence[Article]) -> CorpusAnalysis:
    """Decode a frozen analysis with the cache's own codec, checking that it still
    belongs to ``articles``: same ids, every span's text where it says it is."""
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = {a.id: a.text for a in articles}
    redo = "run tests/fixtures/record_seeds_analysis.py"
    if set(data["articles"]) != set(texts):
        pytest.fail(f"{path.name} analyses other articles than the seeds: {redo}")
    decoded = decode_many([(aid, json.dumps(value)) for aid, value in data["articles"].items()])
    for analysis in decoded:
        text = texts[analysis.article_id]
        spans: list[Entity | Quote] = [*analysis.entities, *analysis.quotes]
        for span in spans:
            if text[span.start : span.end] != span.text:
                pytest.fail(f"{path.name}: {span.text!r} is not at {span.start}: {redo}")
    by_id = {a.article_id: a for a in decoded}
    entities = decode_corpus_entities(json.dumps(data["entities"]))
    return CorpusAnalysis({a.id: by_id[a.id] for a in articles}, entities)


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
def settle():
    """``await settle(pilot)``: run the app until its work is done, without a clock.

    Each round lets pending messages be handled, then waits for the workers running
    (the analysis, a comparison, the palette's search, a fetch); what they post may
    start more, hence the rounds. Work behind a timer that has not fired is not waited
    for: open what needs it first.
    """
    return _settle


async def _settle(pilot, rounds: int = 20) -> None:
    app = pilot.app
    for _ in range(rounds):
        await pilot.pause()
        if not app.workers:
            return
        for worker in list(app.workers):
            # An exclusive worker cancels the one it replaces; a failure is the app's
            # to report (run_test raises what stops the app).
            with contextlib.suppress(WorkerCancelled, WorkerFailed):
                await worker.wait()
    await pilot.pause()


@pytest.fixture
def read_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article counts as read a moment after it opens (1.5 s in the app)."""
    from tui.ui import reader_navigation

    monkeypatch.setattr(reader_navigation, "READ_AFTER", 0.01)


@pytest.fixture
def reading_ready():
    """``await reading_ready(pilot)``: the reading state is read now (the reader reads
    it just after its first frame, and only once), and its reopening of the last
    article handled."""
    return _reading_ready


async def _reading_ready(pilot) -> None:
    await pilot.pause()
    pilot.app.screen.keeper.restore()
    await pilot.pause()
    assert pilot.app.screen.keeper.tracker is not None


@pytest.fixture
def wait_for_analysis():
    """``await wait_for_analysis(pilot)``: the reader's analysis has finished."""
    return _wait_for_analysis


async def _wait_for_analysis(pilot) -> None:
    """Let the reader's analysis finish (highlights, counts, panels, search).

    The reader starts it, or only the search index for an injected analysis, on a
    timer of ``ANALYSIS_DELAY`` after mounting: once that much time has passed the
    worker exists, and waiting for it and what it posts needs no clock.
    """
    from tui.ui.screens.reader import ANALYSIS_DELAY

    await pilot.pause(ANALYSIS_DELAY)
    await _settle(pilot)
    screen = pilot.app.screen
    assert screen.view is not None, "the analysis did not finish"
    assert screen.search_index is not None, "the search index was not built"


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification an app was asked to show."""

    message: str
    title: str
    severity: str


class Notices(list[Notice]):
    """Every notification asked of any :class:`NewsReaderApp` during one test."""

    def messages(self, severity: str | None = None) -> list[str]:
        """The messages (of one severity, if given), oldest first."""
        return [n.message for n in self if severity is None or n.severity == severity]

    def mention(self, words: str) -> bool:
        """Whether a notice's title or message contains ``words``."""
        return any(words in f"{n.title} {n.message}" for n in self)


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> Notices:
    """What apps were asked to notify, in order, as the toast would show it (after the
    app's own clean-up of markup and control characters), whether or not toasts are
    drawn: widgets and screens notify through the app too."""
    shown = Notices()
    original = App.notify

    def notify(self, message, *, title="", severity="information", **options):
        shown.append(Notice(str(message), str(title), str(severity)))
        return original(self, message, title=title, severity=severity, **options)

    monkeypatch.setattr(App, "notify", notify)
    return shown
