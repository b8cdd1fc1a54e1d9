"""Pilot tests of the warm start: a corpus reopened unchanged is whole and analysed at once.

A warm app is built the way the command line builds it (``open_warm`` → the app with
``warm=True`` and the stored analysis); a cold one from ``start_corpus``, and it must
leave a snapshot behind so that the next start is warm.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.analysis.parallel import analyze_corpus_cached
from tui.core.corpus.identity import corpus_key
from tui.core.corpus.loader import file_stamp, list_files, load_corpus, start_corpus
from tui.core.store.analysis_cache import AnalysisCache
from tui.core.store.article_cache import ArticleCache
from tui.core.store.warm_start import WarmCorpus, open_warm
from tui.ui import corpus_loader
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_list import ROW_HEIGHT, ArticleList

ARTICLES = {
    "a.txt": (
        "Sommet à Paris\n\nEmmanuel Macron a reçu Olaf Scholz à Paris jeudi. "
        "« Nous avançons ensemble », a déclaré Emmanuel Macron.\n"
    ),
    "b.txt": "Retour à Berlin\n\nOlaf Scholz est rentré à Berlin vendredi.\n",
    "c.txt": "Bruxelles répond\n\nLa Commission européenne a salué l'accord à Bruxelles.\n",
    "d.txt": "Une note brève\n\nLe texte ne nomme personne.\n",
}
ARTICLES_IDS = [Path(name).stem for name in ARTICLES]


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Caches of this test alone: the app writes its snapshot to the default cache."""
    folder = tmp_path / "home"
    monkeypatch.setenv("NEWSREADER_HOME", str(folder))
    return folder


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content in ARTICLES.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def snapshot_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The corpus keys the reader writes snapshots under (the write still happens)."""
    calls: list[str] = []
    write = corpus_loader.write_snapshot

    def recording(corpus, files, report) -> None:
        calls.append(corpus)
        write(corpus, files, report)

    monkeypatch.setattr(corpus_loader, "write_snapshot", recording)
    return calls


@pytest.fixture
def analysis_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles each corpus analysis the reader starts is given."""
    from tui.core.service import analysis

    calls: list[int] = []
    run = analysis.analyse_corpus

    def recording(articles, request=None):
        calls.append(len(articles))
        return run(articles, request)

    monkeypatch.setattr(analysis, "analyse_corpus", recording)
    return calls


def prepare_warm(folder: Path, *, analysed: bool = True) -> WarmCorpus:
    """What a previous session leaves behind: the snapshot, and the merge if analysed."""
    report = load_corpus([folder])
    files, _ = list_files([folder])
    key = corpus_key([folder])
    with ArticleCache() as cache:
        cache.put_snapshot(key, [(f, file_stamp(f)) for f in files], report)
    if analysed:
        with AnalysisCache() as cache:
            analyze_corpus_cached(report.articles, cache=cache, corpus=key, workers=1)
    warm = open_warm([folder], key)
    assert warm is not None
    assert (warm.analysis is not None) == analysed
    return warm


def warm_app(make_app, folder: Path, warm: WarmCorpus):
    """The app as ``newsreader FOLDER`` starts it on a warm corpus."""
    return make_app(
        warm.report, roots=[folder], stamps=warm.stamps, warm=True, analysis=warm.analysis
    )


def badge_line(app, row: int) -> str:
    """The badge line (the last) of a sidebar row as drawn."""
    sidebar = app.screen.query_one(ArticleList)
    return sidebar.render_line((row + 1) * ROW_HEIGHT - 1 - int(sidebar.scroll_y)).text


def entity_roles(app) -> set[str]:
    body = app.screen.query_one(ArticleBody)
    return {span.role for span in body.spans if span.role.startswith("entity-")}


async def test_warm_start_is_analysed_from_the_first_frame(
    make_app, corpus_dir, snapshot_writes, analysis_runs, wait_for_analysis
):
    warm = prepare_warm(corpus_dir)
    app = warm_app(make_app, corpus_dir, warm)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert screen.view is not None
        assert screen.loader.progress is None
        assert screen.current_article is warm.report.articles[0]
        assert {"entity-per", "entity-loc"} <= entity_roles(app)
        names, quotes = screen.view.counts("a")
        assert names >= 2 and quotes == 1
        assert badge_line(app, 0).strip() == f"{names} names · {quotes} quote"
        assert "names" in badge_line(app, 3)
        await wait_for_analysis(pilot)  # only the search index was left to build
        hits = screen.search_index.search("Scholz")
        assert hits
        assert screen.loader.snapshot_current
        await pilot.pause(0.3)  # past when a cold start writes its snapshot (0.15 s)
        assert screen.loader.snapshot_current
    assert snapshot_writes == []
    assert analysis_runs == []


async def test_warm_start_without_a_merge_analyses_but_keeps_its_snapshot(
    make_app, corpus_dir, snapshot_writes, analysis_runs, wait_for_analysis
):
    warm = prepare_warm(corpus_dir, analysed=False)
    app = warm_app(make_app, corpus_dir, warm)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.screen.view is None
        assert app.screen.loader.progress is None
        await wait_for_analysis(pilot)
        assert {"entity-per", "entity-loc"} <= entity_roles(app)
        assert "names" in badge_line(app, 0)
        assert app.screen.loader.snapshot_current
    assert analysis_runs == [len(ARTICLES)]
    assert snapshot_writes == []


@pytest.mark.parametrize("first", [2, 24], ids=["pending-files", "all-at-once"])
async def test_cold_start_leaves_a_warm_corpus_behind(
    make_app, corpus_dir, snapshot_writes, wait_for_analysis, settle, first
):
    key = corpus_key([corpus_dir])
    assert open_warm([corpus_dir], key) is None
    report, stamps, pending = start_corpus([corpus_dir], first=first)
    assert bool(pending) == (first == 2)
    app = make_app(report, roots=[corpus_dir], pending=pending, stamps=stamps)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_analysis(pilot)  # the snapshot's timer is due by then
        await settle(pilot)  # the snapshot's write
        assert app.screen.loader.progress is None
        assert len(app.screen.articles) == len(ARTICLES)
    assert snapshot_writes == [key]
    warm = open_warm([corpus_dir], key)
    assert warm is not None
    assert warm.report.articles == load_corpus([corpus_dir]).articles
    assert warm.analysis is not None  # the analysis kept its merge under the same key
    assert set(warm.analysis.articles) == set(ARTICLES_IDS)


async def test_a_reload_after_a_warm_start_keeps_a_new_snapshot(
    make_app, corpus_dir, snapshot_writes, wait_for_analysis, settle
):
    warm = prepare_warm(corpus_dir)
    app = warm_app(make_app, corpus_dir, warm)
    key = corpus_key([corpus_dir])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_analysis(pilot)
        (corpus_dir / "e.txt").write_text("Nouveau\n\nMarie Curie parle.\n", encoding="utf-8")
        assert open_warm([corpus_dir], key) is None
        await pilot.press("r")
        await settle(pilot)  # the reload, then the snapshot it keeps
        assert len(app.screen.articles) == len(ARTICLES) + 1
    assert snapshot_writes == [key]
    again = open_warm([corpus_dir], key)
    assert again is not None
    assert [a.id for a in again.report.articles] == [*ARTICLES_IDS, "e"]


async def test_snapshots_after_quick_reloads_wait_and_the_last_is_kept_on_exit(
    make_app, corpus_dir, snapshot_writes, wait_for_analysis, settle
):
    key = corpus_key([corpus_dir])
    report, stamps, pending = start_corpus([corpus_dir], first=24)
    app = make_app(report, roots=[corpus_dir], pending=pending, stamps=stamps)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_analysis(pilot)  # the snapshot's timer is due by then
        await settle(pilot)
        assert snapshot_writes == [key]
        for n, name in enumerate(("e.txt", "f.txt"), start=1):
            (corpus_dir / name).write_text("Nouveau\n\nMarie Curie parle.\n", encoding="utf-8")
            await pilot.press("r")
            await settle(pilot)
            assert len(app.screen.articles) == len(ARTICLES) + n
        # Two reloads within a minute of the first write: one write is due, none made.
        assert snapshot_writes == [key]
        assert open_warm([corpus_dir], key) is None
    assert snapshot_writes == [key, key]
    kept = open_warm([corpus_dir], key)
    assert kept is not None
    assert [a.id for a in kept.report.articles] == [*ARTICLES_IDS, "e", "f"]
