"""The analysis cache: per-article analyses stored in SQLite, keyed by content and engine.

Analysing an article is the expensive step; its result depends only on the text, the
language and the analysis engine. So the cache key is a hash of text and language, and
each row also records the engine name and version: a changed file hashes differently
and is re-analysed, an unchanged one never is, and a new engine version simply misses.

Rows hold a compact JSON array rather than pickles so a warm load of ten thousand
analyses decodes in a fraction of a second and a cache file can never execute code.
The file is shared by every running instance (WAL, busy timeout, short write
transactions); a damaged or foreign file is renamed aside and rebuilt, with a warning,
and a file that cannot be used is done without (see :mod:`tui.core.store.database`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from tui.core.models import Article, ArticleAnalysis, CorpusEntity
from tui.core.store.analysis_codec import (
    LazyAnalyses,
    decode_corpus_entities,
    decode_many,
    encode_analysis,
    encode_corpus_entities,
)
from tui.core.store.database import (
    DbSpec,
    Store,
    from_sql,
    json_safe,
    to_sql,
    transaction,
)

CACHE_FILENAME = "analysis.sqlite"
APPLICATION_ID = 0x4E524143  # "NRAC": newsreader analysis cache
SCHEMA_VERSION = 4

_CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT NOT NULL,
    engine TEXT NOT NULL,
    data TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (key, engine)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS merges (
    corpus TEXT NOT NULL,
    engine TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    entities TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (corpus, engine)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_indexes (
    corpus TEXT NOT NULL,
    engine TEXT NOT NULL,
    key TEXT NOT NULL,
    segment TEXT NOT NULL,
    head TEXT NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (corpus, engine, segment)
);
CREATE TABLE IF NOT EXISTS merged_articles (
    corpus TEXT NOT NULL,
    engine TEXT NOT NULL,
    article_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (corpus, engine, article_id)
) WITHOUT ROWID;
"""


def content_key(text: str, language: str) -> str:
    """Hash what the analysis depends on: the language and the exact text."""
    h = hashlib.sha256(language.encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def article_key(article: Article) -> str:
    """The cache key of one article."""
    return content_key(article.text, article.language)


def default_engine() -> str:
    """The key of the analysis engine in use (``rules:VERSION``, or the trained model's)."""
    from tui.core.engine_identity import cache_key

    return cache_key()


def default_cache_path() -> Path:
    """Where the shared cache lives: the user cache dir from :mod:`tui.paths`."""
    from tui.paths import cache_dir

    return Path(cache_dir()) / CACHE_FILENAME


def corpus_fingerprint(articles: Sequence[Article], keys: Sequence[str] | None = None) -> str:
    """What a corpus-wide merge depends on: every article's id and content key."""
    if keys is None:
        keys = [article_key(a) for a in articles]
    h = hashlib.sha256()
    for aid, key in sorted(zip((a.id for a in articles), keys, strict=True)):
        h.update(f"{aid}\x00{key}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# ---------------------------------------------------------------------------

CACHE_SPEC = DbSpec(APPLICATION_ID, SCHEMA_VERSION, _CACHE_SCHEMA, disposable=True)


class AnalysisCache(Store):
    """The shared store of per-article analyses for one engine version.

    Safe to call from several threads (one lock around the connection) and from several
    processes at once (SQLite locking). A cache is only a speed-up: when its file turns
    out damaged it is set aside and rebuilt, and when it cannot be used (full disk, I/O
    error) every method answers as if it were empty; ``warnings`` says what happened
    and :attr:`failure` why a cache was given up (see :class:`Store`).
    """

    label = "analysis cache"

    def __init__(self, path: Path | str | None = None, *, engine: str | None = None) -> None:
        self.engine = engine if engine is not None else default_engine()
        super().__init__(Path(path) if path is not None else default_cache_path(), CACHE_SPEC)

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_raw_many(self, keys: Sequence[str]) -> dict[str, str]:
        """Fetch encoded analyses for ``keys`` in one query; missing keys are absent."""
        if not keys:
            return {}
        sql = (
            "SELECT key, data FROM analyses WHERE engine = ? "
            "AND key IN (SELECT value FROM json_each(?))"
        )
        args = (self.engine, json.dumps(list(keys)))
        return self._guarded(lambda conn: dict(conn.execute(sql, args).fetchall()), {})

    def get_many(
        self, articles: Sequence[Article], keys: Sequence[str] | None = None
    ) -> dict[str, ArticleAnalysis]:
        """Analyses of the cached ``articles``, keyed by article id; misses are absent.

        ``keys`` are the articles' :func:`article_key` values when already computed.
        """
        if keys is None:
            keys = [article_key(a) for a in articles]
        by_key: dict[str, list[str]] = {}
        for a, key in zip(articles, keys, strict=True):
            by_key.setdefault(key, []).append(a.id)
        raw = self.get_raw_many(list(by_key))
        pairs = [(aid, data) for key, data in raw.items() for aid in by_key[key]]
        return {a.article_id: a for a in decode_many(pairs)}

    def get(self, article: Article) -> ArticleAnalysis | None:
        return self.get_many([article]).get(article.id)

    def put_raw_many(self, rows: Iterable[tuple[str, str]]) -> int:
        """Store ``(key, encoded)`` pairs in one transaction; return how many."""
        now = time.time()
        batch = [(key, self.engine, data, now) for key, data in rows]
        if not batch:
            return 0
        sql = "INSERT OR REPLACE INTO analyses (key, engine, data, created) VALUES (?, ?, ?, ?)"

        def write(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                conn.executemany(sql, batch)
            return len(batch)

        return self._guarded(write, 0)

    def put_many(self, pairs: Iterable[tuple[Article, ArticleAnalysis]]) -> int:
        """Store analyses of articles in one transaction; return how many."""
        return self.put_raw_many((article_key(a), encode_analysis(r)) for a, r in pairs)

    def put(self, article: Article, analysis: ArticleAnalysis) -> None:
        self.put_many([(article, analysis)])

    def get_merged(
        self, corpus: str, fingerprint: str
    ) -> tuple[LazyAnalyses, tuple[CorpusEntity, ...]] | None:
        """The stored merge of ``corpus`` if it was made from exactly this content."""

        def read(conn: sqlite3.Connection) -> tuple[str, list] | None:
            conn.execute("BEGIN")
            try:
                head = conn.execute(
                    "SELECT fingerprint, entities FROM merges WHERE corpus = ? AND engine = ?",
                    (corpus, self.engine),
                ).fetchone()
                if head is None or head[0] != fingerprint:
                    return None
                rows = conn.execute(
                    "SELECT article_id, data FROM merged_articles WHERE corpus = ? AND engine = ?",
                    (corpus, self.engine),
                ).fetchall()
            finally:
                conn.execute("COMMIT")
            return head[1], rows

        found = self._guarded(read, None)
        if found is None:
            return None
        entities, rows = found
        if any(type(aid) is bytes for aid, _ in rows):  # ids of undecodable file names
            rows = [(from_sql(aid), data) for aid, data in rows]
        return LazyAnalyses(dict(rows)), decode_corpus_entities(entities)

    def put_merged(
        self,
        corpus: str,
        fingerprint: str,
        articles: Mapping[str, ArticleAnalysis],
        entities: Iterable[CorpusEntity],
    ) -> None:
        """Keep the latest merge of ``corpus`` (one per corpus: older ones are replaced)."""
        rows = [
            (corpus, self.engine, to_sql(aid), encode_analysis(a)) for aid, a in articles.items()
        ]
        head = (corpus, self.engine, fingerprint, encode_corpus_entities(entities), time.time())

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                where = "WHERE corpus = ? AND engine = ?"
                conn.execute(f"DELETE FROM merged_articles {where}", (corpus, self.engine))
                conn.execute(f"DELETE FROM merges {where}", (corpus, self.engine))
                conn.executemany("INSERT INTO merged_articles VALUES (?, ?, ?, ?)", rows)
                conn.execute("INSERT INTO merges VALUES (?, ?, ?, ?, ?)", head)

        self._guarded(write, None)

    def put_index(self, corpus: str, key: str, segments: Mapping[str, tuple[str, bytes]]) -> None:
        """Keep the search index of ``corpus`` (one per corpus), valid for ``key``."""
        rows = [
            (corpus, self.engine, key, name, json_safe(head), data)
            for name, (head, data) in segments.items()
        ]

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                where = "WHERE corpus = ? AND engine = ?"
                conn.execute(f"DELETE FROM search_indexes {where}", (corpus, self.engine))
                conn.executemany("INSERT INTO search_indexes VALUES (?, ?, ?, ?, ?, ?)", rows)

        self._guarded(write, None)

    def get_index(self, corpus: str, key: str) -> dict[str, tuple[str, bytes]] | None:
        """The stored search index segments of ``corpus`` if they are valid for ``key``."""
        sql = (
            "SELECT segment, head, data FROM search_indexes "
            "WHERE corpus = ? AND engine = ? AND key = ?"
        )
        args = (corpus, self.engine, key)
        none: list[tuple[str, str, bytes]] = []
        rows = self._guarded(lambda conn: conn.execute(sql, args).fetchall(), none)
        return {name: (head, data) for name, head, data in rows} or None

    def prune(self) -> int:
        """Drop rows written by older engine versions (every current engine's rows
        stay, see :func:`tui.core.engine_identity.current_keys`); return how many went."""
        from tui.core.engine_identity import current_keys

        keep = (json.dumps(sorted({self.engine, *current_keys()})),)
        other = "engine NOT IN (SELECT value FROM json_each(?))"

        def write(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                for table in ("merged_articles", "search_indexes", "merges"):
                    conn.execute(f"DELETE FROM {table} WHERE {other}", keep)
                return conn.execute(f"DELETE FROM analyses WHERE {other}", keep).rowcount

        return self._guarded(write, 0)

    def count(self) -> int:
        """Rows stored for the current engine."""
        sql = "SELECT count(*) FROM analyses WHERE engine = ?"
        return self._guarded(lambda conn: conn.execute(sql, (self.engine,)).fetchone()[0], 0)
