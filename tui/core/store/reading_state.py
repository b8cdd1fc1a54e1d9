"""Reading state: what the user has read and starred, and where they left off, per corpus.

The state lives in SQLite under the user data dir so reopening a corpus brings the user
back to the article and scroll position they left. A corpus is identified by the
resolved paths it was opened from, an article by its id and path. Every write is one
short transaction in WAL mode with full sync, so killing the process at any moment
leaves the last committed state intact and the file consistent.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tui.core.store.database import DbSpec, Store, from_sql, to_sql, transaction

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

STATE_SPEC = DbSpec(
    APPLICATION_ID, SCHEMA_VERSION, _STATE_SCHEMA, synchronous="FULL", full_check=True
)

ArticleRef = tuple[str, str]
"""An article as the state knows it: ``(article_id, path)``."""


def default_state_path() -> Path:
    """Where the reading state lives: the user data dir from :mod:`tui.paths`."""
    from tui.paths import data_dir

    return Path(data_dir()) / STATE_FILENAME


@dataclass(frozen=True, slots=True)
class CorpusState:
    """A snapshot of one corpus's reading state."""

    read: frozenset[ArticleRef] = frozenset()
    starred: frozenset[ArticleRef] = frozenset()
    last_article: ArticleRef | None = None
    scroll: float = 0.0


class ReadingState(Store):
    """The reading-state store; every method is one committed transaction.

    Usable from several threads (a lock guards the connection) and several processes.
    The file holds the user's own marks, so it is checked whole at open (``PRAGMA
    quick_check``, a few milliseconds for this small file): a damaged one is set aside
    as ``state.sqlite.damaged-<timestamp>`` and a fresh one started, and ``warnings``
    says where the damaged copy is. Damage met later is handled the same way, and the
    write that met it is made again in the fresh file. Other failures (a full disk, a
    read-only folder) raise, for the caller to report; nothing is moved then.
    Ids and paths that are not valid UTF-8 are kept as bytes (see :func:`to_sql`).
    """

    label = "reading state"

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__(Path(path) if path is not None else default_state_path(), STATE_SPEC)

    def __enter__(self) -> ReadingState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def snapshot(self, corpus: str) -> CorpusState:
        """Everything known about ``corpus``, read in one consistent transaction."""

        def fetch(conn: sqlite3.Connection) -> tuple[list[tuple], tuple | None]:
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
            return rows, last

        nothing: tuple[list[tuple], tuple | None] = ([], None)
        rows, last = self._guarded(fetch, nothing, again=True)
        refs = [((from_sql(aid), from_sql(p)), r, s) for aid, p, r, s in rows]
        read = frozenset(ref for ref, r, _ in refs if r)
        starred = frozenset(ref for ref, _, s in refs if s)
        if last is None or last[0] is None:
            return CorpusState(read, starred)
        article = (from_sql(last[0]), from_sql(last[1] or ""))
        return CorpusState(read, starred, article, float(last[2]))

    def set_read(self, corpus: str, article: ArticleRef, read: bool = True) -> None:
        self._set_flag(corpus, article, "read", read)

    def set_read_many(self, corpus: str, articles: Iterable[ArticleRef], read: bool = True) -> None:
        """Mark several articles at once ("mark all read"), in one transaction."""
        refs = list(articles)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                for article in refs:
                    self._upsert_flag(conn, corpus, article, "read", read)

        self._guarded(write, None, again=True)

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

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                self._upsert_position(conn, corpus, article, scroll)

        self._guarded(write, None, again=True)

    def open_article(self, corpus: str, article: ArticleRef, scroll: float = 0.0) -> None:
        """Opening an article marks it read and makes it the last one, atomically."""

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                self._upsert_flag(conn, corpus, article, "read", True)
                self._upsert_position(conn, corpus, article, scroll)

        self._guarded(write, None, again=True)

    def forget(self, corpus: str) -> None:
        """Drop all state of ``corpus``."""

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute("DELETE FROM articles WHERE corpus = ?", (corpus,))
                conn.execute("DELETE FROM corpora WHERE corpus = ?", (corpus,))

        self._guarded(write, None, again=True)

    def _set_flag(self, corpus: str, article: ArticleRef, column: str, value: bool) -> None:
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                self._upsert_flag(conn, corpus, article, column, value)

        self._guarded(write, None, again=True)

    def _toggle(self, corpus: str, article: ArticleRef, column: str) -> bool:
        def write(conn: sqlite3.Connection) -> bool:
            with transaction(conn):
                row = conn.execute(
                    f"SELECT {column} FROM articles "
                    "WHERE corpus = ? AND article_id = ? AND path = ?",
                    (corpus, *map(to_sql, article)),
                ).fetchone()
                value = not (row and row[0])
                self._upsert_flag(conn, corpus, article, column, value)
            return value

        return self._guarded(write, False, again=True)

    @staticmethod
    def _upsert_flag(
        conn: sqlite3.Connection, corpus: str, article: ArticleRef, column: str, value: bool
    ) -> None:
        assert column in ("read", "starred")
        conn.execute(
            f"INSERT INTO articles (corpus, article_id, path, {column}, updated) "
            f"VALUES (?, ?, ?, ?, ?) ON CONFLICT (corpus, article_id, path) "
            f"DO UPDATE SET {column} = excluded.{column}, updated = excluded.updated",
            (corpus, *map(to_sql, article), int(value), time.time()),
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
            (corpus, *map(to_sql, article), float(scroll), time.time()),
        )
