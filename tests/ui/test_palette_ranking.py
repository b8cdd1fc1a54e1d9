"""How the palette ranks newsreader's commands against corpus hits, and the search
index a big corpus gets: names and quotes first, sentences after, and the whole index
straight from the cache the next time."""

from __future__ import annotations

from tui.core.models import Article, ArticleAnalysis, CorpusAnalysis, Entity
from tui.ui.palette import COMPARE_WEIGHT, command_score
from tui.ui.reader_analysis import INDEX_IN_TWO_STEPS_ABOVE, index_in_steps


def test_comparisons_rank_below_the_articles_they_name() -> None:
    title = "compare: Budget ↔ Dmitri Peskov : le calendrier"
    assert command_score(title, 90, "peskov") == 0.9 * COMPARE_WEIGHT
    assert command_score("theme: inkwell", 90, "ink") == 0.9


def test_a_query_asking_to_compare_keeps_their_full_rank() -> None:
    title = "compare: Budget ↔ Dmitri Peskov : le calendrier"
    assert command_score(title, 90, "compare peskov") == 0.9
    assert command_score(title, 90, "  Cmp pes") == 0.9


def _corpus(n: int) -> tuple[list[Article], dict[str, ArticleAnalysis]]:
    articles = [
        Article(id=f"a{i}", path=f"/c/a{i}.txt", text=f"Mot{i} rencontre Peskov.", title=f"T{i}")
        for i in range(n)
    ]
    analyses = {
        a.id: ArticleAnalysis(a.id, (Entity(0, len(f"Mot{i}"), f"Mot{i}", "PER", f"Mot{i}"),))
        for i, a in enumerate(articles)
    }
    return articles, analyses


def _steps(n: int, corpus_key: str = "", fingerprint: str = "") -> list[tuple[bool, set[str]]]:
    """Each index the runner hands over: complete or not, and the kinds it finds."""
    articles, analyses = _corpus(n)
    steps: list[tuple[bool, set[str]]] = []

    corpus = CorpusAnalysis(analyses, (), fingerprint)
    for index, complete in index_in_steps(articles, corpus, corpus_key):
        kinds = {h.kind for q in ("mot1", "rencontre") for h in index.search(q, limit=50)}
        steps.append((complete, kinds))
    return steps


def test_a_big_corpus_gets_names_first_then_sentences() -> None:
    steps = _steps(INDEX_IN_TWO_STEPS_ABOVE + 1)
    assert steps == [(False, {"entity"}), (True, {"entity", "sentence"})]


def test_a_small_corpus_gets_one_index() -> None:
    assert _steps(3) == [(True, {"entity", "sentence"})]


def test_a_big_corpus_index_comes_from_the_cache_next_time() -> None:
    big = INDEX_IN_TWO_STEPS_ABOVE + 1
    first = _steps(big, corpus_key="corpus", fingerprint="f1")
    assert [complete for complete, _ in first] == [False, True]
    again = _steps(big, corpus_key="corpus", fingerprint="f1")
    assert again == [(True, {"entity", "sentence"})]
    # Other content (another fingerprint): built again, in two steps.
    other = _steps(big, corpus_key="corpus", fingerprint="f2")
    assert [complete for complete, _ in other] == [False, True]


def test_closing_waits_for_an_index_being_written() -> None:
    import threading

    from tui.ui import reader_analysis

    started, release, written = threading.Event(), threading.Event(), threading.Event()

    def write() -> None:
        with reader_analysis.writing_index():
            started.set()
            release.wait(30)
        written.set()

    threading.Thread(target=write).start()
    started.wait(30)
    threading.Timer(0.2, release.set).start()
    reader_analysis.finish_index_writes(timeout=30)
    assert release.is_set()  # it returned only once the write was done


# -- the palette on the sample articles: what it opens on, entities, filters ------------


async def _palette(pilot, query: str, until) -> list[str]:
    """Open the palette, type ``query``; the prompts once ``until(prompts)`` holds."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    assert CommandPalette.is_open(pilot.app)
    if query:
        await pilot.press(*query)
    # The palette searches in a worker; what it finds is listed once that is done.
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    commands = pilot.app.screen.query_one(CommandList)
    prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    assert until(prompts), prompts
    return prompts


async def test_the_palette_opens_on_articles_then_commands_not_themes(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
) -> None:
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        open_title = app.screen.current_article.title
        prompts = await _palette(pilot, "", lambda p: any(x.startswith("quit:") for x in p))
        kinds = [p.split(":", 1)[0] for p in prompts]
        assert kinds[:4] == ["article"] * 4  # the five seeds but the open one
        assert prompts[4].startswith("help:")
        ours = kinds[: kinds.index("quit") + 1]
        assert {"compare", "toggle", "panel"} <= set(ours)
        assert "theme" not in kinds
        assert open_title not in "\n".join(prompts[:4])
        await pilot.press("escape")
        themes = await _palette(pilot, "theme", lambda p: len(p) > 3)
        assert "theme: newsprint" in themes and "theme: okabe-ito" in themes


async def test_an_entity_is_one_line_naming_its_articles_and_enter_goes_to_the_next(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
) -> None:
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        screen = app.screen
        hit = next(h for h in screen.search_index.search("peskov") if h.kind == "entity")
        assert len(hit.mentions) > 1
        prompts = await _palette(pilot, "peskov", lambda p: any("entity:" in x for x in p))
        entities = [p for p in prompts if p.startswith("entity:")]
        assert len(entities) == 1
        assert f"in {len(hit.mentions)} articles:" in entities[0]
        ids = [m[0] for m in hit.mentions]
        opened = screen.current_article.id
        expected = ids[(ids.index(opened) + 1) % len(ids)] if opened in ids else ids[0]
        await pilot.press("enter")  # the entity is the top hit
        await pilot.pause()
        assert screen.current_article.id == expected


async def test_a_filter_query_in_the_palette_keeps_only_what_it_names(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
) -> None:
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        prompts = await _palette(pilot, "speaker:peskov", lambda p: len(p) >= 3)
        assert prompts and all(p.startswith("quote:") for p in prompts)
        assert all("— Dmitri Peskov" in p for p in prompts)
        await pilot.press("escape")
        bad = await _palette(pilot, "kim date:hier", lambda p: bool(p))
        assert bad[0].startswith("query: date:hier: expected a date")


async def test_palette_commands_open_help_and_the_comparison_picker(
    make_app, seeds_report, wait_for_analysis, seeds_analysis
) -> None:
    from tui.ui.screens.article_picker import ArticlePicker
    from tui.ui.screens.compare import CompareScreen
    from tui.ui.screens.help import HelpScreen

    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        reader = app.screen
        prompts = await _palette(pilot, "help", lambda p: any(x.startswith("help:") for x in p))
        assert prompts[0].startswith("help:")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader
        await _palette(pilot, "compare open", lambda p: "with…" in "".join(p[:1]))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticlePicker)
        await pilot.press("down", "enter")  # the first article is open: pick the second
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
