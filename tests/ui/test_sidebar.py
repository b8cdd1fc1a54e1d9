"""Pilot tests of the sidebar: rows that tell articles apart, sorting, width.

The seeds are five articles about one summit whose titles start alike and only one of
which names its outlet: the rows must still be told apart, sorting must leave the
open article open and under the cursor, and the order and width must come back in
the next session.
"""

from __future__ import annotations

import pytest
import yaml

from tui.core.models import Article, LoadReport
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_list import ROW_HEIGHT, ArticleList

pytestmark = pytest.mark.usefixtures("read_at_once")


def row_lines(app, row: int) -> list[str]:
    """The lines of sidebar row ``row`` as drawn, without the margins."""
    sidebar = app.screen.query_one(ArticleList)
    top = row * ROW_HEIGHT - int(sidebar.scroll_y)
    return [sidebar.render_line(top + part).text.strip() for part in range(ROW_HEIGHT)]


def listed(app) -> list[str]:
    sidebar = app.screen.query_one(ArticleList)
    return [sidebar.articles[i].id[:3] for i in sidebar.shown]


def sidebar_title(app) -> str:
    return str(app.screen.query_one("#sidebar-title").render())


async def test_rows_name_an_outlet_and_use_two_lines_for_the_title(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        firsts = []
        for row, article in enumerate(seeds_report.articles):
            first, second, details, _badges = row_lines(app, row)
            first = first.lstrip("◆★● ")  # unread, starred, marked
            # The title goes on over the second line, where it used to be cut at ~31 cells.
            words = article.title.split()
            assert first.split()[0] == words[0]
            assert second and second.split()[0] in words, (first, second)
            assert f"{first} {second}".startswith(" ".join(words[:6]))
            # Every row names an outlet: the source, else the article's id.
            assert details.startswith(article.source or article.id[:12]), details
            firsts.append(f"{first} {second}")
        assert len(set(firsts)) == 5


async def test_details_show_the_date_and_the_domain_when_there_is_no_source(make_app):
    articles = [
        Article(
            id="a",
            path="/c/a.md",
            text="Texte.",
            title="Un titre",
            url="https://www.lemonde.fr/article",
            date="2024-05-01T10:00:00+02:00",
        ),
        Article(id="b", path="/c/b.md", text="Texte.", title="Un autre", source="AFP"),
    ]
    app = make_app(LoadReport(articles=articles))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        details = row_lines(app, 0)[2]  # at the default width the outlet gives way
        assert details.startswith("lemonde") and " · 2024-05-01 · " in details
        await pilot.press(">")  # a wider sidebar has room for the whole domain
        await pilot.pause()
        assert row_lines(app, 0)[2].startswith("lemonde.fr · 2024-05-01 · ")
        assert row_lines(app, 1)[2].startswith("AFP · ")


async def test_sorting_keeps_the_open_article_open_and_highlighted(
    make_app, seeds_report, reading_ready
):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        await pilot.press("J", "J")
        opened = app.screen.current_article
        assert opened.id.startswith("002")
        sidebar = app.screen.query_one(ArticleList)
        await pilot.press("o")  # by outlet: France 24 first, then the unsigned ones
        assert listed(app) == ["003", "000", "001", "002", "004"]
        assert "by outlet" in sidebar_title(app)
        await pilot.press("o", "o")  # by date (none is dated: file order), then by title
        assert listed(app) == ["002", "004", "003", "000", "001"]
        await pilot.pause()
        assert app.screen.current_article is opened
        assert app.screen.query_one(ArticleBody).article is opened
        assert sidebar.article_index == 2 and sidebar.highlighted == 0
        await pilot.press("J")  # next follows the order shown
        assert app.screen.current_article.id.startswith("004")
        await pilot.press("o")  # back to file order
        assert listed(app) == ["000", "001", "002", "003", "004"]
        assert sidebar.article_index == 4


async def test_sorting_keeps_the_view(make_app, seeds_report, reading_ready):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await reading_ready(pilot)
        await pilot.press("s", "J", "J", "J", "s")  # star 000 and 003
        await pilot.press("v", "v")  # only the starred ones
        assert listed(app) == ["000", "003"]
        await pilot.press("o", "o", "o")  # by title
        assert listed(app) == ["003", "000"]
        assert app.screen.current_article.id.startswith("003")
        assert "starred" in sidebar_title(app) and "by title" in sidebar_title(app)


async def test_width_and_order_are_remembered(make_app, seeds_report, tmp_path):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert sidebar.outer_size.width == 34
        await pilot.press("greater_than_sign", "greater_than_sign", "o")
        await pilot.pause()
        assert sidebar.outer_size.width == 50
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert sidebar.outer_size.width == 42
    saved = yaml.safe_load((tmp_path / "config" / "config.yaml").read_text(encoding="utf-8"))
    assert saved["sidebar"] == {"width": 42, "sort": "outlet"}
    again = make_app(seeds_report)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.screen.query_one("#sidebar").outer_size.width == 42
        assert listed(again)[0] == "003"
        assert again.screen.current_article.id.startswith("000")


async def test_the_sidebar_never_takes_more_than_half_the_window(make_app, seeds_report, notices):
    app = make_app(seeds_report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*["greater_than_sign"] * 6)
        await pilot.pause()
        assert app.screen.query_one("#sidebar").outer_size.width == 40
        assert any("as wide as it gets" in n.message for n in notices)


async def test_a_sorted_list_places_articles_that_arrive_later(make_app):
    def article(n: int, title: str) -> Article:
        return Article(id=f"n{n}", path=f"/c/n{n}.txt", text="Texte.", title=title)

    app = make_app(LoadReport(articles=[article(0, "Moyen"), article(1, "Zèbre")]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o", "o", "o")  # by title
        sidebar = app.screen.query_one(ArticleList)
        assert [sidebar.articles[i].title for i in sidebar.shown] == ["Moyen", "Zèbre"]
        sidebar.add_articles([article(2, "« Avant »"), article(3, "Étoile")])
        await pilot.pause()
        titles = [sidebar.articles[i].title for i in sidebar.shown]
        assert titles == ["« Avant »", "Étoile", "Moyen", "Zèbre"]
        assert sidebar.article_index == 0  # still on the open article, "Moyen"
        assert app.screen.current_article.title == "Moyen"
