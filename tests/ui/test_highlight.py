"""Pilot tests of the analysis in the reader: highlights, layers, panels, filter, palette."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from tui.ui.screens.reader import ReaderScreen
from tui.ui.widgets.article_body import DECOR, ArticleBody
from tui.ui.widgets.article_list import ArticleList

SEED_002 = 2


def style_at(body: ArticleBody, offset: int):
    """The Rich style the pane draws the character at ``offset`` with."""
    index = max(
        i for i, (start, _, kind) in enumerate(body._lines) if start <= offset and kind != DECOR
    )
    position = body._lines[index][0]
    for segment in body._line_strip(index, body.rich_style):
        if position <= offset < position + len(segment.text):
            return segment.style
        position += len(segment.text)
    raise AssertionError(f"offset {offset} is not drawn on line {index}")


def roles(body: ArticleBody) -> set[str]:
    return {span.role for span in body.spans}


async def test_entities_and_quotes_are_styled_from_the_theme(
    make_app, seeds_report, wait_for_analysis
):
    app = make_app(seeds_report, theme="inkwell")
    article = seeds_report.articles[SEED_002]
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J")
        body = app.screen.query_one(ArticleBody)
        theme = app.render_theme()
        at = article.text.index("Dmitri Peskov")
        style = style_at(body, at)
        assert style.color == theme.style_for("entity-per").color
        analysis = app.screen.analysis_of(article.id)
        speech = next(q for q in analysis.quotes if q.kind == "speech")
        quoted = style_at(body, speech.start)
        assert quoted.italic and quoted.color == theme.style_for("quote").color
        fragment = next(q for q in analysis.quotes if q.kind == "fragment")
        quoted = style_at(body, fragment.start)
        assert quoted.color == theme.style_for("quote-fragment").color
        assert any(label.startswith("— Dmitri Peskov") for label in body.label_rows())


async def test_layer_keys_switch_entities_and_quotes(make_app, seeds_report, wait_for_analysis):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_analysis(pilot)
        body = app.screen.query_one(ArticleBody)
        assert {"entity-per", "quote"} <= roles(body)
        lines = body.line_count
        await pilot.press("e")
        assert not any(role.startswith("entity-") for role in roles(body))
        assert "quote" in roles(body)
        await pilot.press("u")
        assert roles(body) == set()
        assert not any(kind == DECOR for _, _, kind in body._lines)
        assert body.line_count < lines
        await pilot.press("e", "u")
        assert {"entity-per", "quote"} <= roles(body)
        assert body.line_count == lines


async def test_entity_panel_highlights_mentions_and_filters_sidebar(
    make_app, seeds_report, wait_for_analysis
):
    app = make_app(seeds_report)
    article = seeds_report.articles[SEED_002]
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J", "E")
        await pilot.pause()
        screen: ReaderScreen = app.screen
        panel = screen.query_one("#entity-panel")
        node = next(n for n in panel._tree_nodes.values() if n.data == ("entity", "Dmitri Peskov"))
        panel.move_cursor(node)
        await pilot.pause()
        body = screen.query_one(ArticleBody)
        mentions = screen.view.mentions(article.id, "Dmitri Peskov")
        assert len(mentions) >= 2
        assert body.match_count == len(mentions)
        assert body._matches[body.current_match] == mentions[0]
        await pilot.press("n")
        assert body._matches[body.current_match] == mentions[1]
        await pilot.press("N")
        assert body._matches[body.current_match] == mentions[0]

        await pilot.press("F")
        assert screen.entity_filter == "Dmitri Peskov"
        listed = screen.query_one(ArticleList)
        expected = screen.view.articles_mentioning("Dmitri Peskov")
        assert [seeds_report.articles[i].id for i in listed.shown] == expected
        assert len(expected) < len(seeds_report.articles)
        assert "Dmitri Peskov" in str(screen.query_one("#sidebar-title").render())
        await pilot.press("F")
        assert len(listed.shown) == len(seeds_report.articles)


async def test_entity_panel_opens_another_article_at_first_mention(
    make_app, seeds_report, wait_for_analysis
):
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J", "E")
        await pilot.pause()
        screen: ReaderScreen = app.screen
        panel = screen.query_one("#entity-panel")
        target = next(
            n for n in panel._tree_nodes.values() if n.data and n.data[:1] == ("article",)
        )
        _, other_id, name = target.data
        target.parent.expand()
        await pilot.pause()
        panel.move_cursor(target)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_article.id == other_id
        body = screen.query_one(ArticleBody)
        assert body._matches[body.current_match] == screen.view.mentions(other_id, name)[0]


async def test_quote_panel_lists_speakers_and_jumps_to_a_quote(
    make_app, seeds_report, wait_for_analysis
):
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J", "U")
        await pilot.pause(0.5)
        screen: ReaderScreen = app.screen
        panel = screen.query_one("#quote-panel")
        quotes = [n for n in panel._tree_nodes.values() if n.data and n.data[0] == "quote"]
        mine = [n for n in quotes if n.data[1] == screen.current_article.id]
        assert len(mine) == len(screen.analysis_of(screen.current_article.id).quotes)
        _, _, start, end = mine[-1].data
        panel.move_cursor(mine[-1])
        await pilot.press("enter")
        body = screen.query_one(ArticleBody)
        assert body._matches[body.current_match] == (start, end)


async def test_palette_finds_a_misspelt_name_and_opens_the_article_at_it(
    make_app, seeds_report, wait_for_analysis
):
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)
        await pilot.press(*"peskof")
        commands = app.screen.query_one(CommandList)
        for _ in range(100):
            if commands.option_count and "Peskov" in str(commands.get_option_at_index(0).prompt):
                break
            await pilot.pause(0.05)
        first = str(commands.get_option_at_index(0).prompt)
        assert first.startswith("entity: Dmitri Peskov"), first
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        body = screen.query_one(ArticleBody)
        start, end = body._matches[body.current_match]
        assert screen.current_article.text[start:end] == "Dmitri Peskov"
        assert "Dmitri Peskov" in body.visible_text()
        await pilot.press("escape")
        assert body.match_count == 0


async def test_palette_offers_themes_and_comparisons(make_app, seeds_report, wait_for_analysis):
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("ctrl+p", *"theme inkwell")
        commands = app.screen.query_one(CommandList)
        for _ in range(100):
            if commands.option_count and "inkwell" in str(commands.get_option_at_index(0).prompt):
                break
            await pilot.pause(0.05)
        assert str(commands.get_option_at_index(0).prompt).startswith("theme: inkwell")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "inkwell"
        from tui.ui.palette import palette_commands

        titles = [title for title, _ in palette_commands(app.screen)]
        n = len(seeds_report.articles)
        assert sum(t.startswith("compare: ") and " ↔ " in t for t in titles) == n * (n - 1) // 2


async def test_marking_two_articles_opens_the_comparison(make_app, seeds_report, wait_for_analysis):
    app = make_app(seeds_report)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("m")
        assert app.screen.marked == [seeds_report.articles[0].id]
        await pilot.press("escape")
        assert app.screen.marked == []
        await pilot.press("m", "J", "m")
        await pilot.pause()
        from tui.ui.screens.compare import CompareScreen

        assert isinstance(app.screen, CompareScreen)
        assert app.screen.left.id == seeds_report.articles[0].id
        assert app.screen.right.id == seeds_report.articles[1].id
