"""Reading state: what the user has read and starred, and where they left off, per corpus.

The state lives in SQLite under the user data dir so reopening a corpus brings the user
back to the article and scroll position they left. A corpus is identified by the
resolved paths it was opened from, an article by its id and path. Every write is one
short transaction in WAL mode with full sync, so killing the process at any moment
leaves the last committed state intact and the file consistent.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tui.core.store.analysis_cache import DbSpec, fallback_dir, open_database, transaction

STATE_FILENAME = "state.sqlite"
APPLICATION_ID = 0x4E525354  # "NRST": newsreader reading state
SCHEMA_VERSION = 1

_STATE_SCHEMA = """
CREATE TABLE IF NOT EXISTS corpora (
    corpus TEXT PRIMARY KEY,
    last_article TEXT,
    last_path TEXT,
    scroll REAL NOT NULL DEFAULT 0,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    corpus TEXT NOT NULL,
    article_id TEXT NOT NULL,
    path TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (corpus, article_id, path)
) WITHOUT ROWID;
"""

STATE_SPEC = DbSpec(APPLICATION_ID, SCHEMA_VERSION, _STATE_SCHEMA, synchronous="FULL")

ArticleRef = tuple[str, str]
"""An article as the state knows it: ``(article_id, path)``."""


def corpus_key(paths: Iterable[str | os.PathLike[str]]) -> str:
    """A stable key for a corpus: the hash of its sorted, resolved root paths."""
    roots = sorted({str(Path(p).expanduser().resolve()) for p in paths})
    return hashlib.sha256("\n".join(roots).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def default_state_path() -> Path:
    """Where the reading state lives: the user data dir from :mod:`tui.paths`."""
    try:
        from tui.paths import data_dir
    except ImportError:  # the paths module may not be present in a partial checkout
        return fallback_dir("NEWSREADER_HOME", "XDG_DATA_HOME", ".local/share", "data") / (
            STATE_FILENAME
        )
    return Path(data_dir()) / STATE_FILENAME


@dataclass(frozen=True, slots=True)
class CorpusState:
    """A snapshot of one corpus's reading state."""

    read: frozenset[ArticleRef] = frozenset()
    starred: frozenset[ArticleRef] = frozenset()
    last_article: ArticleRef | None = None
    scroll: float = 0.0


class ReadingState:
    """The reading-state store; every method is one committed transaction.

    Usable from several threads (a lock guards the connection) and several processes.
    ``warnings`` holds messages for the user, such as a corrupt file having been set aside.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_state_path()
        self._lock = threading.Lock()
        self._conn, self.warnings = open_database(self.path, STATE_SPEC)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ReadingState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def snapshot(self, corpus: str) -> CorpusState:
        """Everything known about ``corpus``, read in one consistent transaction."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN")
            try:
                rows = conn.execute(
                    "SELECT article_id, path, read, starred FROM articles WHERE corpus = ?",
                    (corpus,),
                ).fetchall()
                last = conn.execute(
                    "SELECT last_article, last_path, scroll FROM corpora WHERE corpus = ?",
                    (corpus,),
                ).fetchone()
            finally:
                conn.execute("COMMIT")
        read = frozenset((aid, p) for aid, p, r, _ in rows if r)
        starred = frozenset((aid, p) for aid, p, _, s in rows if s)
        if last is None or last[0] is None:
            return CorpusState(read, starred)
        return CorpusState(read, starred, (last[0], last[1] or ""), float(last[2]))

    def set_read(self, corpus: str, article: ArticleRef, read: bool = True) -> None:
        self._set_flag(corpus, article, "read", read)

    def set_read_many(self, corpus: str, articles: Iterable[ArticleRef], read: bool = True) -> None:
        """Mark several articles at once ("mark all read"), in one transaction."""
        with self._lock, transaction(self._conn) as conn:
            for article in articles:
                self._upsert_flag(conn, corpus, article, "read", read)

    def set_starred(self, corpus: str, article: ArticleRef, starred: bool = True) -> None:
        self._set_flag(corpus, article, "starred", starred)

    def toggle_read(self, corpus: str, article: ArticleRef) -> bool:
        """Flip read/unread; return the new value."""
        return self._toggle(corpus, article, "read")

    def toggle_starred(self, corpus: str, article: ArticleRef) -> bool:
        """Flip starred; return the new value."""
        return self._toggle(corpus, article, "starred")

    def set_position(self, corpus: str, article: ArticleRef, scroll: float = 0.0) -> None:
        """Remember the article on screen and its scroll offset."""
        with self._lock, transaction(self._conn) as conn:
            self._upsert_position(conn, corpus, article, scroll)

    def open_article(self, corpus: str, article: ArticleRef, scroll: float = 0.0) -> None:
        """Opening an article marks it read and makes it the last one, atomically."""
        with self._lock, transaction(self._conn) as conn:
            self._upsert_flag(conn, corpus, article, "read", True)
            self._upsert_position(conn, corpus, article, scroll)

    def forget(self, corpus: str) -> None:
        """Drop all state of ``corpus``."""
        with self._lock, transaction(self._conn) as conn:
            conn.execute("DELETE FROM articles WHERE corpus = ?", (corpus,))
            conn.execute("DELETE FROM corpora WHERE corpus = ?", (corpus,))

    def _set_flag(self, corpus: str, article: ArticleRef, column: str, value: bool) -> None:
        with self._lock, transaction(self._conn) as conn:
            self._upsert_flag(conn, corpus, article, column, value)

    def _toggle(self, corpus: str, article: ArticleRef, column: str) -> bool:
        with self._lock, transaction(self._conn) as conn:
            row = conn.execute(
                f"SELECT {column} FROM articles WHERE corpus = ? AND article_id = ? AND path = ?",
                (corpus, *article),
            ).fetchone()
            value = not (row and row[0])
            self._upsert_flag(conn, corpus, article, column, value)
        return value

    @staticmethod
    def _upsert_flag(
        conn: sqlite3.Connection, corpus: str, article: ArticleRef, column: str, value: bool
    ) -> None:
        assert column in ("read", "starred")
        conn.execute(
            f"INSERT INTO articles (corpus, article_id, path, {column}, updated) "
            f"VALUES (?, ?, ?, ?, ?) ON CONFLICT (corpus, article_id, path) "
            f"DO UPDATE SET {column} = excluded.{column}, updated = excluded.updated",
            (corpus, *article, int(value), time.time()),
        )

    @staticmethod
    def _upsert_position(
        conn: sqlite3.Connection, corpus: str, article: ArticleRef, scroll: float
    ) -> None:
        conn.execute(
            "INSERT INTO corpora (corpus, last_article, last_path, scroll, updated) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (corpus) DO UPDATE SET "
            "last_article = excluded.last_article, last_path = excluded.last_path, "
            "scroll = excluded.scroll, updated = excluded.updated",
            (corpus, *article, float(scroll), time.time()),
        )
