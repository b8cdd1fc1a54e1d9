"""Pilot tests of the analysis in the reader: highlights, layers, panels, filter, palette."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from tui.ui.screens.reader import ReaderScreen
from tui.ui.widgets.article_body import DECOR, ArticleBody
from tui.ui.widgets.article_list import ArticleList

SEED_002 = 2


def tree_nodes(panel) -> list:
    """Every node of a panel's tree, from its root down (expanded or not)."""
    nodes, stack = [], [panel.root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(reversed(node.children))
    return nodes


async def palette_offers(pilot, text: str) -> str:
    """The palette's first hit once its search (a worker) is done."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    commands = pilot.app.screen.query_one(CommandList)
    assert commands.option_count, f"no hit for {text!r}"
    return str(commands.get_option_at_index(0).prompt)


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
        style = body.style_at(at)
        assert style.color == theme.style_for("entity-per").color
        analysis = app.screen.analysis.analysis_of(article.id)
        speech = next(q for q in analysis.quotes if q.kind == "speech")
        quoted = body.style_at(speech.start)
        assert quoted.italic and quoted.color == theme.style_for("quote").color
        fragment = next(q for q in analysis.quotes if q.kind == "fragment")
        quoted = body.style_at(fragment.start)
        assert quoted.color == theme.style_for("quote-fragment").color
        assert any(label.startswith("— Dmitri Peskov") for label in body.label_rows())


async def test_layer_keys_switch_entities_and_quotes(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
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
        assert not any(kind == DECOR for _, _, kind in body.lines)
        assert body.line_count < lines
        await pilot.press("e", "u")
        assert {"entity-per", "quote"} <= roles(body)
        assert body.line_count == lines


async def test_entity_panel_highlights_mentions_and_filters_sidebar(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    article = seeds_report.articles[SEED_002]
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J", "E")
        await pilot.pause()
        screen: ReaderScreen = app.screen
        panel = screen.query_one("#entity-panel")
        node = next(n for n in tree_nodes(panel) if n.data == ("entity", "Dmitri Peskov"))
        panel.move_cursor(node)
        await pilot.pause()
        body = screen.query_one(ArticleBody)
        mentions = screen.view.mentions(article.id, "Dmitri Peskov")
        assert len(mentions) >= 2
        assert body.match_count == len(mentions)
        assert body.current_range == mentions[0]
        await pilot.press("n")
        assert body.current_range == mentions[1]
        await pilot.press("N")
        assert body.current_range == mentions[0]

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
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J", "E")
        await pilot.pause()
        screen: ReaderScreen = app.screen
        panel = screen.query_one("#entity-panel")
        target = next(n for n in tree_nodes(panel) if n.data and n.data[:1] == ("article",))
        _, other_id, name = target.data
        target.parent.expand()
        await pilot.pause()
        panel.move_cursor(target)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_article.id == other_id
        body = screen.query_one(ArticleBody)
        assert body.current_range == screen.view.mentions(other_id, name)[0]


async def test_quote_panel_lists_speakers_and_jumps_to_a_quote(
    make_app, seeds_report, wait_for_analysis, seeds_analysis, settle
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("J", "J", "U")
        await settle(pilot)  # the panel fills in, then says who else quotes the same words
        screen: ReaderScreen = app.screen
        panel = screen.query_one("#quote-panel")
        quotes = [n for n in tree_nodes(panel) if n.data and n.data[0] == "quote"]
        mine = [n for n in quotes if n.data[1] == screen.current_article.id]
        assert len(mine) == len(screen.analysis.analysis_of(screen.current_article.id).quotes)
        _, _, start, end = mine[-1].data
        panel.move_cursor(mine[-1])
        await pilot.press("enter")
        body = screen.query_one(ArticleBody)
        assert body.current_range == (start, end)


async def test_palette_finds_a_misspelt_name_and_opens_the_article_at_it(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)
        await pilot.press(*"peskof")
        first = await palette_offers(pilot, "peskof")
        assert first.startswith("entity: Dmitri Peskov"), first
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        body = screen.query_one(ArticleBody)
        assert body.current_range is not None
        start, end = body.current_range
        assert screen.current_article.text[start:end] == "Dmitri Peskov"
        assert "Dmitri Peskov" in body.visible_text()
        await pilot.press("escape")
        assert body.match_count == 0


async def test_palette_offers_themes_and_comparisons(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("ctrl+p", *"theme inkwell")
        first = await palette_offers(pilot, "theme inkwell")
        assert first.startswith("theme: inkwell"), first
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "inkwell"
        from tui.ui.palette import palette_commands

        titles = [title for title, _ in palette_commands(app.screen)]
        n = len(seeds_report.articles)
        assert sum(t.startswith("compare: ") and " ↔ " in t for t in titles) == n * (n - 1) // 2


async def test_marking_two_articles_opens_the_comparison(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("m")
        assert app.screen.marks.marked == [seeds_report.articles[0].id]
        await pilot.press("escape")
        assert app.screen.marks.marked == []
        await pilot.press("m", "J", "m")
        await pilot.pause()
        from tui.ui.screens.compare import CompareScreen

        assert isinstance(app.screen, CompareScreen)
        assert app.screen.left.id == seeds_report.articles[0].id
        assert app.screen.right.id == seeds_report.articles[1].id
