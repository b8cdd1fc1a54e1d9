"""Parallel analysis: cache hits first, misses in workers, progress, cancel, failures."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tui.core.analysis import parallel
from tui.core.analysis.parallel import analyze_many
from tui.core.models import Article, ArticleAnalysis, Entity
from tui.core.store.analysis_cache import AnalysisCache

ENGINE = "fake:1"


def fake_analyzer(article: Article) -> ArticleAnalysis:
    """Tags every capitalised word as a person; module-level so workers can import it."""
    ents = []
    pos = 0
    for word in article.text.split():
        start = article.text.index(word, pos)
        pos = start + len(word)
        if word[:1].isupper():
            ents.append(Entity(start, pos, word, "PER", word))
    return ArticleAnalysis(article.id, tuple(ents), ())


def exploding_analyzer(article: Article) -> ArticleAnalysis:
    """Fails on articles mentioning Boom, so failure handling can be observed."""
    if "Boom" in article.text:
        raise ValueError("cannot analyse Boom")
    return fake_analyzer(article)


def corpus(n: int, prefix: str = "a") -> list[Article]:
    return [
        Article(
            id=f"{prefix}{i}",
            path=f"/c/{prefix}{i}.txt",
            text=f"Nom{i} rencontre Ville{i % 7}.",
            title="t",
        )
        for i in range(n)
    ]


@pytest.fixture
def cache(tmp_path: Path):
    with AnalysisCache(tmp_path / "analysis.sqlite", engine=ENGINE) as c:
        yield c


class Counting:
    """An in-process analyzer that remembers which articles it saw."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, article: Article) -> ArticleAnalysis:
        self.seen.append(article.id)
        return fake_analyzer(article)


def test_in_process_fills_cache_and_hits_are_never_reanalysed(cache: AnalysisCache) -> None:
    arts = corpus(10)
    first = Counting()
    got = analyze_many(arts, cache=cache, workers=1, analyzer=first)
    assert got == {a.id: fake_analyzer(a) for a in arts}
    assert sorted(first.seen) == sorted(a.id for a in arts)

    changed = [*arts[:9], Article(id="a9", path="/c/a9.txt", text="Autre texte.", title="t")]
    second = Counting()
    got = analyze_many(changed, cache=cache, workers=1, analyzer=second)
    assert second.seen == ["a9"]
    assert got["a9"].entities[0].text == "Autre"


def test_progress_is_monotonic_and_ends_at_total(cache: AnalysisCache) -> None:
    arts = corpus(30)
    analyze_many(arts[:12], cache=cache, workers=1, analyzer=fake_analyzer)
    calls: list[tuple[int, int]] = []
    analyze_many(
        arts,
        cache=cache,
        workers=1,
        analyzer=fake_analyzer,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls[0] == (12, 30)
    assert calls[-1] == (30, 30)
    done = [d for d, _ in calls]
    assert done == sorted(done)


def test_duplicate_texts_are_analysed_once(cache: AnalysisCache) -> None:
    arts = [Article(id=f"d{i}", path=f"/d{i}", text="Même Texte.", title="t") for i in range(4)]
    counting = Counting()
    got = analyze_many(arts, cache=cache, workers=1, analyzer=counting)
    assert len(counting.seen) == 1
    assert {a.article_id for a in got.values()} == {"d0", "d1", "d2", "d3"}


def test_worker_processes_match_in_process(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "IN_PROCESS_BELOW", 1)
    arts = corpus(60)
    calls: list[tuple[int, int]] = []
    got = analyze_many(
        arts,
        cache=cache,
        workers=2,
        chunk_size=4,
        analyzer=fake_analyzer,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert got == {a.id: fake_analyzer(a) for a in arts}
    assert calls[-1] == (60, 60)
    assert cache.count() == 60
    # Warm: everything comes from the cache; an analyzer that would fail is never called.
    boom = [Article(id=a.id, path=a.path, text=a.text, title="t") for a in arts]
    assert analyze_many(boom, cache=cache, workers=2, analyzer=exploding_analyzer) == got


def test_failures_give_empty_analyses_and_are_not_cached(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "IN_PROCESS_BELOW", 1)
    arts = [*corpus(30), Article(id="bad", path="/bad", text="Boom fait Boom.", title="t")]
    errors: list[tuple[str, str]] = []
    got = analyze_many(
        arts, cache=cache, workers=2, chunk_size=5, analyzer=exploding_analyzer, errors=errors
    )
    assert got["bad"] == ArticleAnalysis("bad")
    assert errors == [("bad", "ValueError: cannot analyse Boom")]
    assert cache.count() == 30


def test_cancel_stops_early_and_keeps_what_finished(cache: AnalysisCache) -> None:
    arts = corpus(40)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 5:
            stop.set()

    got = analyze_many(
        arts, cache=cache, workers=1, analyzer=fake_analyzer, progress=progress, cancel=stop
    )
    assert 5 <= len(got) < 40
    assert cache.count() == len(got)


def test_cancel_in_worker_mode_returns_early(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "IN_PROCESS_BELOW", 1)
    arts = corpus(400)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 4:
            stop.set()

    got = analyze_many(
        arts,
        cache=cache,
        workers=2,
        chunk_size=2,
        analyzer=fake_analyzer,
        progress=progress,
        cancel=stop,
    )
    assert 4 <= len(got) < 400
    assert cache.count() == len(got)


def test_runs_from_a_background_thread(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "IN_PROCESS_BELOW", 1)
    arts = corpus(40)
    out: dict[str, ArticleAnalysis] = {}
    seen_threads: set[str] = set()

    def progress(done: int, total: int) -> None:
        seen_threads.add(threading.current_thread().name)

    def work() -> None:
        out.update(
            analyze_many(arts, cache=cache, workers=2, analyzer=fake_analyzer, progress=progress)
        )

    t = threading.Thread(target=work, name="analysis-worker")
    t.start()
    t.join(timeout=120)
    assert len(out) == 40
    assert seen_threads == {"analysis-worker"}


def test_without_cache_everything_is_analysed() -> None:
    arts = corpus(5)
    assert analyze_many(arts, workers=1, analyzer=fake_analyzer) == {
        a.id: fake_analyzer(a) for a in arts
    }


def test_results_are_handed_over_as_they_come(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "NOTIFY_BATCH", 7)
    arts = corpus(40)
    analyze_many(arts[:10], cache=cache, workers=1, analyzer=fake_analyzer)
    batches: list[dict[str, ArticleAnalysis]] = []
    got = analyze_many(
        arts, cache=cache, workers=1, analyzer=fake_analyzer, on_analysed=batches.append
    )
    assert set(batches[0]) == {a.id for a in arts[:10]}
    assert all(len(b) <= 10 for b in batches)
    merged: dict[str, ArticleAnalysis] = {}
    for b in batches:
        assert not set(b) & set(merged)
        merged.update(b)
    assert merged == got


def test_index_command_fills_the_cache_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    for i in range(3):
        (corpus_dir / f"a{i}.txt").write_text(
            f"Le ministre Jean Martin{i} a déclaré : « Nous avançons. »\n", encoding="utf-8"
        )
    assert main(["index", str(corpus_dir)]) == 0
    assert "3 articles: 0 from cache, 3 analysed" in capsys.readouterr().out
    (corpus_dir / "a1.txt").write_text("Marie Curie a parlé.\n", encoding="utf-8")
    assert main(["index", str(corpus_dir)]) == 0
    assert "3 articles: 2 from cache, 1 analysed" in capsys.readouterr().out


def fake_merger(analyses, articles=None):
    """Upper-cases canonical names and lists one corpus entity per distinct name."""
    from dataclasses import replace

    from tui.core.analysis.pipeline import CorpusAnalysis
    from tui.core.models import CorpusEntity

    merged = {
        a.article_id: replace(
            a, entities=tuple(replace(e, canonical=e.canonical.upper()) for e in a.entities)
        )
        for a in analyses
    }
    names: dict[str, list[str]] = {}
    for aid, a in merged.items():
        for e in a.entities:
            names.setdefault(e.canonical, []).append(aid)
    entities = tuple(
        CorpusEntity(n, "PER", (n.title(),), tuple(dict.fromkeys(ids)), len(ids))
        for n, ids in sorted(names.items())
    )
    return CorpusAnalysis(articles=merged, entities=entities)


class CountingMerger:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, analyses, articles):
        self.calls += 1
        assert {a.id for a in articles} >= {"a0"}
        return fake_merger(analyses, articles)


def test_corpus_merge_is_cached_and_redone_only_on_change(cache: AnalysisCache) -> None:
    from tui.core.analysis.parallel import analyze_corpus_cached

    arts = corpus(12)
    analyzer, merger = Counting(), CountingMerger()
    first = analyze_corpus_cached(
        arts, cache=cache, corpus="c", workers=1, analyzer=analyzer, merger=merger
    )
    assert first is not None
    assert (len(analyzer.seen), merger.calls) == (12, 1)

    calls: list[tuple[int, int]] = []
    again = analyze_corpus_cached(
        arts,
        cache=cache,
        corpus="c",
        workers=1,
        analyzer=analyzer,
        merger=merger,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert again is not None
    assert (len(analyzer.seen), merger.calls) == (12, 1)
    assert calls[-1] == (12, 12)
    assert again.entities == first.entities
    assert again.articles["a3"] == first.articles["a3"]
    assert dict(again.articles.items()) == first.articles
    assert len(again.articles) == 12 and "a11" in again.articles

    edited = [*arts[:11], Article(id="a11", path="/c/a11.txt", text="Nouveau Texte.", title="t")]
    third = analyze_corpus_cached(
        edited, cache=cache, corpus="c", workers=1, analyzer=analyzer, merger=merger
    )
    assert third is not None
    assert analyzer.seen[12:] == ["a11"]
    assert merger.calls == 2
    assert third.articles["a11"].entities[0].canonical == "NOUVEAU"


def test_a_fresh_merge_is_handed_over_before_it_is_stored(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.analysis.parallel import analyze_corpus_cached

    events: list[str] = []
    store = cache.put_merged
    monkeypatch.setattr(cache, "put_merged", lambda *a: (events.append("stored"), store(*a)))
    handed: list = []
    merged = analyze_corpus_cached(
        corpus(4),
        cache=cache,
        corpus="c",
        workers=1,
        analyzer=fake_analyzer,
        merger=fake_merger,
        on_merged=lambda m: (events.append("handed"), handed.append(m)),
    )
    assert events == ["handed", "stored"]
    assert handed == [merged]
    events.clear()
    # Reopened unchanged: the stored merge comes back, nothing is merged or handed over.
    again = analyze_corpus_cached(
        corpus(4), cache=cache, corpus="c", workers=1, analyzer=fake_analyzer,
        merger=fake_merger, on_merged=lambda m: events.append("handed"),
    )  # fmt: skip
    assert again is not None and events == []


def test_cancelled_corpus_analysis_returns_none_and_stores_no_merge(cache: AnalysisCache) -> None:
    from tui.core.analysis.parallel import analyze_corpus_cached

    stop = threading.Event()
    stop.set()
    merger = CountingMerger()
    arts = corpus(5)
    got = analyze_corpus_cached(
        arts, cache=cache, corpus="c", workers=1, analyzer=fake_analyzer, merger=merger, cancel=stop
    )
    assert got is None
    assert merger.calls == 0
    from tui.core.store.analysis_cache import corpus_fingerprint

    assert cache.get_merged("c", corpus_fingerprint(arts)) is None


def test_a_broken_worker_pool_costs_no_article(
    cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed mid-run (out of memory, say): what is left is analysed here."""
    from concurrent.futures.process import BrokenProcessPool

    arts = corpus(40)

    def dying_pool(misses, analyzer, cancel, n_workers, size):
        for key, article in misses[:5]:
            yield key, parallel.encode_analysis(analyzer(article))
        raise BrokenProcessPool("a worker was killed")

    monkeypatch.setattr(parallel, "_run_in_workers", dying_pool)
    got = analyze_many(arts, cache=cache, workers=2, analyzer=fake_analyzer)
    assert set(got) == {a.id for a in arts}
    assert all(got[a.id] == fake_analyzer(a) for a in arts)
