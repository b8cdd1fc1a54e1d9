"""The reader's long work tells the screen what it did through messages, in order.

Recorded with ``run_test(message_hook=…)``: what the loader and the analysis post is
what the screen listens to, so these tests pin the protocol itself (the other reader
tests check what the screen then shows).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.message import Message

from tui.core.corpus.loader import load_files, unique_ids
from tui.ui.corpus_loader import CorpusLoader
from tui.ui.reader_analysis import ReaderAnalysis
from tui.ui.screens.reader import ReaderScreen

WATCHED = (
    CorpusLoader.Extended,
    CorpusLoader.Complete,
    CorpusLoader.Reloaded,
    ReaderAnalysis.Ready,
    ReaderAnalysis.IndexReady,
    ReaderAnalysis.Failed,
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Caches of this test alone (the reader keeps a snapshot and the analysis)."""
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))


def folder_of(tmp_path: Path, count: int) -> tuple[Path, list[Path]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(count):
        text = f"Titre {n}\n\nMarie Curie parle à Paris, jour {n}.\n"
        (folder / f"a{n:02}.txt").write_text(text, encoding="utf-8")
    return folder, sorted(folder.iterdir())


def recorder() -> tuple[list[str], Callable[[Message], None]]:
    """The names of the watched messages posted, each once (a message that bubbles
    up is dispatched by its sender, then by the screen)."""
    seen: list[str] = []
    dispatched: list[Message] = []

    def hook(message: Message) -> None:
        if isinstance(message, WATCHED) and not any(m is message for m in dispatched):
            dispatched.append(message)
            seen.append(type(message).__qualname__)

    return seen, hook


async def test_a_corpus_loaded_in_the_background_then_analysed_says_so_in_order(
    make_app, tmp_path, settle, wait_for_analysis
):
    folder, files = folder_of(tmp_path, 12)
    report, stamps = load_files(files[:3])
    report.articles = unique_ids(report.articles)
    app = make_app(report, roots=[folder], pending=files[3:], stamps=stamps)
    seen, hook = recorder()
    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        await settle(pilot)
        await wait_for_analysis(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert len(screen.articles) == 12
    assert seen[0] == "CorpusLoader.Extended"
    complete = seen.index("CorpusLoader.Complete")
    assert set(seen[:complete]) == {"CorpusLoader.Extended"}
    assert seen[complete + 1 :] == ["ReaderAnalysis.Ready", "ReaderAnalysis.IndexReady"]


async def test_a_reload_that_finds_nothing_new_posts_nothing_to_the_screen(
    make_app, tmp_path, settle, wait_for_analysis, notices
):
    """Only a reload that changed something replaces the corpus and analyses it again;
    one that found nothing says so in a notice."""
    folder, files = folder_of(tmp_path, 2)
    report, stamps = load_files(files)
    report.articles = unique_ids(report.articles)
    app = make_app(report, roots=[folder], stamps=stamps)
    seen, hook = recorder()
    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert "CorpusLoader.Reloaded" not in seen
        (folder / "a00.txt").write_text("Titre changé\n\nPierre parle.\n", encoding="utf-8")
        await pilot.press("r")
        await settle(pilot)
    assert seen.count("CorpusLoader.Reloaded") == 1
    assert "Reloaded: no file changed." in [n.message for n in notices]
    assert seen[-2:] == ["ReaderAnalysis.Ready", "ReaderAnalysis.IndexReady"]


async def _status_while_first_results_wait(make_app, tmp_path, monkeypatch, settle) -> str:
    """What the analysis says while a run has reported its cached part and waits."""
    import threading

    from tui.core.service import analysis as service

    release = threading.Event()

    def slow_run(articles, request):
        request.progress(0, len(articles))
        release.wait(5)
        request.progress(len(articles), len(articles))

    monkeypatch.setattr(service, "analyse_corpus", slow_run)
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = "Le ministre a déclaré que la réforme serait votée avant la fin de l'année. "
    for n in range(2):
        (folder / f"a{n}.txt").write_text(f"Titre {n}\n\n{text * 3}\n", encoding="utf-8")
    report, stamps = load_files(sorted(folder.iterdir()))
    report.articles = unique_ids(report.articles)
    app = make_app(report, roots=[folder], stamps=stamps)
    reported = asyncio.Event()

    def hook(message: Message) -> None:
        if isinstance(message, ReaderAnalysis.Progress):
            reported.set()

    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        await asyncio.wait_for(reported.wait(), 10)  # the run starts after the first frame
        await pilot.pause()
        status = app.screen.query_one(ReaderAnalysis).status()
        release.set()
        await settle(pilot)
    return status


async def test_the_status_says_the_model_loads_while_no_french_article_is_back(
    make_app, tmp_path, monkeypatch, settle, real_engine
):
    from tui.core.engine_identity import available

    if not available():
        pytest.skip("the trained model is not installed")
    status = await _status_while_first_results_wait(make_app, tmp_path, monkeypatch, settle)
    assert status == "analysing 0/2 · loading the language model…"


async def test_the_rules_engine_loads_no_model_and_says_none(
    make_app, tmp_path, monkeypatch, settle
):
    status = await _status_while_first_results_wait(make_app, tmp_path, monkeypatch, settle)
    assert status == "analysing 0/2…"
