"""The reader's view of the reading state: what is read and starred, where the user was.

:class:`ReadingTracker` keeps the flags of one corpus in memory, so the sidebar can
draw ten thousand rows without a query, and writes them through
:class:`tui.core.store.reading_state.ReadingState`. Explicit toggles are written at once; marks
made by merely opening an article and the scroll position are batched and written
by :meth:`ReadingTracker.flush`, which :class:`~tui.ui.reading_state.ReadingKeeper`
calls every half second and on exit, so paging quickly through articles costs one
small transaction, not one each. If the state file cannot be opened the reader still
works, without memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tui.core.models import Article
from tui.core.store.reading_state import ArticleRef, ReadingState


def ref(article: Article) -> ArticleRef:
    return article.id, article.path


class ReadingTracker:
    """Read and starred flags of one corpus, plus the last position, kept in step."""

    def __init__(self, corpus: str, path: Path | None = None) -> None:
        self.corpus = corpus
        self.problems: list[str] = []
        self.store: ReadingState | None = None
        self.read: set[ArticleRef] = set()
        self.starred: set[ArticleRef] = set()
        self.last: ArticleRef | None = None
        self.last_offset = 0
        self._opened: set[ArticleRef] = set()
        self._position: tuple[ArticleRef, int] | None = None
        self._saved_position: tuple[ArticleRef, int] | None = None
        try:
            self.store = ReadingState(path)
            self.problems.extend(self.store.warnings)
            snapshot = self.store.snapshot(corpus)
        except Exception as exc:  # read-only home, full disk: read without memory
            # (a damaged file never gets here: the store sets it aside and starts afresh)
            self.problems.append(f"Reading state unavailable, marks will not be kept: {exc}")
            self.store = None
            return
        self.read = set(snapshot.read)
        self.starred = set(snapshot.starred)
        self.last = snapshot.last_article
        self.last_offset = int(snapshot.scroll)
        if self.last is not None:
            self._saved_position = (self.last, self.last_offset)

    def is_read(self, article: Article) -> bool:
        return ref(article) in self.read

    def is_starred(self, article: Article) -> bool:
        return ref(article) in self.starred

    def unread_ids(self, articles: Iterable[Article]) -> set[str]:
        return {a.id for a in articles if (a.id, a.path) not in self.read}

    def starred_ids(self, articles: Iterable[Article]) -> set[str]:
        return {a.id for a in articles if (a.id, a.path) in self.starred}

    def opened(self, article: Article, offset: int = 0) -> None:
        """The user opened ``article``: it is read, and it is where they are."""
        key = ref(article)
        if key not in self.read:
            self.read.add(key)
            self._opened.add(key)
        self._position = (key, offset)

    def moved(self, article: Article, offset: int) -> None:
        """The open article scrolled to character ``offset`` (written at the next flush)."""
        self._position = (ref(article), offset)

    def toggle_read(self, article: Article) -> bool:
        key = ref(article)
        value = key not in self.read
        (self.read.add if value else self.read.discard)(key)
        self._opened.discard(key)
        self._write(lambda s: s.set_read(self.corpus, key, value))
        return value

    def toggle_starred(self, article: Article) -> bool:
        key = ref(article)
        value = key not in self.starred
        (self.starred.add if value else self.starred.discard)(key)
        self._write(lambda s: s.set_starred(self.corpus, key, value))
        return value

    def flush(self) -> None:
        """Write the batched read marks and the position, if anything changed."""
        if self.store is None:
            return
        opened, self._opened = self._opened, set()
        if opened:
            self._write(lambda s: s.set_read_many(self.corpus, opened))
        position = self._position
        if position is not None and position != self._saved_position:
            self._saved_position = position
            self._write(lambda s: s.set_position(self.corpus, position[0], float(position[1])))

    def close(self) -> None:
        self.flush()
        if self.store is not None:
            self.store.close()
            self.store = None

    def _write(self, action) -> None:
        if self.store is None:
            return
        try:
            action(self.store)
        except Exception as exc:  # a full disk must not take the reader down
            self.problems.append(f"Could not save the reading state: {exc}")
