"""Pilot tests of the reader in small terminals: a side panel never crushes the article.

Below the width where sidebar, article and panel fit side by side, an open panel takes
the sidebar's place, so the article keeps the width it had with the panel closed; the
body re-wraps in the same refresh as the panel appears and never scrolls sideways.
"""

from __future__ import annotations

import pytest

from tui.ui.widgets.article_body import ArticleBody

#: The narrowest article text (in cells) a panel may leave in an 80-column terminal.
READABLE = 40


def _content_width(body: ArticleBody) -> int:
    return body.scrollable_content_region.width


def _assert_fits(body: ArticleBody) -> None:
    """Every drawn line fits the body: no horizontal scrollbar, nothing cut at the edge."""
    assert not body.show_horizontal_scrollbar
    assert body.virtual_size.width <= _content_width(body)
    for row in body.visible_text().splitlines():
        assert len(row) <= _content_width(body), row


@pytest.mark.parametrize("key", ["E", "U"])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_panel_leaves_the_article_its_width(make_app, seeds_report, size, key):
    app = make_app(seeds_report)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        body = app.screen.query_one(ArticleBody)
        closed = _content_width(body)
        await pilot.press(key)
        await pilot.pause()
        assert app.screen.query_one("#side-panel").region.width > 0
        assert _content_width(body) >= min(READABLE, closed)
        assert _content_width(body) * 2 >= size[0] - 10  # most of the screen
        _assert_fits(body)
        await pilot.press(key)  # closing gives the sidebar back
        await pilot.pause()
        assert app.screen.query_one("#sidebar").region.width > 0
        assert _content_width(body) == closed


async def test_wide_terminals_keep_three_columns(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#sidebar").region.width > 0
        assert screen.query_one("#side-panel").region.width > 0
        assert _content_width(screen.query_one(ArticleBody)) >= READABLE


async def test_the_body_rewraps_in_the_refresh_that_narrows_it(
    make_app, seeds_report, wait_for_analysis, monkeypatch
):
    """The first frame after a panel opens is wrapped for the new width, even before
    the body's resize event is handled (it can come a second later on a busy app)."""
    monkeypatch.setattr(ArticleBody, "on_resize", lambda self: None)
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for_analysis(pilot)  # nothing else lays the article out meanwhile
        body = app.screen.query_one(ArticleBody)
        wide = _content_width(body)
        await pilot.press("U")
        await pilot.pause()
        assert _content_width(body) < wide
        _assert_fits(body)
        await pilot.press("U")
        await pilot.pause()
        assert _content_width(body) == wide
        _assert_fits(body)
