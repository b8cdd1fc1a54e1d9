"""The reader's corpus behind the screen: background loading, reload and polling.

A big corpus opens on its first files; :class:`CorpusLoader` loads the rest in a
thread worker (from the article cache when unchanged, else in worker processes) and
hands each batch to the screen, then tells it the corpus is complete. Once a corpus
is complete it is kept as a snapshot, so reopening it unchanged skips all of this.
``r`` and a periodic poll look for new, changed and removed files the same way, off
the event loop. The loader keeps what that needs (roots, file stamps, what is still pending);
the screen decides what a batch or a reload changes on screen, through the
:class:`CorpusHost` methods.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article, LoadReport
from tui.ui.host_services import Notifies, RunsWorkers

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from tui.core.corpus.loader import Stamp
    from tui.core.service.corpus import CorpusService

log = logging.getLogger("newsreader")

#: Seconds between two looks for new or changed files (doubled for big corpora).
POLL_EVERY = 5.0
#: Seconds between two snapshot writes (see :meth:`CorpusLoader.keep_snapshot`).
SNAPSHOT_PAUSE = 60.0
#: Above this many articles the corpus is polled half as often.
POLL_SLOWER_ABOVE = 2000


class CorpusHost(Notifies, RunsWorkers, Protocol):
    """What the loader needs from the screen that shows the corpus."""

    app: App
    articles: list[Article]

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...
    def corpus_extended(self, report: LoadReport) -> None: ...
    def corpus_complete(self) -> None: ...
    def corpus_replaced(self, report: LoadReport, changed: int) -> None: ...


class CorpusLoader:
    """Where the corpus came from and what is left to load, for one screen."""

    def __init__(self, host: CorpusHost, corpus: CorpusService) -> None:
        self.host = host
        self.roots = list(corpus.roots) if corpus.roots is not None else None
        self.pending = list(corpus.pending)
        self.stamps = dict(corpus.stamps)
        self.skipped = list(corpus.report.skipped)
        self.warnings = list(corpus.report.warnings)
        """Skipped files and loader warnings so far: they are kept with the snapshot."""
        self.snapshot_current = corpus.warm
        """The corpus on screen is the one its snapshot holds (nothing to write)."""
        self._last_snapshot = -SNAPSHOT_PAUSE
        self._snapshot_timer: Timer | None = None
        self.loading: tuple[int, int] | None = None
        """``(loaded, total)`` while the rest of the corpus loads, else ``None``."""
        self.reloading = False
        self._cancel = threading.Event()

    @property
    def reloadable(self) -> bool:
        return self.roots is not None

    def corpus_key(self, articles: Sequence[Article]) -> str:
        """What the reading state and the cached merge are kept under."""
        from tui.core.corpus.identity import corpus_key

        roots = self.roots if self.roots is not None else sorted({a.path for a in articles})
        return corpus_key(roots)

    def poll_every(self, shown: int) -> float:
        slower = shown + len(self.pending) > POLL_SLOWER_ABOVE
        return POLL_EVERY * 2 if slower else POLL_EVERY

    def stop(self) -> None:
        """The screen is going: stop feeding it, and write a snapshot still due."""
        self._cancel.set()
        if self._snapshot_timer is not None:
            self._snapshot_timer.stop()
            self._snapshot_timer = None
            if not self.snapshot_current:
                _write_snapshot(*self._snapshot_parts())

    # -- the rest of a big corpus ----------------------------------------------------

    def start(self, shown: int) -> bool:
        """Load the pending files in the background; False when there are none."""
        if not self.pending:
            return False
        self.loading = (shown, shown + len(self.pending))
        files, cancel = list(self.pending), self._cancel
        self.host.run_worker(
            lambda: self._load_rest(files, cancel),
            name="load",
            group="loading",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )
        return True

    def _load_rest(self, files: list, cancel: threading.Event) -> None:
        """Worker thread: the files not read at start, batch by batch."""
        from tui.core.analysis.parallel import load_with_cache

        app = self.host.app
        cache = open_article_cache()
        try:
            for report, stamps in load_with_cache(files, cache=cache, cancel=cancel):
                if cancel.is_set():
                    return
                app.call_from_thread(self._receive_batch, report, stamps)
        except Exception as exc:
            if not cancel.is_set():
                app.call_from_thread(
                    self.host.notify, f"Loading stopped: {exc}", severity="error", timeout=10
                )
        finally:
            if cache is not None:
                cache.close()
        if not cancel.is_set():
            with contextlib.suppress(RuntimeError):  # the app may be shutting down
                app.call_from_thread(self._loading_done)

    def _receive_batch(self, report: LoadReport, stamps: dict[str, Stamp]) -> None:
        self.stamps.update(stamps)
        self.skipped.extend(report.skipped)
        self.warnings.extend(report.warnings)
        if self.loading is not None:
            self.loading = (self.loading[0] + len(report.articles), self.loading[1])
        self.host.corpus_extended(report)

    def _loading_done(self) -> None:
        self.loading = None
        self.pending = []
        self.host.corpus_complete()

    # -- reload ----------------------------------------------------------------------

    def poll(self) -> None:
        """The periodic look for changed files (skipped while anything else runs)."""
        if self.loading is None and not self.reloading:
            self.reload(quiet=True)

    def request_reload(self) -> None:
        """``r``: reload now, or say why not."""
        if self.roots is None:
            self.host.notify("These articles were not opened from files that can be reloaded.")
        elif self.loading is not None or self.reloading:
            self.host.notify("Still loading; try again in a moment.")
        else:
            self.reload(quiet=False)

    def reload(self, *, quiet: bool) -> None:
        self.reloading = True
        articles = list(self.host.articles)
        self.host.run_worker(
            lambda: self._reload(articles, quiet),
            name="reload",
            group="reload",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _reload(self, articles: list[Article], quiet: bool) -> None:
        """Worker thread: look for new, changed and removed files."""
        from tui.core.corpus.loader import reload_corpus

        app = self.host.app
        try:
            report, stamps, changed = reload_corpus(self.roots or [], articles, self.stamps)
        except Exception as exc:
            self.reloading = False
            if not quiet:
                app.call_from_thread(self.host.notify, f"Reload failed: {exc}", severity="error")
            return
        try:
            app.call_from_thread(self._apply_reload, report, stamps, changed, quiet)
        except RuntimeError:  # the app is shutting down
            self.reloading = False

    def _apply_reload(
        self, report: LoadReport, stamps: dict[str, Stamp], changed: int, quiet: bool
    ) -> None:
        self.reloading = False
        self.stamps = stamps
        if not changed:
            if not quiet:
                self.host.notify("Reloaded: no file changed.")
            return
        # Files read again report afresh; the notes of the others still hold.
        fresh = {p for p, _ in report.skipped} | {p for p, _ in report.warnings}
        self.skipped = [n for n in self.skipped if n[0] in stamps and n[0] not in fresh]
        self.warnings = [n for n in self.warnings if n[0] in stamps and n[0] not in fresh]
        self.skipped += report.skipped
        self.warnings += report.warnings
        self.snapshot_current = False
        self.host.corpus_replaced(report, changed)

    # -- the snapshot ------------------------------------------------------------------

    def keep_snapshot(self) -> None:
        """Keep the complete corpus on screen for the next start, in a thread worker.

        A folder that keeps changing would have its snapshot (a hundred megabytes for
        ten thousand articles) rewritten at every reload, so writes come at most every
        :data:`SNAPSHOT_PAUSE` seconds: a later one is put off, and then takes the
        corpus as it is by then. One still due when the reader closes is written then.
        """
        if self.snapshot_current or self.roots is None or not self.host.articles:
            return
        wait = self._last_snapshot + SNAPSHOT_PAUSE - time.monotonic()
        if wait > 0:
            if self._snapshot_timer is None:
                self._snapshot_timer = self.host.set_timer(wait, self._snapshot_due)
            return
        self._last_snapshot = time.monotonic()
        corpus, files, report = self._snapshot_parts()
        self.host.run_worker(
            lambda: _write_snapshot(corpus, files, report),
            name="snapshot",
            group="snapshot",
            thread=True,
            exit_on_error=False,
        )

    def _snapshot_due(self) -> None:
        self._snapshot_timer = None
        self.keep_snapshot()

    def _snapshot_parts(self) -> tuple[str, list[tuple[str, Stamp]], LoadReport]:
        """What a snapshot of the corpus on screen holds; it is then current."""
        self.snapshot_current = True
        articles = list(self.host.articles)
        report = LoadReport(articles, list(self.skipped), list(self.warnings))
        return self.corpus_key(articles), list(self.stamps.items()), report


def _write_snapshot(corpus: str, files: list[tuple[str, Stamp]], report: LoadReport) -> None:
    """Worker thread: store the snapshot; a failure only costs the next warm start."""
    cache = open_article_cache()
    if cache is None:
        return
    try:
        cache.put_snapshot(corpus, files, report)
    except Exception as exc:
        log.warning("could not keep the corpus snapshot: %s", exc)
    finally:
        cache.close()


def open_article_cache():
    """The cache of loaded articles, or ``None`` (loading still works) if unavailable."""
    try:
        from tui.core.store.article_cache import ArticleCache

        return ArticleCache()
    except Exception:  # a read-only or locked cache dir: load from the files
        return None
