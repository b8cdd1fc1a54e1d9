"""The overview screen: opened from the reader on the seeds with a fixed analysis,
a who-said-what cell leads to its quotes and a quote to its article."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList, Static, TabbedContent

from tui.core.models import ArticleAnalysis, CorpusAnalysis, Entity, LoadReport, Quote
from tui.core.overview.common import outlet_of
from tui.ui.screens.overview import OverviewScreen
from tui.ui.screens.reader import ReaderScreen

WORDS = "grande victoire"


def _fixed_analysis(report: LoadReport) -> CorpusAnalysis:
    """« grande victoire » by Kim Jong-un wherever a seed has it, and each article's
    first « … » otherwise unattributed: no dependence on the rule engine."""
    results = {}
    for article in report.articles:
        at = article.text.find(WORDS)
        quotes = (Quote(at, at + len(WORDS), WORDS, "Kim Jong-un", "fragment"),) if at >= 0 else ()
        name = article.text.find("Poutine")
        entities = (
            (Entity(name, name + 7, "Poutine", "PER", "Vladimir Poutine"),) if name >= 0 else ()
        )
        results[article.id] = ArticleAnalysis(article.id, entities, quotes)
    return CorpusAnalysis(results, ())


async def _open_overview(pilot) -> OverviewScreen:
    await pilot.press("O")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, OverviewScreen)
    await screen.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_a_cell_opens_its_quotes_and_a_quote_its_article(make_app, seeds_report):
    analysis = _fixed_analysis(seeds_report)
    carriers = [a.id for a in seeds_report.articles if WORDS in a.text]
    assert len(carriers) >= 2
    app = make_app(seeds_report, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        reader_before = pilot.app.screen
        screen = await _open_overview(pilot)
        assert screen.overview is not None
        status = str(screen.query_one("#overview-status", Static).render())
        assert f"{len(seeds_report.articles)} articles" in status
        table = screen.query_one("#speaker-table", DataTable)
        assert table.row_count == 1
        # the outlet of the last carrier: not the article the reader has open
        target = next(a for a in seeds_report.articles if a.id == carriers[-1])
        assert reader_before.current_article is not None
        assert reader_before.current_article.id != target.id
        table.focus()
        table.move_cursor(row=0, column=table.get_column_index(outlet_of(target)))
        await pilot.press("enter")
        await pilot.pause()
        quotes = screen.query_one("#cell-quotes", OptionList)
        assert not quotes.has_class("-hidden")
        assert quotes.option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen)
        opened = reader.current_article
        assert opened is not None and opened.id == target.id
        assert reader.body_offset() is not None


async def test_provenance_lists_the_quote_that_travelled(make_app, seeds_report):
    app = make_app(seeds_report, analysis=_fixed_analysis(seeds_report))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await _open_overview(pilot)
        await pilot.press("3")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "provenance"
        groups = screen.query_one("#group-list", OptionList)
        assert groups.option_count == 1
        assert screen.overview is not None
        assert len(screen.overview.groups[0].articles) == sum(
            WORDS in a.text for a in seeds_report.articles
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)


async def test_names_filter_by_label_and_by_one_outlet(make_app, seeds_report):
    app = make_app(seeds_report, analysis=_fixed_analysis(seeds_report))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await _open_overview(pilot)
        await pilot.press("2")
        table = screen.query_one("#name-table", DataTable)
        assert table.row_count == 1  # Vladimir Poutine, in every seed
        await pilot.press("o")  # only names one outlet alone carries: none
        assert table.row_count == 0
        await pilot.press("o", "l", "l")  # every name again, then ORG only
        assert table.row_count == 0
        filt = str(screen.query_one("#names-filter", Static).render())
        assert "ORG" in filt


async def test_shared_text_of_the_open_article(make_app, seeds_report):
    app = make_app(seeds_report, analysis=_fixed_analysis(seeds_report))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await _open_overview(pilot)
        await pilot.press("4")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert screen.shared is not None
        assert screen.shared.article_id == seeds_report.articles[0].id
        body = str(screen.query_one("#shared-body", Static).render())
        assert body.strip()


async def test_the_overview_waits_for_the_analysis(make_app, seeds_report, notices):
    app = make_app(seeds_report)
    app.analyse_on_start = False  # the analysis never finishes here
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen) and reader.view is None
        await pilot.press("O")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert notices.mention("still running")


async def test_a_single_article_is_counted_in_the_singular(make_app, seeds_report):
    one = LoadReport(articles=seeds_report.articles[:1])
    app = make_app(one, analysis=_fixed_analysis(one))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await _open_overview(pilot)
        status = str(screen.query_one("#overview-status", Static).render())
        assert status.startswith("1 article · 1 outlet · ")
