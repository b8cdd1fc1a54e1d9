"""Pilot tests of the side panels and what goes with them.

j/k move in the entity and quote panels and a new panel shows its cursor; quotes wrap
to the panel's width instead of being cut; stepping through an entity's mentions says
which one is current ("2/8"); find does not count what hidden furniture holds; the
highlight and furniture toggles come back in the next session; counts read "1 quote".
"""

from __future__ import annotations

from rich.text import Text

from tui.core.models import LoadReport, Span
from tui.core.wording import counted
from tui.ui.widgets.article_list import ROW_HEIGHT, ArticleList
from tui.ui.widgets.entity_panel import EntityPanel
from tui.ui.widgets.find_bar import FindBar
from tui.ui.widgets.quote_panel import QuotePanel


async def with_find_bar(pilot) -> FindBar:
    """The find bar, created now if the reader has not made it yet (it does just after
    its first frame)."""
    await pilot.app.screen.pane.mount_find_bar()
    return pilot.app.screen.query_one(FindBar)


def label_of(widget) -> str:
    rendered = widget.render()
    return rendered.plain if isinstance(rendered, Text) else str(rendered)


async def test_j_and_k_move_in_the_entity_panel(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("E")
        await pilot.pause()
        panel = app.screen.query_one(EntityPanel)
        assert app.focused is panel
        assert panel.cursor_line == 0 and panel.cursor_node is not None
        await pilot.press("j", "j")
        assert panel.cursor_line == 2
        await pilot.press("k")
        assert panel.cursor_line == 1


async def test_j_and_k_move_in_the_quote_panel(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("U")
        await pilot.pause()
        panel = app.screen.query_one(QuotePanel)
        assert app.focused is panel
        assert panel.cursor_line == 0 and panel.cursor_node is not None
        await pilot.press("j")
        assert panel.cursor_line == 1
        await pilot.press("k")
        assert panel.cursor_line == 0


async def test_quotes_wrap_to_the_panel_instead_of_being_cut(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("U")
        await app.workers.wait_for_complete()
        await pilot.pause()
        panel = app.screen.query_one(QuotePanel)
        analysis = app.screen.analysis.analysis_of(seeds_report.articles[0].id)
        longest = max(analysis.quotes, key=lambda q: len(q.text))
        assert len(longest.text) > 60, "a quote longer than the panel is wide"
        place = (seeds_report.articles[0].id, longest.start, longest.end)
        lines = [panel.get_node_at_line(y) for y in range(panel.last_line + 1)]
        mine = [node for node in lines if node is not None and node.data and node.data[1:] == place]
        assert len(mine) > 1, "the long quote is wrapped over several lines"
        joined = " ".join(node.label.plain for node in mine)
        assert " ".join(longest.text.split()) in " ".join(joined.split())
        drawn = [panel.render_line(y).text for y in range(panel.size.height)]
        first_line = mine[0].label.plain.strip()
        on_screen = [line for line in drawn if first_line in line]
        assert on_screen, f"{first_line!r} drawn whole in {drawn}"


async def test_mentions_show_which_one_is_current(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for_analysis(pilot)
        bar = await with_find_bar(pilot)
        await pilot.press("E", "j")  # onto the first entity: its mentions light up
        await pilot.pause()
        panel = app.screen.query_one(EntityPanel)
        name = panel.current_entity
        count = len(app.screen.view.mentions(seeds_report.articles[0].id, name))
        assert count > 1
        position = bar.query_one("#find-position")
        assert bar.has_class("-position") and position.display
        assert f"{name}  1/{count}" in label_of(position)
        await pilot.press("n")
        await pilot.pause()
        assert f"{name}  2/{count}" in label_of(position)
        await pilot.press("N", "N")
        await pilot.pause()
        assert f"{name}  {count}/{count}" in label_of(position)
        await pilot.press("escape")
        await pilot.pause()
        assert not bar.has_class("-position")


async def test_find_skips_hidden_furniture(make_app, make_article):
    text = "Premier paragraphe.\nPublicité\nDeuxième paragraphe, sans réclame."
    start = text.index("Publicité")
    report = LoadReport(
        articles=[make_article(text, furniture=(Span(start, start + len("Publicité")),))]
    )
    app = make_app(report)
    async with app.run_test(size=(100, 30)) as pilot:
        bar = await with_find_bar(pilot)
        count = bar.query_one("#find-count")
        await pilot.press("slash", *"publicite")
        await pilot.pause()
        assert label_of(count) == "1/1"  # furniture shown (dimmed): it is found
        await pilot.press("enter", "f")
        await pilot.pause()
        assert label_of(count) == "no match"  # hidden: nothing to see, nothing counted
        await pilot.press("f")
        await pilot.pause()
        assert label_of(count) == "1/1"


async def test_toggles_come_back_next_session(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "f")
        assert not app.screen.highlights.entities
    again = make_app(seeds_report)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = again.screen
        assert not screen.highlights.entities
        assert screen.highlights.quotes
        assert not screen.body.show_furniture
        await pilot.press("e")
    third = make_app(seeds_report)
    async with third.run_test(size=(120, 40)):
        assert third.screen.highlights.entities
        assert not third.screen.body.show_furniture


def test_counts_agree_with_their_number():
    assert counted(1, "quote") == "1 quote"
    assert counted(0, "quote") == "0 quotes"
    assert counted(2, "name") == "2 names"
    assert counted(1234, "word", figure="1\u202f234") == "1\u202f234 words"


async def test_an_article_with_one_quote_says_1_quote(make_app, make_article, wait_for_analysis):
    text = "Le ministre Jean Dupont a déclaré : « Nous ne céderons rien aux menaces. »"
    report = LoadReport(articles=[make_article(text, title="Une citation")])
    app = make_app(report)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for_analysis(pilot)
        assert len(app.screen.analysis.analysis_of("Une citation").quotes) == 1
        sidebar = app.screen.query_one(ArticleList)
        badge = sidebar.render_line(ROW_HEIGHT - 1).text
        assert "1 quote" in badge and "1 quotes" not in badge


async def test_a_count_that_reaches_the_find_bar_before_it_is_drawn_is_kept(make_app, seeds_report):
    """The bar is mounted just after the first frame; a count posted in between (a
    restored article's highlight) used to find no label to write to."""
    bar = FindBar(id="early-bar")
    bar.set_count(3, 0, "poutine")
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.screen.query_one("#article-pane").mount(bar)
        await pilot.pause()
        assert label_of(bar.query_one("#find-count")) == "1/3"
