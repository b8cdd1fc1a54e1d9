"""Snapshot tests of the main screen over the seeds (pytest-textual-snapshot).

The reader draws the seeds' frozen analysis (``tests/fixtures/seeds_analysis.json``,
injected through the corpus service), never the engine's: a change to the rules or
the trained engine changes no picture, and every picture is the highlighted article
from its first frame. Regenerate after an intended visual change with
``pytest tests/ui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tui.core.analysis import pipeline
from tui.core.service import analysis as service_analysis
from tui.ui import reader_navigation

SIZE = (110, 32)


@pytest.fixture(autouse=True)
def opened_is_not_yet_read(monkeypatch) -> None:
    """An article counts as read after a while open: keep that out of the pictures."""
    monkeypatch.setattr(reader_navigation, "READ_AFTER", 3600.0)


@pytest.fixture(autouse=True)
def engine_never_runs(monkeypatch):
    """Whatever the engine would find, no picture may depend on it: any call to the
    analysis (the service every front end uses, or the pipeline itself) fails the test."""
    calls: list[str] = []

    def refuse(name: str) -> Callable:
        def analyse(*_args, **_kwargs):
            calls.append(name)
            raise RuntimeError(f"{name} called under a snapshot")

        return analyse

    for module, name in (
        (service_analysis, "analyse_corpus"),
        (pipeline, "analyze_corpus"),
        (pipeline, "analyze_article"),
    ):
        monkeypatch.setattr(module, name, refuse(name))
    yield
    assert calls == [], f"the snapshot ran the analysis: {calls}"


@pytest.fixture
def reader(make_app, seeds_report, seeds_analysis):
    """The reader over the seeds with their frozen analysis, in a given theme."""
    return lambda theme: make_app(seeds_report, theme=theme, analysis=seeds_analysis)


async def settled(pilot) -> None:
    """Let the screen's workers (the search index) finish and the last frame draw."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("theme", ["newsprint", "inkwell"])
def test_main_screen(snap_compare, reader, theme):
    assert snap_compare(reader(theme), terminal_size=SIZE, run_before=settled)


def test_third_article_with_find(snap_compare, reader):
    async def find(pilot) -> None:
        await settled(pilot)
        await pilot.press("J", "J", "slash", *"kim", "enter")
        await settled(pilot)

    assert snap_compare(reader("okabe-ito"), terminal_size=SIZE, run_before=find)


@pytest.mark.parametrize("theme", ["high-contrast", "newsprint"])
def test_highlighted_article_with_entity_panel(snap_compare, reader, theme):
    async def open_panel(pilot) -> None:
        await settled(pilot)
        await pilot.press("J", "J", "E")
        await settled(pilot)

    assert snap_compare(reader(theme), terminal_size=(140, 40), run_before=open_panel)
