"""What the reader does on its way to the first frame, and what it leaves for after.

The first frame must already be the finished reader (its breakpoint class, its footer
hints), so nothing is restyled, laid out or rebuilt right after it; the cycle collector
paused for the start runs again once the frame is drawn.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

import tui.ui.app
from tui.core.models import LoadReport
from tui.core.service.corpus import CorpusService
from tui.paths import bundled_themes_dir
from tui.ui.app import NewsReaderApp, breakpoint_classes


@pytest.fixture
def collector_paused() -> Iterator[None]:
    """The collector as :func:`tui.cli.main` leaves it for the app: paused."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


class _Recording(NewsReaderApp):
    """Notes the screen's classes when it is made and the footer at the first frame."""

    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("styles") / "app.tcss")

    def get_default_screen(self) -> Screen:
        screen = super().get_default_screen()
        self.classes_when_made = set(screen.classes)
        self.focus_given: list[str | None] = []
        set_focus = screen.set_focus

        def noting(widget, *args, **kwargs):
            self.focus_given.append(None if widget is None else widget.id)
            return set_focus(widget, *args, **kwargs)

        screen.set_focus = noting  # type: ignore[method-assign]
        return screen

    def on_mount(self) -> None:
        super().on_mount()
        self.screen.call_after_refresh(self._first_frame)

    def _first_frame(self) -> None:
        footer = self.screen.query_one(Footer)
        self.first_footer = [key.key_display for key in footer.query(FooterKey)]
        self.collecting_at_first_frame = gc.isenabled()


@pytest.fixture
def recording_app(tmp_path: Path, user_themes: Path) -> Callable[[LoadReport], _Recording]:
    def factory(report: LoadReport) -> _Recording:
        return _Recording(
            CorpusService.of_report(report),
            config_file=tmp_path / "config" / "config.yaml",
            theme_dirs=[bundled_themes_dir(), user_themes],
            state_file=tmp_path / "state" / "state.sqlite",
        )

    return factory


@pytest.mark.parametrize(("width", "expected"), [(80, "-narrow"), (119, "-narrow"), (160, "-wide")])
async def test_the_breakpoint_class_is_there_before_the_first_layout(
    recording_app, seeds_report, width: int, expected: str
) -> None:
    app = recording_app(seeds_report)
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        assert expected in app.classes_when_made
        assert app.classes_when_made & {"-narrow", "-wide"} == {expected}
        assert expected in app.screen.classes


def test_breakpoint_classes_follow_textuals_rule() -> None:
    class Wide(Screen[None]):
        HORIZONTAL_BREAKPOINTS = [(0, "-s"), (50, "-m"), (100, "-l")]  # noqa: RUF012
        VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012

    from textual.app import App
    from textual.geometry import Size

    app, screen = App(), Wide()
    assert breakpoint_classes(app, screen, Size(49, 29)) == ["-s", "-short"]
    assert breakpoint_classes(app, screen, Size(100, 30)) == ["-l", "-tall"]
    assert breakpoint_classes(app, Screen(), Size(100, 30)) == []


async def test_the_footer_is_built_once_with_its_hints(
    recording_app, seeds_report, monkeypatch
) -> None:
    """Textual's footer starts empty and is rebuilt once the bindings are known, after
    the first frame; the reader's is built with its hints, and not rebuilt."""
    rebuilt: list[Footer] = []
    recompose = Footer.recompose

    async def counting(self: Footer) -> None:
        rebuilt.append(self)
        await recompose(self)

    monkeypatch.setattr(Footer, "recompose", counting)
    app = recording_app(seeds_report)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert {"?", "q", "J", "/", "m"} <= set(app.first_footer)
        await pilot.pause()
        assert rebuilt == []


async def test_focus_starts_on_the_article(recording_app, seeds_report) -> None:
    """Not on the list first (Textual's default), which restyles both and rebuilds
    the footer right after the first frame."""
    app = recording_app(seeds_report)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert app.focus_given and set(app.focus_given) == {"article-body"}
        assert app.screen.focused is app.screen.query_one("#article-body")


async def test_moving_focus_leaves_the_footer_as_it_is(make_app, seeds_report) -> None:
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        keys = list(footer.query(FooterKey))
        assert keys
        for _ in range(3):
            await pilot.press("tab")
            await pilot.pause()
        assert list(footer.query(FooterKey)) == keys


async def test_the_collector_runs_again_after_the_first_frame(
    recording_app, seeds_report, collector_paused
) -> None:
    app = recording_app(seeds_report)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0


def test_the_command_line_pauses_the_collector_for_the_app(monkeypatch, seeds_dir) -> None:
    from tui.cli import main

    seen: list[bool] = []

    def fake_run_app(corpus, *, theme=None) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(tui.ui.app, "run_app", fake_run_app)
    assert gc.isenabled()
    assert main([str(seeds_dir)]) == 0
    assert seen == [False]
    assert gc.isenabled()


async def test_the_list_asks_for_nothing_more_when_only_its_width_changes(seeds_report) -> None:
    """Its scrollable size is its rows; the first size it is given (after the first
    frame) must not lay the whole screen out again."""
    from textual.app import App, ComposeResult

    from tui.ui.widgets.article_list import ArticleList

    class ListOnly(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleList(seeds_report.articles)

    app = ListOnly()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        listing = app.query_one(ArticleList)
        layouts: list[bool] = []
        refresh = listing.refresh

        def noting(*regions, **kwargs):
            layouts.append(bool(kwargs.get("layout")))
            return refresh(*regions, **kwargs)

        listing.refresh = noting  # type: ignore[method-assign]
        await pilot.resize_terminal(90, 20)
        await pilot.pause()
        assert listing.size.width == 90
        assert layouts == []  # redrawn by the resize itself: no layout, no second repaint
        lines = [listing.render_line(y).text for y in range(listing.size.height)]
        assert any(article.title[:20] in "".join(lines) for article in seeds_report.articles)
