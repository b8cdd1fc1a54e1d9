"""Pilot tests of the reader: navigation, find, help, furniture, literal text."""

from __future__ import annotations

from rich.text import Text

from tui.core.models import LoadReport, Span
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.reader import ReaderScreen
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_list import ROW_HEIGHT, ArticleList


def header_plain(app) -> str:
    rendered = app.screen.query_one(ArticleHeader).render()
    return rendered.plain if isinstance(rendered, Text) else str(rendered)


async def body_work_done(pilot, body: ArticleBody) -> None:
    """The body's own workers (layout, find) are done, and what they found is drawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete([w for w in pilot.app.workers if w.node is body])
    await pilot.pause()


def screen_text(app) -> str:
    """Every line the article pane would draw right now, as plain text."""
    body = app.screen.query_one(ArticleBody)
    return "\n".join(body.render_line(y).text for y in range(body.size.height))


async def test_keyboard_reaches_third_article(make_app, seeds_report):
    app = make_app(seeds_report)
    third = seeds_report.articles[2]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("J", "J")
        assert app.screen.current_article == third
        assert third.title in header_plain(app)
        assert app.screen.query_one(ArticleList).highlighted == 2
        await pilot.press("K")
        assert app.screen.current_article == seeds_report.articles[1]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.screen.current_article == seeds_report.articles[3]


async def test_sidebar_keys_move_between_articles(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleList)
        await pilot.press("j", "down")
        assert app.screen.current_article == seeds_report.articles[2]
        await pilot.press("G")
        assert app.screen.current_article == seeds_report.articles[-1]
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleBody)


async def test_scroll_keys_move_the_article(
    make_app, seeds_report, seeds_analysis, wait_for_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(80, 16)) as pilot:
        await wait_for_analysis(pilot)
        body = app.screen.query_one(ArticleBody)
        assert body.scroll_y == 0
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y > 2
        await pilot.press("g", "g")
        assert body.scroll_y == 0
        await pilot.press("space")
        assert body.scroll_y > 2


async def test_mouse_click_opens_an_article(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click(ArticleList, offset=(3, ROW_HEIGHT + 1))
        await pilot.pause()
        assert app.screen.current_article == seeds_report.articles[1]


async def test_find_highlights_and_cycles_with_n(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        body = app.screen.query_one(ArticleBody)
        expected = seeds_report.articles[0].text.lower().count("poutine")
        await pilot.press("slash", *"POUTINE", "enter")
        assert body.match_count == expected > 2
        assert isinstance(app.focused, ArticleBody)
        first = body.current_match
        await pilot.press("n")
        assert body.current_match == (first + 1) % expected
        await pilot.press("N", "N")
        assert body.current_match == (first - 1) % expected
        await pilot.press("escape")
        assert body.match_count == 0


async def test_find_ignores_accents(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"choigou", "enter")
        body = app.screen.query_one(ArticleBody)
        assert body.match_count >= 1
        start, end = body.matches[0]
        assert seeds_report.articles[0].text[start:end] == "Choïgou"


async def test_help_lists_every_binding(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        described = {what for _, _, what in app.screen.rows}
        keys = " ".join(keys for _, keys, _ in app.screen.rows)
        for what in ("Next article", "Find", "Next match", "Furniture", "Quit", "Help"):
            assert what in described
        for key in ("J", "]", "/", "n", "N", "f", "g", "G", "Space", "b", "Ctrl+Q", "F1"):
            assert key in keys.split()
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, ReaderScreen)


async def test_furniture_toggle_hides_and_restores(make_app, make_article):
    text = "Premier paragraphe.\nPublicité\nDeuxième paragraphe."
    furniture = (Span(20, 29),)
    report = LoadReport(articles=[make_article(text, furniture=furniture)])
    app = make_app(report)
    async with app.run_test(size=(80, 20)) as pilot:
        assert "Publicité" in screen_text(app)
        await pilot.press("f")
        assert "Publicité" not in screen_text(app)
        assert "Deuxième paragraphe." in screen_text(app)
        await pilot.press("f")
        assert "Publicité" in screen_text(app)


async def test_markup_and_escapes_are_shown_literally(make_app, make_article):
    text = "Avant [bold red]x[/] [link=http://e.vil]clic[/link] [/] \x1b[31mrouge\x07 fin"
    report = LoadReport(articles=[make_article(text, title="[b]Titre[/b] \x1b[2J")])
    app = make_app(report)
    async with app.run_test(size=(100, 20)):
        shown = screen_text(app)
        assert "[bold red]x[/] [link=http://e.vil]clic[/link] [/]" in shown
        assert "␛[31mrouge␇ fin" in shown
        assert "\x1b" not in shown
        assert "[b]Titre[/b] ␛[2J" in header_plain(app)


async def test_wide_characters_stay_within_the_pane(make_app, make_article):
    text = "東京で会談。" * 40 + " 🎉" * 30
    app = make_app(LoadReport(articles=[make_article(text)]))
    async with app.run_test(size=(60, 20)):
        body = app.screen.query_one(ArticleBody)
        width = body.scrollable_content_region.width
        for y in range(body.size.height):
            assert body.render_line(y).cell_length == width


async def test_skipped_files_and_odd_encodings_are_announced(make_app, make_article, notices):
    report = LoadReport(
        articles=[make_article("Texte accentué.", encoding="cp1252")],
        skipped=[("photo.jpg", "binary file"), ("vide.txt", "empty file")],
        warnings=[("notes.md", "malformed front matter")],
    )
    app = make_app(report)
    async with app.run_test(size=(100, 30)):
        messages = " ".join(n.message for n in notices)
        assert "photo.jpg" in messages and "vide.txt" in messages
        assert "notes.md: malformed front matter" in messages
        assert "cp1252" in messages
        assert "cp1252" in header_plain(app)


async def test_big_article_is_laid_out_off_the_event_loop(make_app, make_article):
    paragraph = "Lorem ipsum dolor sit amet, Poutine consectetur adipiscing elit. " * 20
    text = "\n".join([paragraph] * 1500)  # about 2 MB
    app = make_app(LoadReport(articles=[make_article(text)]))
    app.analyse_on_start = False  # the layout is what is measured here, not the analysis
    async with app.run_test(size=(100, 30)) as pilot:
        body = app.screen.query_one(ArticleBody)
        await body_work_done(pilot, body)
        assert not body.laying_out
        assert body.line_count > 1500 * 10
        await pilot.press("slash", *"poutine", "enter")
        await body_work_done(pilot, body)
        assert body.match_count == 1500 * 20


async def test_a_big_article_resized_while_it_is_laid_out_keeps_only_the_new_layout(
    make_app, make_article
):
    """Lines of the layout a resize replaced, still arriving from its worker, are dropped."""
    paragraph = "Lorem ipsum dolor sit amet, Poutine consectetur adipiscing elit. " * 20
    text = "\n".join([paragraph] * 1500)  # about 2 MB: laid out in a worker
    app = make_app(LoadReport(articles=[make_article(text)]))
    app.analyse_on_start = False
    async with app.run_test(size=(100, 30)) as pilot:
        body = app.screen.query_one(ArticleBody)
        assert body.laying_out
        await pilot.resize_terminal(70, 30)
        await body_work_done(pilot, body)
        resized = [start for start, _, _ in body.lines]
        assert resized == sorted(resized)
        body.relayout(keep_position=False)  # the same width, from scratch
        await body_work_done(pilot, body)
        assert [start for start, _, _ in body.lines] == resized
