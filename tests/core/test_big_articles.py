"""Big and pathological articles: analysis reads a bounded prefix and says so, long
work runs in worker processes, a cancel ends those processes, and a slow article never
holds back the results of the others.

Work is measured by what the extractors are given (the analysed length), never by a
clock: a cap that holds keeps the cost of any article bounded on any machine.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tui.core.analysis import limits, parallel, pipeline
from tui.core.analysis.limits import (
    ANALYSED_CHARS,
    ANALYSED_QUOTE_MARKS,
    analysed_length,
    analysis_notices,
    bounded,
)
from tui.core.analysis.parallel import analyze_many
from tui.core.analysis.workers import worker_pids
from tui.core.models import Article, ArticleAnalysis, Span

PROSE = (
    "Le ministre Jean Dupont a rencontré Marie Curie à Lyon mardi. "
    "« Nous partons demain », a déclaré Jean Dupont devant la presse.\n"
    + "La délégation a visité le port puis la mairie avant de repartir vers Paris.\n"
    * 8
)
"""Ten lines, two quotation marks: ordinary prose, cut by length before the mark cap."""


def _article(text: str, aid: str = "big") -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, title=aid)


class _Seen:
    """Records the length of every text an extraction step was given."""

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def wrap(self, real):
        def spy(text: str, *args, **kwargs):
            self.lengths.append(len(text))
            return real(text, *args, **kwargs)

        return spy


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> _Seen:
    record = _Seen()
    for name in ("extract_entities", "extract_quotes", "role_links_in"):
        monkeypatch.setattr(pipeline, name, record.wrap(getattr(pipeline, name)))
    return record


def test_a_huge_article_is_analysed_up_to_the_cap(seen: _Seen) -> None:
    text = PROSE * (1_000_000 // len(PROSE))
    article = _article(text)
    result = pipeline.analyze_article(article)
    cut = analysed_length(text)
    assert 0.9 * ANALYSED_CHARS < cut <= ANALYSED_CHARS
    assert text[cut] == "\n"  # the cut falls on a line break, never inside a name
    assert seen.lengths and max(seen.lengths) == cut
    assert result.entities and result.quotes
    for e in result.entities:  # offsets index the article's own text
        assert e.end <= cut and text[e.start : e.end] == e.text
    for q in result.quotes:
        assert q.end <= cut


def test_a_huge_article_is_named_with_how_far_it_was_read() -> None:
    text = PROSE * (1_000_000 // len(PROSE))
    notices = analysis_notices([_article(PROSE, "small"), _article(text)])
    cut = analysed_length(text)
    assert notices == [f"big: long article, analysed the first {cut:,} of {len(text):,} characters"]


def test_a_megabyte_without_a_newline_is_cut_at_a_space(seen: _Seen) -> None:
    text = PROSE.replace("\n", " ") * (1_000_000 // len(PROSE))
    pipeline.analyze_article(_article(text))
    cut = analysed_length(text)
    assert cut <= ANALYSED_CHARS and text[cut] == " "
    assert max(seen.lengths) == cut


def test_a_megabyte_of_one_word_is_cut_at_the_cap(seen: _Seen) -> None:
    pipeline.analyze_article(_article("a" * 1_000_000))
    assert max(seen.lengths) == ANALYSED_CHARS


@pytest.mark.parametrize("flood", ['" a ', "« a ", "» ", "“ Jean a dit ” "])
def test_a_flood_of_quote_marks_is_cut_before_the_mark_cap(flood: str) -> None:
    text = flood * 10_000
    cut = analysed_length(text)
    assert cut < len(text)
    assert sum(text[:cut].count(m) for m in '«»‹›“”„"') < ANALYSED_QUOTE_MARKS
    assert analysis_notices([_article(text)])


@pytest.mark.parametrize("flood", ['" a ', "“ Jean a dit ” "])
def test_the_analysis_of_a_quote_flood_reads_only_the_cut(
    monkeypatch: pytest.MonkeyPatch, seen: _Seen, flood: str
) -> None:
    monkeypatch.setattr(limits, "ANALYSED_QUOTE_MARKS", 200)  # a tenth of the work
    text = flood * 10_000
    pipeline.analyze_article(_article(text))
    read = text[: max(seen.lengths)]
    assert len(read) == analysed_length(text) < len(text)
    assert sum(read.count(m) for m in '«»‹›“”„"') < 200


def test_an_ordinary_article_is_read_whole(seen: _Seen) -> None:
    text = PROSE * 40
    article = _article(text)
    assert bounded(article) is article
    pipeline.analyze_article(article)
    assert set(seen.lengths) == {len(text)}
    assert analysis_notices([article]) == []


def test_paragraphs_and_furniture_are_clipped_to_the_analysed_text() -> None:
    text = PROSE * (1_000_000 // len(PROSE))
    cut = analysed_length(text)
    article = Article(
        id="big",
        path="big.txt",
        text=text,
        title="big",
        paragraphs=(Span(0, 10), Span(cut - 5, cut + 50), Span(cut + 100, cut + 200)),
        furniture=(Span(cut + 1, cut + 20),),
    )
    short = bounded(article)
    assert short.text == text[:cut]
    assert short.paragraphs == (Span(0, 10), Span(cut - 5, cut))
    assert short.furniture == ()


def test_the_service_reports_the_cut_among_its_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.core.service.analysis import AnalysisRequest, analyse_corpus

    monkeypatch.setattr(limits, "ANALYSED_CHARS", 5_000)  # analysed here, in this process
    text = PROSE * 20
    articles = [_article(PROSE, "small"), _article(text)]
    request = AnalysisRequest(corpus_key="big-test", search=False, workers=1)
    result = analyse_corpus(articles, request)
    assert result is not None
    assert max(e.end for e in result.corpus.articles["big"].entities) <= 5_000
    assert any(p.startswith("big: long article, analysed the first") for p in result.problems)
    again = analyse_corpus(articles, request)
    assert again is not None  # the stored merge still says so
    assert any(p.startswith("big: long article") for p in again.problems)


# -- worker processes ----------------------------------------------------------------


def sleeping_analyzer(article: Article) -> ArticleAnalysis:
    """Works for a minute; module level so workers can import it."""
    time.sleep(60)
    return ArticleAnalysis(article.id)


def waiting_analyzer(article: Article) -> ArticleAnalysis:
    """The article titled ``slow`` waits until the others are reported (the flag file
    named by its path exists), and fails if that never happens."""
    if article.title == "slow":
        flag = Path(article.path)
        for _ in range(300):
            if flag.exists():
                return ArticleAnalysis(article.id)
            time.sleep(0.1)
        raise RuntimeError("the other articles were held back")
    return ArticleAnalysis(article.id)


class _Pools:
    """Keeps every process pool the analysis starts, and its size."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made: list[ProcessPoolExecutor] = []
        self.sizes: list[int] = []
        self._real = parallel.new_pool
        monkeypatch.setattr(parallel, "new_pool", self._new)

    def _new(self, workers: int) -> ProcessPoolExecutor:
        pool = self._real(workers)
        self.made.append(pool)
        self.sizes.append(workers)
        return pool


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_cancel_terminates_the_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    pools = _Pools(monkeypatch)
    articles = [_article(f"texte {i}", f"a{i}") for i in range(30)]
    cancel = threading.Event()
    out: list[dict[str, ArticleAnalysis]] = []
    run = threading.Thread(
        target=lambda: out.append(
            analyze_many(articles, workers=2, analyzer=sleeping_analyzer, cancel=cancel)
        )
    )
    run.start()
    pids: list[int] = []
    for _ in range(300):  # until both workers are up (they then sleep for a minute)
        pids = worker_pids(pools.made[0]) if pools.made else []
        if len(pids) == 2 and all(_alive(p) for p in pids):
            break
        time.sleep(0.1)
    assert len(pids) == 2
    cancel.set()
    run.join(timeout=20)
    assert not run.is_alive(), "the analysis did not return after cancel"
    assert out == [{}]
    assert not [p for p in pids if _alive(p)], "workers outlived the cancel"


def test_one_long_article_goes_to_a_worker_process(monkeypatch: pytest.MonkeyPatch) -> None:
    pools = _Pools(monkeypatch)
    big = _article("Jean Dupont est à Lyon. " * (parallel.IN_PROCESS_CHARS // 20))
    got = analyze_many([big], workers=1, analyzer=waiting_analyzer)
    assert pools.sizes == [1] and set(got) == {"big"}
    small = [_article("Jean Dupont est à Lyon.", f"s{i}") for i in range(3)]
    analyze_many(small, workers=2, analyzer=waiting_analyzer)
    assert len(pools.sizes) == 1  # a small batch stays in the calling thread


def test_a_slow_article_does_not_hold_back_the_others(tmp_path: Path) -> None:
    flag = tmp_path / "others-reported"
    slow = Article(id="slow", path=str(flag), text="lent", title="slow")
    others = [_article(f"texte {i}", f"a{i}") for i in range(40)]
    reported: list[int] = []

    def progress(done: int, total: int) -> None:
        reported.append(done)
        if done >= len(others):
            flag.touch()

    errors: list[tuple[str, str]] = []
    got = analyze_many(
        [slow, *others],
        workers=2,
        chunk_size=1,
        analyzer=waiting_analyzer,
        progress=progress,
        errors=errors,
    )
    assert errors == []
    assert set(got) == {"slow", *(a.id for a in others)}
    assert os.path.exists(flag)


def quick_or_sleeping_analyzer(article: Article) -> ArticleAnalysis:
    """``quick`` returns at once, the rest work for a minute (module level, for workers)."""
    if article.id != "quick":
        time.sleep(60)
    return ArticleAnalysis(article.id)


def test_an_interrupt_terminates_the_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """ctrl+c in a subcommand raises in the calling thread, wherever it is: the workers
    busy with the other articles must end with it, not finish first."""
    pools = _Pools(monkeypatch)
    articles = [_article("vite", "quick"), *(_article(f"texte {i}", f"a{i}") for i in range(30))]

    pids: list[int] = []

    def interrupt(done: int, total: int) -> None:
        if done:
            pids.extend(worker_pids(pools.made[0]))
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyze_many(
            articles, workers=2, chunk_size=1, analyzer=quick_or_sleeping_analyzer,
            progress=interrupt,
        )  # fmt: skip
    assert len(pids) == 2
    assert not [p for p in pids if _alive(p)], "workers outlived the interrupt"


def test_every_engine_reads_the_same_bounded_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cut is applied before any analyzer runs, so the notices hold for every engine."""
    monkeypatch.setattr(limits, "ANALYSED_CHARS", 1_000)
    text = PROSE * 10
    given: list[int] = []

    def engine(article: Article) -> ArticleAnalysis:
        given.append(len(article.text))
        return ArticleAnalysis(article.id)

    analyze_many([_article(text)], workers=1, analyzer=engine)
    assert given == [analysed_length(text)]
    assert given[0] <= 1_000 < len(text)
