"""Fetch the feeds listed in the opened folder from inside the reader.

The palette's "fetch" command mounts a :class:`FeedFetcher`, an invisible widget whose
worker thread runs the same harvest as ``newsreader fetch`` over the folder's
``*.opml`` and ``feeds.txt`` lists, saving into that folder. Each time new articles
are saved it posts :class:`FeedFetcher.Saved`; the widget then asks the reader for a
quiet reload (the one the periodic poll does), so new articles stream into the
sidebar while the rest are still being fetched. When done it says what happened in
one notice and removes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.message import Message
from textual.widget import Widget

from tui.core.text import visible_controls

if TYPE_CHECKING:
    from tui.ui.screens.reader import ReaderScreen


def fetch_folder_feeds(screen: ReaderScreen) -> None:
    """Start fetching the feeds of the opened folders, unless that is already going on."""
    if screen.query(FeedFetcher):
        screen.notify("Already fetching the feeds of this folder.")
        return
    roots = [Path(root) for root in screen.loader.roots or [] if Path(root).is_dir()]
    if not roots:
        screen.notify("Fetching feeds needs an opened folder (with feeds.txt or an .opml list).")
        return
    screen.mount(FeedFetcher(roots))


class FeedFetcher(Widget):
    """Runs the fetch in a thread; handles its own messages, then goes away."""

    DEFAULT_CSS = "FeedFetcher { display: none; }"

    @dataclass
    class Saved(Message):
        """New articles were saved (``count`` so far)."""

        count: int

    @dataclass
    class Done(Message):
        """The fetch ended; ``summary`` is one line for the user."""

        summary: str
        problems: list[str]

    def __init__(self, folders: list[Path]) -> None:
        super().__init__()
        self.folders = folders
        self._shown = 0

    def on_mount(self) -> None:
        self.notify("Fetching the feeds listed in this folder…")
        self.run_worker(
            self._fetch, thread=True, exclusive=True, group="fetch-feeds", exit_on_error=False
        )

    def _fetch(self) -> None:
        """Worker thread: harvest every folder that holds feed lists."""
        from tui.core.harvest.run import harvest
        from tui.core.harvest.saving import ArticleFolder
        from tui.core.web.fetch import Fetcher
        from tui.core.web.opml import folder_feed_lists

        saved = 0
        problems: list[str] = []
        listed = [(folder, folder_feed_lists(folder)) for folder in self.folders]
        listed = [(folder, lists) for folder, lists in listed if lists]
        if not listed:
            self.post_message(self.Done("No feeds.txt or .opml list in the opened folder.", []))
            return
        with Fetcher() as fetcher:
            for folder, lists in listed:
                try:
                    target = ArticleFolder(folder)
                except OSError as exc:
                    problems.append(f"{folder}: {exc.strerror or exc}")
                    continue
                before = saved

                def progress(done: int, total: int, what: str, target=target, base=before) -> None:
                    if target.saved:
                        self.post_message(self.Saved(base + target.saved))

                outcome = harvest([str(p) for p in lists], target, fetcher, progress)
                saved = before + target.saved
                problems.extend(outcome.failures)
        noun = "article" if saved == 1 else "articles"
        summary = f"Fetched the feeds: {saved} new {noun}"
        if problems:
            summary += f", {len(problems)} problem{'s' if len(problems) != 1 else ''}"
        self.post_message(self.Done(summary, problems))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        if message.count > self._shown:
            self._shown = message.count
            self._reader.loader.poll()

    @on(Done)
    def _done(self, message: Done) -> None:
        lines = [message.summary, *message.problems[:3]]
        if len(message.problems) > 3:
            lines.append(f"… and {len(message.problems) - 3} more")
        text = visible_controls("\n".join(lines))
        if message.problems:
            self.notify(text, severity="warning", markup=False, timeout=10)
        else:
            self.notify(text, markup=False)
        self._reader.loader.poll()
        self.remove()

    @property
    def _reader(self) -> ReaderScreen:
        from tui.ui.screens.reader import ReaderScreen

        screen = self.screen
        assert isinstance(screen, ReaderScreen)
        return screen
