"""Snapshot of the comparison view on two seeds (pytest-textual-snapshot).

Regenerate after an intended visual change with
``pytest tests/ui/test_compare_snapshot.py --snapshot-update``.
"""

from __future__ import annotations

from tui.ui.demo import demo_app
from tui.ui.screens.compare import CompareScreen

SIZE = (120, 36)


async def _open_compare(pilot) -> None:
    app = pilot.app
    articles = app.report.articles
    app.push_screen(CompareScreen(articles, articles[0].id, articles[2].id))
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _open_and_move(pilot) -> None:
    await _open_compare(pilot)
    await pilot.press("n", "n", "n")
    await pilot.pause()


def test_compare_seeds(snap_compare):
    assert snap_compare(demo_app("newsprint"), run_before=_open_compare, terminal_size=SIZE)


def test_compare_dark_theme_after_moving(snap_compare):
    assert snap_compare(demo_app("inkwell"), run_before=_open_and_move, terminal_size=SIZE)
