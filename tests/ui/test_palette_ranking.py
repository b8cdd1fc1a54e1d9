"""How the palette ranks newsreader's commands against corpus hits, and the search
index a big corpus gets: names and quotes first, sentences after, and the whole index
straight from the cache the next time."""

from __future__ import annotations

from tui.core.models import Article, ArticleAnalysis, CorpusAnalysis, Entity
from tui.ui.commands import COMPARE_WEIGHT, command_score
from tui.ui.reader_analysis import INDEX_IN_TWO_STEPS_ABOVE, ReaderAnalysis


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

    def deliver(callback, index, _articles, complete) -> None:
        kinds = {h.kind for q in ("mot1", "rencontre") for h in index.search(q, limit=50)}
        steps.append((complete, kinds))

    corpus = CorpusAnalysis(analyses, (), fingerprint)
    ReaderAnalysis(host=None)._index(articles, corpus, deliver, corpus_key=corpus_key)  # type: ignore[arg-type]
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

    writing = threading.Event()
    reader_analysis._INDEX_WRITES.add(writing)
    threading.Timer(0.2, writing.set).start()
    try:
        reader_analysis.finish_index_writes(timeout=30)
    finally:
        reader_analysis._INDEX_WRITES.discard(writing)
    assert writing.is_set()  # it returned only once the write was done
