"""The reader's analysis behind the screen: run it off the event loop, keep what it found.

:class:`ReaderAnalysis`, an invisible widget, runs the corpus analysis in a thread
worker once the corpus is complete. The worker posts :class:`ReaderAnalysis.Progress`
(at most every :data:`PROGRESS_EVERY` seconds) and :class:`ReaderAnalysis.Partial`
with each article's own analysis as it comes, so the open article is highlighted
before the whole corpus is done; then :class:`ReaderAnalysis.Ready` with the finished
:class:`~tui.core.service.lookups.CorpusView`, and :class:`ReaderAnalysis.IndexReady`
once the full search index follows (highlights matter sooner than search). A corpus
reopened unchanged brings its stored analysis: it is shown from the first frame and
only the index is built. A reload cancels a run and drops its results. The widget
keeps the results as each message passes it; the screen decides what they change.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from tui.core.models import Article, ArticleAnalysis
from tui.ui.app_typing import newsreader_app
from tui.ui.benchmark_hooks import (
    EXIT_WHEN_ANALYSED_ENV,
    EXIT_WHEN_INDEXED_ENV,
    note_and_exit,
)

if TYPE_CHECKING:
    from tui.core.models import CorpusAnalysis
    from tui.core.search.searcher import SearchIndex
    from tui.core.service.analysis import AnalysisResult
    from tui.core.service.lookups import CorpusView
    from tui.ui.reader_articles import OpenArticles

#: Progress is posted at most this often (seconds).
PROGRESS_EVERY = 0.1
#: Above this many articles the search index is built in two steps (see
#: :func:`index_in_steps`), and kept in the cache for the next start.
INDEX_IN_TWO_STEPS_ABOVE = 500
#: Seconds closing the reader waits for a search index being written to the cache.
STORE_WAIT = 10.0
STAND_IN_SENTENCES_UP_TO = 500
"""Up to this many articles, the palette's stand-in index holds sentences too."""

_INDEX_WRITES: set[threading.Event] = set()
"""Search indexes being written to the cache, each set once written."""


def finish_index_writes(timeout: float = STORE_WAIT) -> None:
    """After the app has closed: let a search index being written finish (a second or
    so), or the next start would build it all again. Never called on the event loop,
    which the writing thread may still be waiting on."""
    deadline = time.monotonic() + timeout
    for writing in list(_INDEX_WRITES):
        writing.wait(max(0.0, deadline - time.monotonic()))


@contextmanager
def writing_index() -> Iterator[None]:
    """Around a search index being written to the cache: closing waits for it."""
    writing = threading.Event()
    _INDEX_WRITES.add(writing)
    try:
        yield
    finally:
        writing.set()
        _INDEX_WRITES.discard(writing)


def index_in_steps(
    articles: Sequence[Article], corpus: CorpusAnalysis, corpus_key: str = ""
) -> Iterator[tuple[SearchIndex, bool]]:
    """The search index as ``(index, complete)`` steps: from the cache when it holds
    the index of exactly this corpus, else built and stored for next time. On a big
    corpus titles, names and quotes come first (a tenth of the work), so the palette
    finds them while every sentence is being indexed."""
    from tui.core.service.analysis import build_index, keep_index, stored_index

    stored = stored_index(corpus_key, corpus, articles)
    if stored is not None:
        yield stored, True
        return
    big = len(articles) > INDEX_IN_TWO_STEPS_ABOVE  # small ones index in no time
    if big:
        yield build_index(articles, corpus.articles, sentences=False), False
    index = build_index(articles, corpus.articles)
    if big:
        # Kept before it is shown: quitting waits for the write (finish_index_writes),
        # and no write then waits on an event loop that is closing.
        with writing_index():
            keep_index(corpus_key, corpus, articles, index)
    yield index, True


class ReaderAnalysis(Widget):
    """The analysis of the screen's corpus: ``view`` once finished, ``partial`` before."""

    DEFAULT_CSS = "ReaderAnalysis { display: none; }"

    @dataclass
    class Progress(Message):
        """``done`` of ``total`` articles are analysed; ``model_loading`` while none has
        come back yet from a run that reads some with a model (seconds to load)."""

        done: int
        total: int
        model_loading: bool = False

    @dataclass
    class Partial(Message):
        """Some articles' own analyses, before the corpus-wide one."""

        found: dict[str, ArticleAnalysis]

    @dataclass
    class Ready(Message):
        """The corpus analysis is in (``view``); counts and highlights can show."""

        view: CorpusView
        result: AnalysisResult | None = None

    @dataclass
    class IndexReady(Message):
        """A search index of ``articles`` (the whole one when ``complete``)."""

        index: SearchIndex
        articles: list[Article]
        complete: bool

    @dataclass
    class Failed(Message):
        """The analysis or the index failed (``reason`` for the user)."""

        reason: str

    def __init__(self, shown: OpenArticles, corpus_key: str) -> None:
        super().__init__()
        self.shown = shown
        self.corpus_key = corpus_key
        self.view: CorpusView | None = None
        self.search_index: SearchIndex | None = None
        self.partial: dict[str, ArticleAnalysis] = {}
        """Per-article analyses received while the corpus-wide one runs."""
        self.progress: tuple[int, int] | None = None
        """``(analysed, total)`` while a run reports progress."""
        self.model_loading = False
        """A run waits for its first model-read article (the model is loading)."""
        self._stand_in: SearchIndex | None = None
        self._stand_in_lock = threading.Lock()
        self._previous: tuple[CorpusView, set[str]] | None = None
        """The analysis shown before a reload, and the articles the reload left as
        they were: they keep it until the new analysis is in."""
        self._last_progress = 0.0
        self._cancel = threading.Event()

    @property
    def enabled(self) -> bool:
        """False for an app that shows articles without analysing them (tests, benchmarks)."""
        return newsreader_app(self).analyse_on_start

    def analysis_of(self, article_id: str) -> ArticleAnalysis | None:
        """The best analysis known for an article: corpus-wide, else its own."""
        if self.view is not None:
            return self.view.analysis(article_id)
        found = self.partial.get(article_id)
        if found is None and self._previous is not None and article_id in self._previous[1]:
            found = self._previous[0].analysis(article_id)
        return found

    @property
    def known(self) -> bool:
        """Whether any analysis can be drawn yet (else articles show as plain text)."""
        return self.view is not None or bool(self.partial) or self._previous is not None

    def status(self) -> str:
        """What the legend says about the analysis (empty once it is shown)."""
        if self.progress is not None:
            done, total = self.progress
            if self.model_loading:
                return f"analysing {done}/{total} · loading the language model…"
            return f"analysing {done}/{total}…"
        if self.view is None and self.shown.articles:
            return "analysing…"
        return ""

    def on_unmount(self) -> None:
        self._cancel.set()

    # -- running -----------------------------------------------------------------------

    def start(self, delay: float = 0.0) -> None:
        """Analyse the corpus on screen, after ``delay`` seconds if given (shortly after
        the first paint: the worker's imports would delay it)."""
        if not self.enabled:
            return
        cancel, articles = self._cancel, list(self.shown.articles)
        if delay:
            self.set_timer(delay, lambda: self._analyse(cancel, articles))
        else:
            self._analyse(cancel, articles)

    def searchable(self, articles: Sequence[Article]) -> SearchIndex:
        """The search index, or until it is ready a stand-in built once per corpus:
        titles only for a big corpus (its sentences take seconds, and the full index is
        on its way). Called from the palette's worker thread."""
        ready = self.search_index
        if ready is not None:
            return ready
        with self._stand_in_lock:
            if self._stand_in is None:
                from tui.core.service.analysis import build_index

                small = len(articles) <= STAND_IN_SENTENCES_UP_TO
                self._stand_in = build_index(articles, sentences=small)
            return self._stand_in

    def forget(self, articles: Sequence[Article] = ()) -> None:
        """A reload replaced the corpus with ``articles``: cancel the run and drop what
        it found. The articles the reload left untouched (the very same objects) keep
        their highlights until the new analysis is in, instead of flashing plain; only
        their corpus-wide names may still change then."""
        previous = self.view or (self._previous[0] if self._previous is not None else None)
        self._cancel.set()
        self._cancel = threading.Event()
        self.view, self.search_index, self.partial = None, None, {}
        with self._stand_in_lock:
            self._stand_in = None
        self._previous = None
        if previous is not None:
            by_id = previous.by_id
            unchanged = {a.id for a in articles if by_id.get(a.id) is a}
            if unchanged:
                self._previous = (previous, unchanged)

    def _post(self, cancel: threading.Event, message: Message) -> None:
        if not cancel.is_set():
            self.post_message(message)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, cancel: threading.Event, articles: list[Article]) -> None:
        """Worker thread: analyse the corpus, posting progress and partial results."""
        from tui.core.service.analysis import AnalysisRequest, analyse_corpus
        from tui.core.service.lookups import CorpusView

        reads_with_model = _reads_with_model(articles)
        first_done: list[int] = []

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if not first_done:
                first_done.append(done)  # what the cache served at once
            loading = reads_with_model and done == first_done[0] and done < total
            if done == total or loading or now - self._last_progress >= PROGRESS_EVERY:
                self._last_progress = now
                self._post(cancel, self.Progress(done, total, loading))

        shown: list[AnalysisResult] = []

        def show(result: AnalysisResult) -> None:
            """A fresh merge: on screen at once, while it is being stored."""
            shown.append(result)
            self._post(cancel, self.Ready(CorpusView(articles, result.corpus), result))

        try:
            request = AnalysisRequest(
                corpus_key=self.corpus_key,
                progress=progress,
                on_partial=lambda found: self._post(cancel, self.Partial(found)),
                on_result=show,
                cancel=cancel,
                search=False,
            )
            result = analyse_corpus(articles, request)
            if result is None:
                return
            if not shown:
                self._post(cancel, self.Ready(CorpusView(articles, result.corpus), result))
        except Exception as exc:
            self._post(cancel, self.Failed(f"{type(exc).__name__}: {exc}"))
            return
        # Highlights and counts are on screen; the search index comes next.
        self._index(cancel, articles, result.corpus)

    def _index(self, cancel: threading.Event, articles: list[Article], corpus) -> None:
        try:
            for index, complete in index_in_steps(articles, corpus, self.corpus_key):
                self._post(cancel, self.IndexReady(index, articles, complete))
        except Exception as exc:
            self._post(cancel, self.Failed(f"search index: {type(exc).__name__}: {exc}"))

    # -- a stored analysis -------------------------------------------------------------

    def show_stored(self, corpus: CorpusAnalysis | None, delay: float) -> CorpusView | None:
        """A corpus reopened unchanged: its stored analysis, now (if it came with one);
        only the search index is built, after ``delay`` seconds."""
        if corpus is None:
            return None
        from tui.core.service.lookups import CorpusView

        view = CorpusView(self.shown.articles, corpus)
        self._install(view)
        if self.enabled:
            cancel, articles = self._cancel, list(self.shown.articles)
            self.set_timer(delay, lambda: self._index_stored(cancel, articles, corpus))
        return view

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _index_stored(
        self, cancel: threading.Event, articles: list[Article], corpus: CorpusAnalysis
    ) -> None:
        """Worker thread: the search index of a corpus whose analysis came from the cache."""
        self._index(cancel, articles, corpus)

    # -- results, as the messages pass on their way to the screen ------------------------

    @on(Progress)
    def _progressed(self, message: Progress) -> None:
        self.progress = (message.done, message.total)
        self.model_loading = message.model_loading

    @on(Partial)
    def _received_partial(self, message: Partial) -> None:
        self.partial.update(message.found)

    @on(Ready)
    def _ready(self, message: Ready) -> None:
        """A run finished: keep its index, report its problems, keep its view."""
        if message.view.articles != self.shown.articles:  # a reload came in meanwhile
            message.stop()
            return
        if message.result is not None:
            self.search_index = message.result.index
            for problem in message.result.problems[:5]:
                self.notify(problem, severity="warning", timeout=8)
        self._install(message.view)

    def _install(self, view: CorpusView) -> None:
        self.view = view
        self.partial = {}
        self._previous = None
        self.progress = None
        self.model_loading = False
        if os.environ.get(EXIT_WHEN_ANALYSED_ENV):
            # Benchmarks: quit once the whole corpus is analysed and shown.
            self.call_after_refresh(note_and_exit, self.app, EXIT_WHEN_ANALYSED_ENV)

    @on(IndexReady)
    def _index_ready(self, message: IndexReady) -> None:
        if message.articles != self.shown.articles:
            message.stop()
            return
        self.search_index = message.index
        if message.complete and os.environ.get(EXIT_WHEN_INDEXED_ENV):
            # Benchmarks: quit once the palette searches the whole corpus.
            self.call_after_refresh(note_and_exit, self.app, EXIT_WHEN_INDEXED_ENV)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.progress = None
        self.model_loading = False
        self.notify(f"The analysis failed: {message.reason}", severity="error", timeout=10)


def _reads_with_model(articles: Sequence[Article]) -> bool:
    """Whether the engine in use reads any of ``articles`` with a model (cheap: the
    articles' languages, no model import)."""
    from tui.core.analysis.engine import default_analyzer, needs_model

    analyzer = default_analyzer()
    return any(needs_model(analyzer, a) for a in articles)
