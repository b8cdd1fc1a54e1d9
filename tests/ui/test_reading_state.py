"""Pilot tests of the reading state in the reader: read/unread, stars, views, restore.

Each app keeps its state in a file under ``tmp_path`` (see ``make_app``), so a second
app on the same file is a restart of the reader.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tui.core.corpus.identity import corpus_key
from tui.core.corpus.loader import load_corpus
from tui.core.models import Article, LoadReport
from tui.core.store.reading_state import ReadingState
from tui.ui import reader_navigation
from tui.ui.corpus_loader import CorpusLoader
from tui.ui.reading_state import ReadingKeeper
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_list import ROW_HEIGHT, ArticleList

pytestmark = pytest.mark.usefixtures("read_at_once")


def listed(app) -> list[str]:
    """Ids of the articles the sidebar shows, in order."""
    sidebar = app.screen.query_one(ArticleList)
    return [sidebar.articles[i].id for i in sidebar.shown]


def row_text(app, row: int) -> str:
    """The title line of a sidebar row as drawn."""
    sidebar = app.screen.query_one(ArticleList)
    return sidebar.render_line(row * ROW_HEIGHT - int(sidebar.scroll_y)).text


async def test_opening_marks_read_and_x_toggles(make_app, seeds_report, reading_ready):
    app = make_app(seeds_report)
    first, second = seeds_report.articles[:2]
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        assert "●" not in row_text(app, 0)  # opened at start: read
        assert "●" in row_text(app, 1)
        await pilot.press("J")
        await pilot.pause(0.1)
        assert "●" not in row_text(app, 1)
        await pilot.press("x")
        assert "●" in row_text(app, 1)
        reading = app.screen.keeper.tracker
        assert not reading.is_read(second) and reading.is_read(first)
        await pilot.press("x")
        assert reading.is_read(second)


async def test_star_and_views_filter_the_sidebar(
    make_app, seeds_report, monkeypatch, reading_ready
):
    monkeypatch.setattr(reader_navigation, "READ_AFTER", 60.0)
    app = make_app(seeds_report)
    ids = [a.id for a in seeds_report.articles]
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        await pilot.press("J", "J", "s")
        assert "★" in row_text(app, 2)
        await pilot.press("v")  # unread: all but the first, read before (passed, just opened)
        assert app.screen.sidebar.mode == "unread"
        assert listed(app) == ids[1:]
        await pilot.press("v")  # starred
        assert listed(app) == [ids[2]]
        await pilot.press("s")  # unstarring keeps the row until the view changes
        assert listed(app) == [ids[2]]
        await pilot.press("v")
        assert app.screen.sidebar.mode == "all" and listed(app) == ids
        assert "★" not in row_text(app, 2)


async def test_state_and_position_survive_a_restart(make_app, seeds_report, reading_ready):
    longest = max(range(5), key=lambda i: len(seeds_report.articles[i].text))
    target = seeds_report.articles[longest]
    app = make_app(seeds_report)
    async with app.run_test(size=(80, 16)) as pilot:
        await reading_ready(pilot)
        for _ in range(longest):
            await pilot.press("J")
        await pilot.pause(0.1)
        await pilot.press("s")
        app.screen.query_one(ArticleBody).focus()
        await pilot.press("space", "space")
        await pilot.pause()
        offset = app.screen.query_one(ArticleBody).top_offset()
        assert offset > 0
    # Quitting wrote everything; a new app on the same state file comes back there.
    again = make_app(seeds_report)
    async with again.run_test(size=(80, 16)) as pilot:
        await reading_ready(pilot)
        await pilot.pause()
        screen = again.screen
        assert screen.current_article == target
        assert screen.keeper.tracker.is_starred(target)
        assert screen.keeper.tracker.is_read(target)
        body = screen.query_one(ArticleBody)
        assert body.scroll_y > 0
        assert abs(body.top_offset() - offset) < 200


async def test_state_is_written_while_reading(
    make_app, seeds_report, tmp_path, monkeypatch, reading_ready
):
    """A kill loses at most the last half second: the keeper's own periodic save (not
    a quit) brings the marks to the file."""
    second = seeds_report.articles[1]
    state_file = tmp_path / "state" / "state.sqlite"
    written = asyncio.Event()
    periodic_save = ReadingKeeper.save

    def save_and_look(keeper: ReadingKeeper) -> None:
        periodic_save(keeper)
        with ReadingState(state_file) as store:
            if (second.id, second.path) in store.snapshot(keeper.screen.corpus_key).read:
                written.set()

    monkeypatch.setattr(ReadingKeeper, "save", save_and_look)
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        await pilot.press("J", "s")
        await asyncio.wait_for(written.wait(), 20)
        with ReadingState(state_file) as store:
            snapshot = store.snapshot(app.screen.corpus_key)
        assert (second.id, second.path) in snapshot.starred
        assert (second.id, second.path) in snapshot.read
        assert snapshot.last_article == (second.id, second.path)


async def test_reload_picks_up_a_new_and_a_changed_file(make_app, tmp_path, settle, reading_ready):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Premier titre\nMarie Curie parle.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Second titre\nPierre Curie écoute.\n", encoding="utf-8")
    report, stamps = load_with_stamps(folder)
    app = make_app(report, roots=[folder], stamps=stamps)
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        (folder / "c.txt").write_text("Troisième titre\nIrène parle.\n", encoding="utf-8")
        (folder / "b.txt").write_text("Second titre changé\nPierre parle.\n", encoding="utf-8")
        await pilot.press("r")
        await settle(pilot)  # the reload's look at the files, then what it found
        titles = [a.title for a in app.screen.articles]
        assert titles == ["Premier titre", "Second titre changé", "Troisième titre"]
        assert listed(app) == ["a", "b", "c"]
        assert app.screen.current_article.id == "a"


async def test_a_reload_keeps_untouched_articles_highlighted_meanwhile(
    make_app, tmp_path, settle, wait_for_analysis, reading_ready
):
    from tui.core.corpus.loader import reload_corpus

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Premier titre\nMarie Curie parle à Paris.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Second titre\nPierre Curie écoute.\n", encoding="utf-8")
    report, stamps = load_with_stamps(folder)
    app = make_app(report, roots=[folder], stamps=stamps)
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        analysis = app.screen.analysis
        await wait_for_analysis(pilot)
        assert analysis.view is not None
        (folder / "b.txt").write_text("Second titre\nIrène Joliot-Curie écrit.\n", encoding="utf-8")
        new, _, changed = reload_corpus([folder], app.screen.articles, app.screen.loader.stamps)
        app.screen.corpus_replaced(CorpusLoader.Reloaded(new, changed))
        # Before the new analysis: "a" keeps its names, the changed "b" has none yet.
        assert analysis.view is None
        kept = analysis.analysis_of("a")
        assert kept is not None
        assert {e.text for e in kept.entities} >= {"Marie Curie", "Paris"}
        assert analysis.analysis_of("b") is None
        await settle(pilot)  # the new analysis, started by the reload
        assert analysis.view is not None
        fresh = analysis.analysis_of("b")
        assert fresh is not None
        assert "Irène Joliot-Curie" in {e.text for e in fresh.entities}


async def test_big_sidebar_moves_filters_and_clicks(make_app, reading_ready):
    articles = [
        Article(id=f"n{i}", path=f"/c/n{i}.txt", text=f"Texte {i}.", title=f"Titre {i}")
        for i in range(3000)
    ]
    app = make_app(LoadReport(articles=articles))
    async with app.run_test(size=(100, 30)) as pilot:
        await reading_ready(pilot)
        sidebar = app.screen.query_one(ArticleList)
        sidebar.focus()
        await pilot.press("G")
        assert app.screen.current_article.id == "n2999"
        bottom = sidebar.scroll_y + sidebar.scrollable_content_region.height
        assert sidebar.scroll_y > 0 and bottom >= 3000 * ROW_HEIGHT
        await pilot.press("k", "k")
        assert app.screen.current_article.id == "n2997"
        await pilot.press("g", "g", "space")
        row = sidebar.highlighted
        assert row is not None and row > 3
        await pilot.click(ArticleList, offset=(4, 1))
        await pilot.pause()
        clicked = (1 + int(sidebar.scroll_y)) // ROW_HEIGHT
        assert app.screen.current_article.id == f"n{clicked}"
        sidebar.show_only({"n5", "n2500"}, keep=None)
        await pilot.pause()
        assert listed(app) == ["n5", "n2500"]
        await pilot.press("j")
        assert app.screen.current_article.id == "n2500"


async def test_articles_loaded_in_the_background_join_the_sidebar(
    make_app, tmp_path, settle, reading_ready
):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        (folder / f"a{n:02}.txt").write_text(f"Titre {n}\nTexte {n}.\n", encoding="utf-8")
    files = sorted(folder.iterdir())
    report, stamps = load_with_stamps(folder, only=files[:5])
    app = make_app(report, roots=[folder], pending=files[5:], stamps=stamps)
    app.analyse_on_start = True
    async with app.run_test(size=(100, 30)) as pilot:
        await reading_ready(pilot)
        await settle(pilot)  # the loader's batches, then its last message
        assert app.screen.loader.progress is None
        assert len(app.screen.articles) == 30
        assert listed(app) == [f"a{n:02}" for n in range(30)]
        assert set(app.screen.loader.stamps) == {str(f) for f in files}


def load_with_stamps(folder: Path, only: list[Path] | None = None):
    from tui.core.corpus.loader import load_files, unique_ids

    report, stamps = load_files(only if only is not None else sorted(folder.iterdir()))
    report.articles = unique_ids(report.articles)
    return report, stamps


async def test_reader_keeps_state_under_the_corpus_key_of_its_paths(
    make_app, seeds_dir, reading_ready
):
    """The key ``newsreader index PATH`` stores the merge under is the reader's too."""
    report = load_corpus([seeds_dir])
    app = make_app(report, roots=[seeds_dir])
    async with app.run_test(size=(100, 30)) as pilot:
        await reading_ready(pilot)
        assert app.screen.corpus_key == corpus_key([seeds_dir])
        assert app.screen.keeper.tracker.corpus == corpus_key([seeds_dir])
