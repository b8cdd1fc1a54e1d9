"""Pilot tests: the footer's hints from the start, help for the screen it is opened from.

The footer must show help and quit among the reader's most useful keys as soon as the
reader is up, inside an 80-column terminal; ``?`` lists the keys of the screen it was
pressed on (the comparison's in the comparison), where ``q`` quits as everywhere.
"""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.ui.screens.compare import CompareScreen
from tui.ui.screens.help import HelpScreen, section_name
from tui.ui.screens.reader import ReaderScreen


def footer_keys(app) -> dict[str, FooterKey]:
    """The footer's keys that are drawn whole inside the terminal, by what they show."""
    footer = app.screen.query_one(Footer)
    width = app.size.width
    palette = [k for k in footer.query(FooterKey) if k.has_class("-command-palette")]
    right = min((k.region.x for k in palette), default=width)
    return {
        key.key_display: key
        for key in footer.query(FooterKey)
        if not key.has_class("-command-palette") and 0 < key.region.right <= right
    }


async def until_footer(pilot) -> dict[str, FooterKey]:
    for _ in range(3):  # the footer fills in once the first focus is known
        await pilot.pause()
        shown = footer_keys(pilot.app)
        if shown:
            return shown
    return footer_keys(pilot.app)


async def test_footer_shows_the_main_keys_at_launch_in_80_columns(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = await until_footer(pilot)
        assert {"?", "q", "m", "F", "f", "J", "/"} <= set(shown)
        assert shown["?"].description == "Help"
        assert shown["q"].description == "Quit"


async def open_comparison(app, pilot) -> CompareScreen:
    await pilot.press("m", "J", "m")
    for _ in range(100):
        if isinstance(app.screen, CompareScreen) and app.screen.model is not None:
            break
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


async def test_help_in_the_comparison_lists_the_comparisons_keys(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_comparison(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        where = {w for w, _, _ in rows}
        assert "Comparison" in where and "Reader" not in where
        keys = {k for _, ks, _ in rows for k in ks.split()}
        assert {"n", "N", "s", "x", "l", "r", "L", "R", "o", "Esc", "Tab", "q", "?"} <= keys
        assert "J" not in keys and "/" not in keys
        await pilot.press("escape")
        assert isinstance(app.screen, CompareScreen)


async def test_help_in_the_reader_lists_the_readers_keys(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        assert "Comparison" not in {w for w, _, _ in rows}
        described = {what for _, _, what in rows}
        assert {"Next article", "Mark to compare (a second mark compares)"} <= described
        assert len([r for r in rows if r[1] == "q" and r[2] == "Quit"]) == 1  # not repeated


async def test_q_in_the_comparison_quits_and_escape_goes_back(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_comparison(app, pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await open_comparison(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_marking_twice_unmarks_with_a_message(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        assert app.screen.marked == [seeds_report.articles[0].id]
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.marked == []
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Unmarked") for m in messages)


def test_section_names_read_as_words():
    assert section_name(CompareScreen) == "Comparison"

    class QuoteSpeakerList:
        pass

    assert section_name(QuoteSpeakerList) == "Quote speaker list"
