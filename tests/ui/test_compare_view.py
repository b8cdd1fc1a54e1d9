"""The comparison view: its layout data, then Pilot tests of opening, moving and choosing."""

from __future__ import annotations

import pytest
from rich.text import Text

from tui.core.compare.summary import compare_articles
from tui.core.models import ArticleAnalysis, LoadReport, Quote
from tui.ui.compare_model import EMPTY, GAP, TEXT, build_model, layout_columns
from tui.ui.screens.article_picker import ArticlePicker
from tui.ui.screens.compare import CompareScreen
from tui.ui.screens.reader import ReaderScreen
from tui.ui.widgets.compare_column import CompareColumn
from tui.ui.widgets.compare_summary import CompareSummary

LEFT = (
    "Le ministre Jean Dupont a inauguré mardi le nouveau pont de Lyon sur le Rhône. "
    "La cérémonie a réuni trois cents invités venus de toute la région. "
    "Le chantier avait coûté quarante millions d'euros selon la métropole."
)
RIGHT = (
    "Le chantier du pont a coûté quarante millions d'euros, selon la métropole. "
    "Les riverains se plaignent depuis des mois du bruit des travaux nocturnes. "
    "Jean Dupont, ministre, a inauguré mardi le nouveau pont de Lyon sur le Rhône."
)


def _plain(widget) -> str:
    rendered = widget.render()
    return rendered.plain if isinstance(rendered, Text) else str(rendered)


def _model(make_article, left: str = LEFT, right: str = RIGHT):
    a, b = make_article(left, title="Gauche", id="a"), make_article(right, title="Droite", id="b")
    return build_model(compare_articles(a, b))


# -- layout data ------------------------------------------------------------------------


def test_rows_keep_pairs_level_and_mark_differences(make_article):
    model = _model(make_article)
    assert any(r.pair is not None for r in model.rows)
    assert any(r.pair is None for r in model.rows), "the riverains sentence is right-only"
    left, right, tops = layout_columns(model, 30, 30)
    assert len(left) == len(right)
    for k, top in enumerate(tops):
        assert left[top][0] == right[top][0] == k
    for a, b in zip(left, right, strict=True):
        assert a[0] == b[0], "both columns show the same row on every line"
    one_sided = [k for k, r in enumerate(model.rows) if r.pair is None]
    assert set(one_sided) <= set(model.differences)


def test_changed_words_are_inside_their_sentences(make_article):
    model = _model(make_article)
    changed = [r for r in model.rows if r.pair is not None and (r.left_changes or r.right_changes)]
    assert changed, "the reworded inauguration sentence differs word by word"
    for row in changed:
        for span in row.left_changes:
            assert row.left is not None
            assert row.left.start <= span.start < span.end <= row.left.end
        for span in row.right_changes:
            assert row.right is not None
            assert row.right.start <= span.start < span.end <= row.right.end


def test_identical_articles_have_no_differences(make_article):
    model = _model(make_article, LEFT, LEFT)
    assert model.rows and all(r.pair is not None for r in model.rows)
    assert model.differences == ()


def test_missing_side_pads_with_empty_lines(make_article):
    model = _model(make_article)
    left, right, _ = layout_columns(model, 25, 25)
    kinds = {kind for _, _, _, kind in left}
    assert EMPTY in kinds and TEXT in kinds and GAP in kinds
    for row, start, end, kind in right:
        if kind == TEXT:
            assert model.rows[row].right is not None
            assert 0 <= start <= end <= len(RIGHT)


def test_newline_inside_a_sentence_starts_a_new_line(make_article):
    model = _model(make_article, "Titre sans point\nLe texte suit ici.", "Autre chose.")
    left, _, _ = layout_columns(model, 60, 60)
    text = model.comparison.left.text
    for _, start, end, kind in left:
        if kind == TEXT:
            assert "\n" not in text[start:end]


# -- the view ---------------------------------------------------------------------------


async def _open(app, pilot, left: int = 0, right: int = 2, **kwargs) -> CompareScreen:
    articles = app.corpus.articles
    if app.corpus.analysis is not None:  # as the reader does: the analysis it has
        kwargs.setdefault("analyses", app.corpus.analysis.articles)
    screen = CompareScreen(articles, articles[left].id, articles[right].id, **kwargs)
    app.push_screen(screen)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.model is not None
    return screen


async def test_summary_shows_shared_quote_and_entities(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        summary = _plain(screen.query_one(CompareSummary))
        assert "grande victoire" in summary
        assert "Kim Jong Un" in summary
        assert "Similarity" in summary and "Verbatim" in summary
        shared = screen.model.comparison.shared_quotes
        assert any("grande victoire" in q.left.text for q in shared)
        assert "Vladimir Poutine" in screen.model.comparison.shared_entities


async def test_columns_show_text_and_stay_level(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(app, pilot, 0, 3)
        left, right = screen.panes.left_column, screen.panes.right_column
        assert left.line_count == right.line_count > 0
        assert "Kim" in left.visible_text() + right.visible_text()
        await pilot.press("j", "j", "j")
        assert left.scroll_y == right.scroll_y == 3


async def test_swap_exchanges_titles(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    first, third = seeds_report.articles[0], seeds_report.articles[2]
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        assert first.title[:30] in _plain(screen.query_one("#left-title"))
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert third.title[:30] in _plain(screen.query_one("#left-title"))
        assert first.title[:30] in _plain(screen.query_one("#right-title"))
        assert screen.model.comparison.left is third
        assert screen.model.comparison.right is first


async def test_next_and_previous_difference(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        differences = screen.model.differences
        assert len(differences) > 3
        seen = []
        for _ in range(4):
            await pilot.press("n")
            seen.append(screen.panes.current_row)
        assert seen == sorted(seen) and len(set(seen)) == 4
        assert all(row in differences for row in seen)
        assert screen.panes.left_column.scroll_y == screen.panes.right_column.scroll_y > 0
        await pilot.press("N")
        assert screen.panes.current_row == seen[-2]


async def test_sync_can_be_turned_off(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        await pilot.press("s", "j", "j")
        await pilot.pause()
        assert screen.panes.left_column.scroll_y == 2
        assert screen.panes.right_column.scroll_y == 0
        await pilot.press("s")
        await pilot.pause()
        assert screen.panes.right_column.scroll_y == 2


async def test_tab_moves_between_columns(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        assert app.focused is screen.panes.left_column
        await pilot.press("tab")
        assert app.focused is screen.panes.right_column


async def test_replace_left_with_next_article(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    articles = seeds_report.articles
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _open(app, pilot, 0, 1)
        await pilot.press("l")  # article 1 is on the right, so the left skips to 2
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.model.comparison.left is articles[2]
        assert screen.model.comparison.right is articles[1]
        assert articles[2].title[:30] in _plain(screen.query_one("#left-title"))
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.model.comparison.right is articles[0]


async def test_picker_chooses_the_focused_side(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis)
    articles = seeds_report.articles
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        await pilot.press("tab", "o")
        assert isinstance(app.screen, ArticlePicker)
        await pilot.press("down", "enter")  # from article 2 to article 3
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        assert screen.model.comparison.right is articles[3]
        assert screen.model.comparison.left is articles[0]


@pytest.mark.parametrize("key", ["escape"])  # q quits (tests/ui/test_footer_and_help.py)
async def test_closing_goes_back_to_the_reader(make_app, seeds_report, seeds_analysis, key):
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await _open(app, pilot, 0, 2)
        await pilot.press(key)
        assert isinstance(app.screen, ReaderScreen)
        assert app.is_running


async def test_given_analyses_are_used(make_app, make_article):
    a = make_article("Il a parlé d'une « victoire totale » hier.", title="A", id="a")
    b = make_article("On a entendu « victoire totale » ce matin.", title="B", id="b")
    quotes = {
        x.id: ArticleAnalysis(
            x.id,
            quotes=(
                Quote(
                    x.text.index("victoire"), x.text.index(" »"), "victoire totale", "Zed", "speech"
                ),
            ),
        )
        for x in (a, b)
    }
    app = make_app(LoadReport(articles=[a, b]))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _open(app, pilot, 0, 1, analyses=quotes)
        (shared,) = screen.model.comparison.shared_quotes
        assert shared.speaker == "Zed"
        assert "Zed" in _plain(screen.query_one(CompareSummary))


async def test_article_text_is_shown_literally(make_app, make_article):
    a = make_article("Le [bold red]texte[/] reste tel quel. Une phrase en plus ici.", id="a")
    b = make_article("Le [bold red]texte[/] reste tel quel.", title="[i]B[/i]", id="b")
    app = make_app(LoadReport(articles=[a, b]))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _open(app, pilot, 0, 1)
        assert "[bold red]texte[/]" in screen.panes.left_column.visible_text()
        assert "[i]B[/i]" in _plain(screen.query_one("#right-title"))
        column = screen.query_one("#right-column", CompareColumn)
        assert "[bold red]texte[/]" in column.visible_text()


async def test_comparison_runs_off_the_event_loop(
    make_app, seeds_report, seeds_analysis, monkeypatch
):
    import threading

    from tui.ui.widgets import compare_panes

    threads = []
    real = compare_panes.compare_articles

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(compare_panes, "compare_articles", recording)
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await _open(app, pilot, 1, 4)
        assert threads and threads[0] is not threading.main_thread()


async def test_theme_change_recolours_the_columns(make_app, seeds_report, seeds_analysis):
    app = make_app(seeds_report, analysis=seeds_analysis, theme="newsprint")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _open(app, pilot, 0, 2)
        before = screen.panes.left_column.render_styles.style_for("shared")
        app.theme = "inkwell"
        await pilot.pause()
        after = screen.panes.left_column.render_styles.style_for("shared")
        assert before.bgcolor is not None and after.bgcolor is not None
        assert before.bgcolor != after.bgcolor


async def test_empty_articles_open_without_rows(make_app, make_article):
    a, b = make_article("", title="Vide", id="a"), make_article("   \n", title="Blanc", id="b")
    app = make_app(LoadReport(articles=[a, b]))
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await _open(app, pilot, 0, 1)
        await pilot.press("n", "N", "j", "G", "x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.model is not None and screen.model.rows == ()
        assert screen.panes.current_row is None


async def test_a_failed_comparison_is_said_in_the_summary(make_app, make_article, monkeypatch):
    from tui.ui.widgets import compare_panes

    def broken(*_args, **_kwargs):
        raise ValueError("no sentences")

    monkeypatch.setattr(compare_panes, "compare_articles", broken)
    a, b = make_article("Une phrase.", id="a"), make_article("Une autre.", id="b")
    app = make_app(LoadReport(articles=[a, b]))
    async with app.run_test(size=(100, 24)) as pilot:
        screen = CompareScreen(app.corpus.articles, "a", "b", analyses={})
        app.push_screen(screen)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "The comparison failed: ValueError: no sentences" in _plain(
            screen.query_one(CompareSummary)
        )
        assert screen.model is None and not screen.panes.loading
        await pilot.press("n", "x")  # still answering keys
        assert app.is_running


async def test_the_panes_compare_on_their_own_and_say_so(make_article):
    """The panes are a widget like any other: any screen can host them and listen."""
    from textual.app import App, ComposeResult

    from tui.ui.widgets.compare_panes import ComparePanes

    heard: list[ComparePanes.Compared] = []

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield ComparePanes()

        def on_compare_panes_compared(self, message: ComparePanes.Compared) -> None:
            heard.append(message)

    a, b = make_article(LEFT, title="Gauche", id="a"), make_article(RIGHT, title="Droite", id="b")
    app = Host()
    async with app.run_test(size=(120, 30)) as pilot:
        panes = app.query_one(ComparePanes)
        panes.compare(a, b, {"a": ArticleAnalysis("a"), "b": ArticleAnalysis("b")})
        panes.compare(b, a, {"a": ArticleAnalysis("a"), "b": ArticleAnalysis("b")})
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [m.model.comparison.left for m in heard] == [b], "the replaced one is dropped"
        assert heard[0].control is panes and panes.model is heard[0].model
        assert panes.left_column.line_count == panes.right_column.line_count > 0


async def test_an_unanalysed_pair_is_analysed_through_the_shared_cache(
    make_app, make_article, monkeypatch
):
    """The comparison analyses what it lacks the way the reader and the command line do
    (the corpus service's analysis, cached), not with a pipeline of its own."""
    from tui.core.service import analysis as service_analysis

    asked: list[list[str]] = []
    real = service_analysis.analyse_corpus

    def recording(articles, request=None):
        asked.append([a.id for a in articles])
        return real(articles, request)

    monkeypatch.setattr(service_analysis, "analyse_corpus", recording)
    a = make_article("Jean Dupont a parlé à Lyon. « Un grand jour », a-t-il dit.", id="a")
    b = make_article("À Lyon, Jean Dupont a salué « un grand jour ».", id="b")
    app = make_app(LoadReport(articles=[a, b]))
    app.analyse_on_start = False  # only the comparison analyses here
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await _open(app, pilot, 0, 1)
        assert asked == [["a", "b"]]
        assert set(screen.analyses) == {"a", "b"}
        await pilot.press("x")  # swapped: both analyses are known now
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert asked == [["a", "b"]]
