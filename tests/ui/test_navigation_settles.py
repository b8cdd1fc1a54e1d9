"""Pilot tests: moving through the corpus settles on the last key, whatever is queued.

Keys that reach the reader in one burst (a fast typist, a terminal delivering several
keys in one read, an event loop busy with the analysis) leave several cursor messages
in flight at once; the article that ends up open must be the one under the cursor, and
stay so. Passing through an article does not mark it read, and a read mark the user
set is never undone by a late message.
"""

from __future__ import annotations

from textual import events

from tui.core.analysis import parallel
from tui.core.models import LoadReport
from tui.ui import reader_navigation
from tui.ui.widgets.article_list import ArticleList


def burst(app, *keys: str) -> None:
    """Deliver ``keys`` as one burst, the way a terminal hands over fast typing."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app.post_message(event)  # queued at once: none is handled before the next


def count_opens(screen) -> list[int]:
    """Record every article the screen opens from now on."""
    opened: list[int] = []
    original = screen.open_article

    def spy(index: int, **options) -> None:
        opened.append(index)
        original(index, **options)

    screen.open_article = spy
    return opened


async def settle(pilot, rounds: int = 5) -> None:
    """Let every queued message, timer and worker of the reader run."""
    for _ in range(rounds):
        await pilot.app.screen.workers.wait_for_complete()
        await pilot.pause()


def many_articles(make_article, count: int = 40) -> LoadReport:
    return LoadReport(
        articles=[
            make_article(f"Article {i} says something about the summit.", title=f"Title {i}")
            for i in range(count)
        ]
    )


async def test_a_burst_of_j_opens_the_row_under_the_cursor(make_app, make_article, monkeypatch):
    monkeypatch.setattr(parallel, "IN_PROCESS_BELOW", 100)  # analysed in a thread, no pool
    report = many_articles(make_article)
    app = make_app(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("shift+tab")
        listing = app.screen.query_one(ArticleList)
        assert app.focused is listing
        burst(app, *["j"] * 30)
        await settle(pilot)
        assert listing.highlighted == 30
        assert app.screen.current_article is report.articles[30]
        opened = count_opens(app.screen)
        await settle(pilot)
        assert opened == [], "nothing opens by itself once the keys are handled"
        assert listing.highlighted == 30
        assert app.screen.current_article is report.articles[30]


async def test_a_burst_of_next_article_keys_settles_too(make_app, make_article, monkeypatch):
    monkeypatch.setattr(parallel, "IN_PROCESS_BELOW", 100)
    report = many_articles(make_article)
    app = make_app(report)
    async with app.run_test(size=(100, 30)) as pilot:
        burst(app, *["J"] * 12, *["K"] * 3)
        await settle(pilot)
        assert app.screen.current_article is report.articles[9]
        opened = count_opens(app.screen)
        await settle(pilot)
        assert opened == []
        assert app.screen.query_one(ArticleList).article_index == 9


async def test_fast_J_J_x_keeps_the_users_mark(make_app, seeds_report, monkeypatch):
    """The user marks the third article read before it counted as read by staying."""
    monkeypatch.setattr(reader_navigation, "READ_AFTER", 60.0)
    app = make_app(seeds_report)
    third = seeds_report.articles[2]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        tracker = app.screen.keeper.tracker
        assert tracker is not None and not tracker.is_read(third)
        burst(app, "J", "J", "x")
        await settle(pilot)
        assert app.screen.current_article is third
        assert tracker.is_read(third)
        assert not tracker.is_read(seeds_report.articles[1]), "only passed through"
        await settle(pilot)
        assert app.screen.current_article is third
        assert tracker.is_read(third)


async def test_fast_J_J_x_on_a_read_article_leaves_it_unread(make_app, seeds_report, monkeypatch):
    """An article already read and marked unread with x stays unread while it is open."""
    monkeypatch.setattr(reader_navigation, "READ_AFTER", 0.01)
    app = make_app(seeds_report)
    third = seeds_report.articles[2]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        tracker = app.screen.keeper.tracker
        assert tracker is not None
        tracker.toggle_read(third)
        burst(app, "J", "J", "x")
        await settle(pilot)
        assert app.screen.current_article is third
        assert not tracker.is_read(third)


async def test_an_article_left_open_becomes_read(make_app, seeds_report, monkeypatch):
    monkeypatch.setattr(reader_navigation, "READ_AFTER", 0.01)
    app = make_app(seeds_report)
    second = seeds_report.articles[1]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("J")
        await settle(pilot)
        tracker = app.screen.keeper.tracker
        assert tracker is not None and tracker.is_read(second)
