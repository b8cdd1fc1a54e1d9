"""Snapshot tests of the main screen over the seeds (pytest-textual-snapshot).

Every snapshot waits for the analysis first, so the picture is the highlighted
article, never a race between plain and highlighted text. Regenerate after an
intended visual change with ``pytest tests/ui --snapshot-update``.
"""

from __future__ import annotations

import pytest

from tui.ui import reader_navigation
from tui.ui.demo import demo_app

SIZE = (110, 32)


@pytest.fixture(autouse=True)
def opened_is_not_yet_read(monkeypatch) -> None:
    """An article counts as read after a while open: keep that out of the pictures."""
    monkeypatch.setattr(reader_navigation, "READ_AFTER", 3600.0)


async def analysed(pilot) -> None:
    """Wait until the reader has its analysis (highlights, badges, notes)."""
    for _ in range(600):
        screen = pilot.app.screen
        if screen.view is not None and screen.query("Footer"):  # the footer comes later
            break
        await pilot.pause(0.05)
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("theme", ["newsprint", "inkwell"])
def test_main_screen(snap_compare, theme):
    assert snap_compare(demo_app(theme), terminal_size=SIZE, run_before=analysed)


def test_third_article_with_find(snap_compare):
    assert snap_compare(
        demo_app("okabe-ito"),
        press=["J", "J", "slash", *"kim", "enter"],
        terminal_size=SIZE,
        run_before=analysed,
    )


@pytest.mark.parametrize("theme", ["high-contrast", "newsprint"])
def test_highlighted_article_with_entity_panel(snap_compare, theme):
    async def open_panel(pilot) -> None:
        await analysed(pilot)
        await pilot.press("J", "J", "E")
        for _ in range(100):
            if len(pilot.app.screen.query_one("#entity-panel")._tree_nodes) > 5:
                break
            await pilot.pause(0.05)
        await pilot.pause()

    assert snap_compare(demo_app(theme), terminal_size=(140, 40), run_before=open_panel)
