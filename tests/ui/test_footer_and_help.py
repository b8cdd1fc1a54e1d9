"""Pilot tests: the footer's hints from the start, help for the screen it is opened from.

The footer must show help and quit among the reader's most useful keys as soon as the
reader is up, inside an 80-column terminal; ``?`` lists the keys of the screen it was
pressed on (the comparison's in the comparison), where ``q`` quits as everywhere.
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Footer

from tui.ui.screens.compare import CompareScreen
from tui.ui.screens.help import HelpScreen, section_name
from tui.ui.screens.reader import ReaderScreen


def footer_keys(app) -> dict[str, Widget]:
    """The footer's keys that are drawn whole inside the terminal, by what they show
    (Textual's ``FooterKey`` widgets, found by their type name)."""
    footer = app.screen.query_one(Footer)
    width = app.size.width
    keys = list(footer.query("FooterKey"))
    palette = [k for k in keys if k.has_class("-command-palette")]
    right = min((k.region.x for k in palette), default=width)
    return {
        key.key_display: key  # type: ignore[attr-defined]
        for key in keys
        if not key.has_class("-command-palette") and 0 < key.region.right <= right
    }


async def test_footer_shows_the_main_keys_at_launch_in_80_columns(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the footer fills in once the first focus is known
        await pilot.pause()
        shown = footer_keys(app)
        assert {"?", "q", "m", "F", "f", "J", "/"} <= set(shown)
        assert shown["?"].description == "Help"
        assert shown["q"].description == "Quit"


async def open_comparison(app, pilot) -> CompareScreen:
    await pilot.press("m", "J", "m")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


async def test_help_in_the_comparison_lists_the_comparisons_keys(
    make_app, seeds_report, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
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


async def test_q_in_the_comparison_quits_and_escape_goes_back(
    make_app, seeds_report, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_comparison(app, pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await open_comparison(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_marking_twice_unmarks_with_a_message(make_app, seeds_report, notices):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        assert app.screen.marks.marked == [seeds_report.articles[0].id]
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.marks.marked == []
        assert any(m.startswith("Unmarked") for m in notices.messages())


def test_section_names_read_as_words():
    assert section_name(CompareScreen) == "Comparison"

    class QuoteSpeakerList:
        pass

    assert section_name(QuoteSpeakerList) == "Quote speaker list"
