"""The reader's analysis behind the screen: run it off the event loop, keep what it found.

:class:`ReaderAnalysis` runs the corpus analysis in a thread worker once the corpus is
complete, forwarding progress (at most every :data:`PROGRESS_EVERY` seconds) and each
article's own analysis as it comes, so the open article is highlighted before the
whole corpus is done. The finished :class:`~tui.core.service.lookups.CorpusView` is
installed first and the full search index follows, because highlights matter sooner
than search. A corpus reopened unchanged brings its stored analysis: it is shown from
the first frame and only the index is built. A reload cancels a run and drops its
results. The runner keeps the results; the screen decides what they change on screen,
through the :class:`AnalysisHost` methods.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article, ArticleAnalysis
from tui.ui.benchmark_hooks import (
    EXIT_WHEN_ANALYSED_ENV,
    EXIT_WHEN_INDEXED_ENV,
    note_and_exit,
)
from tui.ui.host_services import Notifies, RunsWorkers

if TYPE_CHECKING:
    from textual.app import App

    from tui.core.models import CorpusAnalysis
    from tui.core.search.searcher import SearchIndex
    from tui.core.service.analysis import AnalysisResult
    from tui.core.service.lookups import CorpusView

#: Progress is forwarded to the screen at most this often (seconds).
PROGRESS_EVERY = 0.1
#: Above this many articles the search index is built in two steps (see ``_index``),
#: and kept in the cache for the next start.
INDEX_IN_TWO_STEPS_ABOVE = 500
#: Seconds closing the reader waits for a search index being written to the cache.
STORE_WAIT = 10.0

_INDEX_WRITES: set[threading.Event] = set()
"""Search indexes being written to the cache, each set once written."""


def finish_index_writes(timeout: float = STORE_WAIT) -> None:
    """After the app has closed: let a search index being written finish (a second or
    so), or the next start would build it all again. Never called on the event loop,
    which the writing thread may still be waiting on."""
    deadline = time.monotonic() + timeout
    for writing in list(_INDEX_WRITES):
        writing.wait(max(0.0, deadline - time.monotonic()))


class AnalysisHost(Notifies, RunsWorkers, Protocol):
    """What the analysis runner needs from the reader screen."""

    app: App
    articles: list[Article]

    @property
    def corpus_key(self) -> str: ...
    @property
    def current_article(self) -> Article | None: ...
    def set_timer(self, delay: float, callback: Callable[[], object]) -> object: ...
    def call_after_refresh(self, callback: Callable, *args) -> bool: ...
    def show_legend(self, status: str | None = None) -> None: ...
    def apply_layers(self) -> None: ...
    def analysis_installed(self, view: CorpusView) -> None: ...


STAND_IN_SENTENCES_UP_TO = 500
"""Up to this many articles, the palette's stand-in index holds sentences too."""


class ReaderAnalysis:
    """The analysis of the screen's corpus: ``view`` once finished, ``partial`` before."""

    def __init__(self, host: AnalysisHost, stored: CorpusAnalysis | None = None) -> None:
        self.host = host
        self.view: CorpusView | None = None
        self.search_index: SearchIndex | None = None
        self.partial: dict[str, ArticleAnalysis] = {}
        """Per-article analyses received while the corpus-wide one runs."""
        self.progress: tuple[int, int] | None = None
        """``(analysed, total)`` while a run reports progress."""
        self._stored = stored
        self._stand_in: SearchIndex | None = None
        self._stand_in_lock = threading.Lock()
        self._previous: tuple[CorpusView, set[str]] | None = None
        """The analysis shown before a reload, and the articles the reload left as
        they were: they keep it until the new analysis is in."""
        self._last_progress = 0.0
        self._cancel = threading.Event()

    @property
    def enabled(self) -> bool:
        """False for an app that shows articles without analysing them (tests, demos)."""
        return getattr(self.host.app, "analyse_on_start", True)

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
            return f"analysing {done}/{total}…"
        if self.view is None and self.host.articles:
            return "analysing…"
        return ""

    # -- running -----------------------------------------------------------------------

    def start(self, delay: float = 0.0) -> None:
        """Analyse the corpus on screen, after ``delay`` seconds if given."""
        if not self.enabled:
            return
        cancel = self._cancel
        if delay:
            # Shortly after the first paint: the worker's imports would delay it.
            self.host.set_timer(delay, lambda: self._run(cancel))
        else:
            self._run(cancel)

    def stop(self) -> None:
        """The screen is going: stop feeding it."""
        self._cancel.set()

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

    def _run(self, cancel: threading.Event) -> None:
        corpus_key = self.host.corpus_key
        self.host.run_worker(
            lambda: self._analyse(cancel, corpus_key),
            name="analysis",
            group="analysis",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _analyse(self, cancel: threading.Event, corpus_key: str) -> None:
        """Worker thread: analyse the corpus, reporting progress and partial results."""
        from tui.core.service.analysis import AnalysisRequest, analyse_corpus
        from tui.core.service.lookups import CorpusView

        app = self.host.app

        def forward(callback, *args) -> None:
            if not cancel.is_set():
                try:
                    app.call_from_thread(callback, *args)
                except RuntimeError:  # the app is shutting down
                    cancel.set()

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done == total or now - self._last_progress >= PROGRESS_EVERY:
                self._last_progress = now
                forward(self._show_progress, done, total)

        articles = list(self.host.articles)
        shown: list[CorpusView] = []

        def show(result: AnalysisResult) -> None:
            """A fresh merge: on screen at once, while it is being stored."""
            shown.append(CorpusView(articles, result.corpus))
            forward(self.done, result, shown[0])

        try:
            request = AnalysisRequest(
                corpus_key=corpus_key,
                progress=progress,
                on_partial=lambda found: forward(self._receive_partial, found),
                on_result=show,
                cancel=cancel,
                search=False,
            )
            result = analyse_corpus(articles, request)
            if result is None:
                return
            if not shown:
                forward(self.done, result, CorpusView(articles, result.corpus))
        except Exception as exc:
            forward(self._failed, f"{type(exc).__name__}: {exc}")
            return
        # Highlights and counts are on screen; the search index comes next.
        self._index(articles, result.corpus, forward, corpus_key=corpus_key)

    # -- a stored analysis -------------------------------------------------------------

    def show_stored(self, delay: float) -> None:
        """A corpus reopened unchanged: show its stored analysis now (if it came with
        one) and build only the search index, after ``delay`` seconds."""
        corpus, self._stored = self._stored, None
        if corpus is None:
            return
        from tui.core.service.lookups import CorpusView

        self.install(CorpusView(self.host.articles, corpus))
        if self.enabled:
            articles = list(self.host.articles)
            self.host.set_timer(delay, lambda: self._index_stored(articles, corpus))

    def _index_stored(self, articles: list[Article], corpus: CorpusAnalysis) -> None:
        corpus_key = self.host.corpus_key
        self.host.run_worker(
            lambda: self._build_stored_index(articles, corpus, corpus_key),
            name="index",
            group="analysis",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _build_stored_index(
        self, articles: list[Article], corpus: CorpusAnalysis, corpus_key: str
    ) -> None:
        """Worker thread: the search index of a corpus whose analysis came from the cache."""
        app = self.host.app

        def deliver(callback: Callable, *args) -> None:
            with contextlib.suppress(RuntimeError):  # the app may be shutting down
                app.call_from_thread(callback, *args)

        self._index(articles, corpus, deliver, corpus_key=corpus_key)

    def _index(
        self,
        articles: list[Article],
        corpus: CorpusAnalysis,
        deliver: Callable,
        *,
        corpus_key: str = "",
    ) -> None:
        """Worker thread: the search index, from the cache when it holds the index of
        exactly this corpus, else built and stored for next time. On a big corpus
        titles, names and quotes come first (a tenth of the work), so the palette finds
        them while every sentence is being indexed."""
        from tui.core.service.analysis import build_index, keep_index, stored_index

        try:
            stored = stored_index(corpus_key, corpus, articles)
            if stored is not None:
                deliver(self._index_done, stored, articles, True)
                return
            big = len(articles) > INDEX_IN_TWO_STEPS_ABOVE  # small ones index in no time
            if big:
                first = build_index(articles, corpus.articles, sentences=False)
                deliver(self._index_done, first, articles, False)
            index = build_index(articles, corpus.articles)
        except Exception as exc:
            deliver(self._failed, f"search index: {type(exc).__name__}: {exc}")
            return
        if not big:
            deliver(self._index_done, index, articles, True)
            return
        # Kept before it is shown: quitting waits for the write (see finish_index_writes),
        # and no write then waits on an event loop that is closing.
        writing = threading.Event()
        _INDEX_WRITES.add(writing)
        try:
            keep_index(corpus_key, corpus, articles, index)
        finally:
            writing.set()
            _INDEX_WRITES.discard(writing)
        deliver(self._index_done, index, articles, True)

    # -- results, on the event loop ------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        self.progress = (done, total)
        self.host.show_legend()

    def _receive_partial(self, found: dict[str, ArticleAnalysis]) -> None:
        """Highlight the open article as soon as its own analysis is known."""
        self.partial.update(found)
        article = self.host.current_article
        if self.view is None and article is not None and article.id in found:
            self.host.apply_layers()

    def done(self, result: AnalysisResult, view: CorpusView) -> None:
        """A run finished: keep its index, report its problems, show it."""
        if view.articles != self.host.articles:  # a reload came in meanwhile
            return
        self.search_index = result.index
        for problem in result.problems[:5]:
            self.host.notify(problem, severity="warning", timeout=8)
        self.install(view)

    def install(self, view: CorpusView) -> None:
        """Make ``view`` the corpus analysis; the screen shows it."""
        self.view = view
        self.partial = {}
        self._previous = None
        self.progress = None
        self.host.analysis_installed(view)
        if os.environ.get(EXIT_WHEN_ANALYSED_ENV):
            # Benchmarks: quit once the whole corpus is analysed and shown.
            self.host.call_after_refresh(note_and_exit, self.host.app, EXIT_WHEN_ANALYSED_ENV)

    def _index_done(
        self, index: SearchIndex, articles: list[Article], complete: bool = True
    ) -> None:
        if articles == self.host.articles:
            self.search_index = index
            if complete and os.environ.get(EXIT_WHEN_INDEXED_ENV):
                # Benchmarks: quit once the palette searches the whole corpus.
                self.host.call_after_refresh(note_and_exit, self.host.app, EXIT_WHEN_INDEXED_ENV)

    def _failed(self, message: str) -> None:
        self.progress = None
        self.host.show_legend("analysis failed")
        self.host.notify(f"The analysis failed: {message}", severity="error", timeout=10)
