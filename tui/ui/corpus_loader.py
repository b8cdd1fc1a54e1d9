"""The reader's corpus behind the screen: background loading, reload and polling.

A big corpus opens on its first files; :class:`CorpusLoader`, an invisible widget,
loads the rest in a thread worker (from the article cache when unchanged, else in
worker processes) and posts each batch as :class:`CorpusLoader.Extended`, then
:class:`CorpusLoader.Complete`. ``r`` and a periodic poll look for new, changed and
removed files the same way, off the event loop, and post
:class:`CorpusLoader.Reloaded` when something changed. Once a corpus is complete it
is kept as a snapshot, so reopening it unchanged skips all of this. The loader
keeps what that needs (roots, file stamps, what is still pending, the notes of
skipped files); the screen decides what the messages change on screen.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from tui.core.models import Article, LoadReport

if TYPE_CHECKING:
    from pathlib import Path

    from textual.timer import Timer

    from tui.core.corpus.loader import Stamp
    from tui.core.service.corpus import CorpusService
    from tui.core.store.article_cache import ArticleCache
    from tui.ui.reader_articles import OpenArticles

log = logging.getLogger("newsreader")

#: Seconds between two looks for new or changed files (doubled for big corpora).
POLL_EVERY = 5.0
#: Seconds between two snapshot writes (see :meth:`CorpusLoader.keep_snapshot`).
SNAPSHOT_PAUSE = 60.0
#: Above this many articles the corpus is polled half as often.
POLL_SLOWER_ABOVE = 2000


class CorpusLoader(Widget):
    """Where the corpus came from and what is left to load, for one screen."""

    DEFAULT_CSS = "CorpusLoader { display: none; }"

    @dataclass
    class Extended(Message):
        """A batch of the files not read at start arrived (``report.articles``)."""

        report: LoadReport
        stamps: dict[str, Stamp] = field(default_factory=dict)

    class Complete(Message):
        """Every file of the corpus is loaded."""

    @dataclass
    class Reloaded(Message):
        """A reload found ``changed`` new, changed or removed files (never 0 here)."""

        report: LoadReport
        changed: int

    @dataclass
    class _Looked(Message):
        """A reload's look at the files is done (posted by its worker)."""

        report: LoadReport
        stamps: dict[str, Stamp]
        changed: int
        quiet: bool

    def __init__(self, corpus: CorpusService, shown: OpenArticles) -> None:
        super().__init__()
        self.shown = shown
        self.corpus_key = corpus.key
        """What the reading state, the snapshot and the cached merge are kept under."""
        self.roots: list[Path] | None = list(corpus.roots) if corpus.roots is not None else None
        self.pending = list(corpus.pending)
        self.stamps = dict(corpus.stamps)
        self.skipped = list(corpus.report.skipped)
        self.warnings = list(corpus.report.warnings)
        """Skipped files and loader warnings so far: they are kept with the snapshot."""
        self.snapshot_current = corpus.warm
        """The corpus on screen is the one its snapshot holds (nothing to write)."""
        self._last_snapshot = -SNAPSHOT_PAUSE
        self._snapshot_timer: Timer | None = None
        self.progress: tuple[int, int] | None = None
        """``(loaded, total)`` while the rest of the corpus loads, else ``None``."""
        self.reloading = False
        self._cancel = threading.Event()

    @property
    def reloadable(self) -> bool:
        return self.roots is not None

    def poll_every(self) -> float:
        slower = len(self.shown) + len(self.pending) > POLL_SLOWER_ABOVE
        return POLL_EVERY * 2 if slower else POLL_EVERY

    def on_mount(self) -> None:
        if self.reloadable:
            self.set_interval(self.poll_every(), self.poll)

    def on_unmount(self) -> None:
        """The screen is going: stop loading, and write a snapshot still due."""
        self._cancel.set()
        if self._snapshot_timer is not None:
            self._snapshot_timer.stop()
            self._snapshot_timer = None
            if not self.snapshot_current:
                write_snapshot(*self._snapshot_parts())

    # -- the rest of a big corpus ----------------------------------------------------

    def start(self) -> bool:
        """Load the pending files in the background; False when there are none."""
        if not self.pending:
            return False
        shown = len(self.shown)
        self.progress = (shown, shown + len(self.pending))
        self._load_rest(list(self.pending), self._cancel)
        return True

    @work(thread=True, exclusive=True, group="loading", exit_on_error=False)
    def _load_rest(self, files: list[Path], cancel: threading.Event) -> None:
        """Worker thread: the files not read at start, batch by batch."""
        from tui.core.analysis.parallel import load_with_cache

        cache = open_article_cache()
        try:
            for report, stamps in load_with_cache(files, cache=cache, cancel=cancel):
                if cancel.is_set():
                    return
                self.post_message(self.Extended(report, stamps))
        except Exception as exc:
            if not cancel.is_set():
                self.notify(f"Loading stopped: {exc}", severity="error", timeout=10)
        finally:
            if cache is not None:
                cache.close()
        if not cancel.is_set():
            self.post_message(self.Complete())

    @on(Extended)
    def _count_batch(self, message: Extended) -> None:
        """Bookkeeping before the screen lists the batch (the message goes on up)."""
        self.stamps.update(message.stamps)
        self.skipped.extend(message.report.skipped)
        self.warnings.extend(message.report.warnings)
        if self.progress is not None:
            loaded, total = self.progress
            self.progress = (loaded + len(message.report.articles), total)

    @on(Complete)
    def _loading_done(self) -> None:
        self.progress = None
        self.pending = []

    # -- reload ----------------------------------------------------------------------

    def poll(self) -> None:
        """The periodic look for changed files (skipped while anything else runs)."""
        if self.progress is None and not self.reloading:
            self.reload(quiet=True)

    def request_reload(self) -> None:
        """``r``: reload now, or say why not."""
        if self.roots is None:
            self.notify("These articles were not opened from files that can be reloaded.")
        elif self.progress is not None or self.reloading:
            self.notify("Still loading; try again in a moment.")
        else:
            self.reload(quiet=False)

    def reload(self, *, quiet: bool) -> None:
        self.reloading = True
        self._look(list(self.shown.articles), dict(self.stamps), quiet)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def _look(self, articles: list[Article], stamps: dict[str, Stamp], quiet: bool) -> None:
        """Worker thread: look for new, changed and removed files."""
        from tui.core.corpus.loader import reload_corpus

        try:
            report, fresh, changed = reload_corpus(self.roots or [], articles, stamps)
        except Exception as exc:
            self.reloading = False
            if not quiet:
                self.notify(f"Reload failed: {exc}", severity="error")
            return
        self.post_message(self._Looked(report, fresh, changed, quiet))

    @on(_Looked)
    def _looked(self, message: _Looked) -> None:
        message.stop()
        self.reloading = False
        self.stamps = message.stamps
        if not message.changed:
            if not message.quiet:
                self.notify("Reloaded: no file changed.")
            return
        # Files read again report afresh; the notes of the others still hold.
        report, stamps = message.report, message.stamps
        fresh = {p for p, _ in report.skipped} | {p for p, _ in report.warnings}
        self.skipped = [n for n in self.skipped if n[0] in stamps and n[0] not in fresh]
        self.warnings = [n for n in self.warnings if n[0] in stamps and n[0] not in fresh]
        self.skipped += report.skipped
        self.warnings += report.warnings
        self.snapshot_current = False
        self.post_message(self.Reloaded(report, message.changed))

    # -- the snapshot ------------------------------------------------------------------

    def keep_snapshot(self) -> None:
        """Keep the complete corpus on screen for the next start, in a thread worker.

        A folder that keeps changing would have its snapshot (a hundred megabytes for
        ten thousand articles) rewritten at every reload, so writes come at most every
        :data:`SNAPSHOT_PAUSE` seconds: a later one is put off, and then takes the
        corpus as it is by then. One still due when the reader closes is written then.
        """
        if self.snapshot_current or self.roots is None or not self.shown.articles:
            return
        wait = self._last_snapshot + SNAPSHOT_PAUSE - time.monotonic()
        if wait > 0:
            if self._snapshot_timer is None:
                self._snapshot_timer = self.set_timer(wait, self._snapshot_due)
            return
        self._last_snapshot = time.monotonic()
        self._write(*self._snapshot_parts())

    @work(thread=True, group="snapshot", exit_on_error=False)
    def _write(self, corpus: str, files: list[tuple[str, Stamp]], report: LoadReport) -> None:
        write_snapshot(corpus, files, report)

    def _snapshot_due(self) -> None:
        self._snapshot_timer = None
        self.keep_snapshot()

    def _snapshot_parts(self) -> tuple[str, list[tuple[str, Stamp]], LoadReport]:
        """What a snapshot of the corpus on screen holds; it is then current."""
        self.snapshot_current = True
        report = LoadReport(list(self.shown.articles), list(self.skipped), list(self.warnings))
        return self.corpus_key, list(self.stamps.items()), report


def write_snapshot(corpus: str, files: list[tuple[str, Stamp]], report: LoadReport) -> None:
    """Store the snapshot (in a worker thread); a failure only costs the next warm start."""
    cache = open_article_cache()
    if cache is None:
        return
    try:
        cache.put_snapshot(corpus, files, report)
    except Exception as exc:
        log.warning("could not keep the corpus snapshot: %s", exc)
    finally:
        cache.close()


def open_article_cache() -> ArticleCache | None:
    """The cache of loaded articles, or ``None`` (loading still works) if unavailable."""
    try:
        from tui.core.store.article_cache import ArticleCache

        return ArticleCache()
    except Exception:  # a read-only or locked cache dir: load from the files
        return None
