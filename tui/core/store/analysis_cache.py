"""The analysis cache: per-article analyses stored in SQLite, keyed by content and engine.

Analysing an article is the expensive step; its result depends only on the text, the
language and the analysis engine. So the cache key is a hash of text and language, and
each row also records the engine name and version: a changed file hashes differently
and is re-analysed, an unchanged one never is, and a new engine version simply misses.

Rows hold a compact JSON array rather than pickles so a warm load of ten thousand
analyses decodes in a fraction of a second and a cache file can never execute code.
The file is shared by every running instance (WAL, busy timeout, short write
transactions); a corrupt or foreign file is renamed aside and rebuilt, with a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from dataclasses import dataclass, fields
from itertools import chain
from pathlib import Path

from tui.core.models import Article, ArticleAnalysis, CorpusEntity, Entity, Quote
from tui.core.records import build_records, collection_paused, in_groups

CACHE_FILENAME = "analysis.sqlite"
APPLICATION_ID = 0x4E524143  # "NRAC": newsreader analysis cache
SCHEMA_VERSION = 4
BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"

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
    """The current analysis engine as ``name:version``, read from the pipeline."""
    from tui.core.analysis.engine import ENGINE_NAME, ENGINE_VERSION

    return f"{ENGINE_NAME}:{ENGINE_VERSION}"


def default_cache_path() -> Path:
    """Where the shared cache lives: the user cache dir from :mod:`tui.paths`."""
    try:
        from tui.paths import cache_dir
    except ImportError:  # the paths module may not be present in a partial checkout
        return fallback_dir("NEWSREADER_HOME", "XDG_CACHE_HOME", ".cache", "cache") / (
            CACHE_FILENAME
        )
    return Path(cache_dir()) / CACHE_FILENAME


def fallback_dir(home_var: str, xdg_var: str, default: str, sub: str) -> Path:
    """The XDG rule, for when :mod:`tui.paths` cannot be imported."""
    if os.environ.get(home_var):
        return Path(os.environ[home_var]) / sub
    base = os.environ.get(xdg_var) or str(Path.home() / default)
    return Path(base) / "newsreader"


# ---------------------------------------------------------------------------
# Encoding: per analysis, the JSON array ``[strings, entities, quotes, roles]``.
# ``entities`` and ``quotes`` are lists of field columns (empty when there are none);
# offsets are stored as numbers, every other field as an index into ``strings``, the
# article's table of distinct values; ``roles`` is the two columns role, name, as
# indexes too. The article id is not stored: a row serves every article
# with the same text. Columns and the shared table let a warm start build all records
# field by field with few new objects, several times faster than one record at a time.

_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
_NUMERIC = frozenset({"start", "end"})


def encode_analysis(analysis: ArticleAnalysis) -> str:
    """Serialise entities and quotes as compact JSON columns over a string table."""
    table: dict[object, int] = {}

    def column(records: Sequence[object], name: str) -> list:
        values = [getattr(r, name) for r in records]
        if name in _NUMERIC:
            return values
        return [table.setdefault(v, len(table)) for v in values]

    groups = [
        [column(records, name) for name in names] if records else []
        for records, names in (
            (analysis.entities, _ENTITY_FIELDS),
            (analysis.quotes, _QUOTE_FIELDS),
        )
    ]
    roles = analysis.roles
    groups.append(
        [[table.setdefault(v, len(table)) for v in side] for side in zip(*roles, strict=True)]
        if roles
        else []
    )
    data = json.dumps([list(table), *groups], ensure_ascii=False, separators=(",", ":"))
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: SQLite text must be valid UTF-8
        data = json.dumps([list(table), *groups], separators=(",", ":"))
    return data


def decode_analysis(article_id: str, data: str) -> ArticleAnalysis:
    """Rebuild an :class:`ArticleAnalysis` from :func:`encode_analysis` output."""
    return decode_many([(article_id, data)])[0]


def decode_many(items: Sequence[tuple[str, str]]) -> list[ArticleAnalysis]:
    """Decode ``(article_id, encoded)`` pairs in bulk: the warm-start hot path."""
    with collection_paused():
        parsed = [json.loads(data) for _, data in items]
        tables = [p[0] for p in parsed]
        ents = _build_all(Entity, _ENTITY_FIELDS, tables, [p[1] for p in parsed])
        quotes = _build_all(Quote, _QUOTE_FIELDS, tables, [p[2] for p in parsed])
        return [
            ArticleAnalysis(aid, e, q, _roles(p[0], p[3]) if len(p) > 3 and p[3] else ())
            for (aid, _), e, q, p in zip(items, ents, quotes, parsed, strict=True)
        ]


def _roles(table: list, columns: list[list[int]]) -> tuple[tuple[str, str], ...]:
    roles, names = columns
    return tuple(zip(map(table.__getitem__, roles), map(table.__getitem__, names), strict=True))


def _build_all(
    cls: type, names: tuple[str, ...], tables: list[list], groups: list[list[list]]
) -> list[tuple]:
    """Records of ``cls`` for each article's column group, built a column at a time
    (see :func:`tui.core.records.build_records`)."""
    sizes = [len(g[0]) if g else 0 for g in groups]
    columns = {name: _column(i, name, tables, groups) for i, name in enumerate(names)}
    return in_groups(build_records(cls, sum(sizes), columns), sizes)


def _column(i: int, name: str, tables: list[list], groups: list[list[list]]) -> Iterable[object]:
    """Field ``i`` of every article's records, streamed (offsets as they are, the other
    fields looked up in each article's string table)."""
    if name in _NUMERIC:
        return chain.from_iterable(g[i] for g in groups if g)
    return chain.from_iterable(
        map(t.__getitem__, g[i]) for t, g in zip(tables, groups, strict=True) if g
    )


class LazyAnalyses(Mapping[str, ArticleAnalysis]):
    """Analyses by article id, decoded on first access.

    A warm start of a large corpus needs every analysis to be *available* at once but
    shows only a few; decoding them all would cost seconds. Iterating over ``values()``
    or ``items()`` decodes everything in one bulk pass.
    """

    def __init__(self, encoded: dict[str, str]) -> None:
        self._encoded = encoded
        self._decoded: dict[str, ArticleAnalysis] = {}

    def __getitem__(self, article_id: str) -> ArticleAnalysis:
        found = self._decoded.get(article_id)
        if found is None:
            found = decode_analysis(article_id, self._encoded[article_id])
            self._decoded[article_id] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._encoded)

    def __len__(self) -> int:
        return len(self._encoded)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._encoded

    def decode_all(self) -> dict[str, ArticleAnalysis]:
        """Every analysis as a plain dict, decoding what is left in one bulk pass."""
        todo = [(aid, d) for aid, d in self._encoded.items() if aid not in self._decoded]
        for analysis in decode_many(todo):
            self._decoded[analysis.article_id] = analysis
        return {aid: self._decoded[aid] for aid in self._encoded}

    def values(self) -> ValuesView[ArticleAnalysis]:
        return self.decode_all().values()

    def items(self) -> ItemsView[str, ArticleAnalysis]:
        return self.decode_all().items()


def encode_corpus_entities(entities: Iterable[CorpusEntity]) -> str:
    rows = [[e.canonical, e.label, e.aliases, e.articles, e.mentions] for e in entities]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def decode_corpus_entities(data: str) -> tuple[CorpusEntity, ...]:
    return tuple(
        CorpusEntity(canonical, label, tuple(aliases), tuple(articles), mentions)
        for canonical, label, aliases, articles, mentions in json.loads(data)
    )


def corpus_fingerprint(articles: Sequence[Article], keys: Sequence[str] | None = None) -> str:
    """What a corpus-wide merge depends on: every article's id and content key."""
    if keys is None:
        keys = [article_key(a) for a in articles]
    h = hashlib.sha256()
    for aid, key in sorted(zip((a.id for a in articles), keys, strict=True)):
        h.update(f"{aid}\x00{key}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# ---------------------------------------------------------------------------
# Opening an application database safely. Shared with the reading state store.


@dataclass(frozen=True, slots=True)
class DbSpec:
    """What makes a SQLite file ours: its application id, schema version and schema."""

    application_id: int
    schema_version: int
    schema: str
    synchronous: str = "NORMAL"
    disposable: bool = False
    """A file of ours with another schema version may simply be replaced (a cache)."""


class ForeignDatabase(Exception):
    """The file is not SQLite, or is SQLite written by something else or by another schema."""


class OutdatedSchema(Exception):
    """The file is ours but from another schema version."""


def open_database(path: Path, spec: DbSpec) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating if needed) the database at ``path``; set aside a bad file and rebuild.

    Returns the connection and warnings for the user (empty when all went well).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    try:
        return _open_checked(path, spec), warnings
    except OutdatedSchema as exc:
        if not spec.disposable:
            aside = set_aside(path)
            where = f"; moved it to {aside.name}" if aside else ""
            warnings.append(f"{path.name} has an unknown layout ({exc}){where}; started afresh")
        else:
            _remove(path)
    except (ForeignDatabase, sqlite3.DatabaseError) as exc:
        if not is_corruption(exc):
            raise
        aside = set_aside(path)
        warnings.append(
            f"{path.name} was unreadable ({exc}); moved it to {aside.name} and started afresh"
            if aside
            else f"{path.name} was unreadable ({exc}); started afresh"
        )
    return _open_checked(path, spec), warnings


def is_corruption(exc: BaseException) -> bool:
    """True for a file that is not ours or is damaged; False for busy/locked/IO trouble."""
    if isinstance(exc, ForeignDatabase):
        return True
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def set_aside(path: Path) -> Path | None:
    """Rename a bad database (and its WAL files) out of the way; return the new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}-{os.getpid()}")
    moved: Path | None = None
    try:
        path.rename(target)
        moved = target
    except FileNotFoundError:  # another instance got there first
        pass
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            side.rename(target.with_name(target.name + suffix))
    return moved


def _open_checked(path: Path, spec: DbSpec) -> sqlite3.Connection:
    _check_header(path)
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # One read snapshot for all three facts: another instance may be creating the
        # file right now, and reading them apart could mix its before and after.
        app_id, version, has_tables = conn.execute(
            "SELECT (SELECT application_id FROM pragma_application_id),"
            " (SELECT user_version FROM pragma_user_version),"
            " EXISTS (SELECT 1 FROM sqlite_master)"
        ).fetchone()
        if app_id == spec.application_id and version != spec.schema_version:
            raise OutdatedSchema(f"schema version {version}, expected {spec.schema_version}")
        ours = (app_id, version) == (spec.application_id, spec.schema_version)
        if not ours and ((app_id, version) != (0, 0) or has_tables):
            raise ForeignDatabase(f"application id {app_id:#x}, schema version {version}")
        _when_free(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute(f"PRAGMA synchronous = {spec.synchronous}")
        with transaction(conn):
            # Re-check inside the write lock: another instance may have created it meanwhile.
            if _identity(conn) == (0, 0):
                conn.execute(f"PRAGMA application_id = {spec.application_id}")
                conn.execute(f"PRAGMA user_version = {spec.schema_version}")
            _run_script(conn, spec.schema)
    except BaseException:
        conn.close()
        raise
    return conn


def _when_free(statement: Callable[[], object]) -> None:
    """Run ``statement``, retrying while another connection holds the lock.

    Switching to WAL needs the file to itself, and SQLite reports that as busy at once,
    without waiting the busy timeout: two instances creating the file together would
    otherwise see "database is locked".
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            statement()
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED")
            if not (busy or "locked" in str(exc)) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    if head and head != _SQLITE_MAGIC:
        raise ForeignDatabase("not a SQLite database")


def _identity(conn: sqlite3.Connection) -> tuple[int, int]:
    return conn.execute(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT user_version FROM pragma_user_version)"
    ).fetchone()


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated statements without ``executescript``'s implicit COMMIT."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` if the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# ---------------------------------------------------------------------------

CACHE_SPEC = DbSpec(APPLICATION_ID, SCHEMA_VERSION, _CACHE_SCHEMA, disposable=True)


class AnalysisCache:
    """The shared store of per-article analyses for one engine version.

    Safe to call from several threads (one lock around the connection) and from several
    processes at once (SQLite locking). ``warnings`` collects messages for the user,
    such as a corrupt file having been set aside.
    """

    def __init__(self, path: Path | str | None = None, *, engine: str | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.engine = engine if engine is not None else default_engine()
        self._lock = threading.Lock()
        self._conn, self.warnings = open_database(self.path, CACHE_SPEC)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

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
        try:
            with self._lock:
                return dict(self._conn.execute(sql, args).fetchall())
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._recover(exc)
            return {}

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
        try:
            with self._lock, transaction(self._conn) as conn:
                conn.executemany(sql, batch)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._recover(exc)
            return 0
        return len(batch)

    def put_many(self, pairs: Iterable[tuple[Article, ArticleAnalysis]]) -> int:
        """Store analyses of articles in one transaction; return how many."""
        return self.put_raw_many((article_key(a), encode_analysis(r)) for a, r in pairs)

    def put(self, article: Article, analysis: ArticleAnalysis) -> None:
        self.put_many([(article, analysis)])

    def get_merged(
        self, corpus: str, fingerprint: str
    ) -> tuple[LazyAnalyses, tuple[CorpusEntity, ...]] | None:
        """The stored merge of ``corpus`` if it was made from exactly this content."""
        try:
            with self._lock:
                conn = self._conn
                conn.execute("BEGIN")
                try:
                    head = conn.execute(
                        "SELECT fingerprint, entities FROM merges WHERE corpus = ? AND engine = ?",
                        (corpus, self.engine),
                    ).fetchone()
                    if head is None or head[0] != fingerprint:
                        return None
                    rows = conn.execute(
                        "SELECT article_id, data FROM merged_articles "
                        "WHERE corpus = ? AND engine = ?",
                        (corpus, self.engine),
                    ).fetchall()
                finally:
                    conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._recover(exc)
            return None
        return LazyAnalyses(dict(rows)), decode_corpus_entities(head[1])

    def put_merged(
        self,
        corpus: str,
        fingerprint: str,
        articles: Mapping[str, ArticleAnalysis],
        entities: Iterable[CorpusEntity],
    ) -> None:
        """Keep the latest merge of ``corpus`` (one per corpus: older ones are replaced)."""
        rows = [(corpus, self.engine, aid, encode_analysis(a)) for aid, a in articles.items()]
        head = (corpus, self.engine, fingerprint, encode_corpus_entities(entities), time.time())
        try:
            with self._lock, transaction(self._conn) as conn:
                where = "WHERE corpus = ? AND engine = ?"
                conn.execute(f"DELETE FROM merged_articles {where}", (corpus, self.engine))
                conn.execute(f"DELETE FROM merges {where}", (corpus, self.engine))
                conn.executemany("INSERT INTO merged_articles VALUES (?, ?, ?, ?)", rows)
                conn.execute("INSERT INTO merges VALUES (?, ?, ?, ?, ?)", head)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._recover(exc)

    def put_index(self, corpus: str, key: str, segments: Mapping[str, tuple[str, bytes]]) -> None:
        """Keep the search index of ``corpus`` (one per corpus), valid for ``key``."""
        rows = [
            (corpus, self.engine, key, name, head, data) for name, (head, data) in segments.items()
        ]
        try:
            with self._lock, transaction(self._conn) as conn:
                where = "WHERE corpus = ? AND engine = ?"
                conn.execute(f"DELETE FROM search_indexes {where}", (corpus, self.engine))
                conn.executemany("INSERT INTO search_indexes VALUES (?, ?, ?, ?, ?, ?)", rows)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._recover(exc)

    def get_index(self, corpus: str, key: str) -> dict[str, tuple[str, bytes]] | None:
        """The stored search index segments of ``corpus`` if they are valid for ``key``."""
        sql = (
            "SELECT segment, head, data FROM search_indexes "
            "WHERE corpus = ? AND engine = ? AND key = ?"
        )
        try:
            with self._lock:
                rows = self._conn.execute(sql, (corpus, self.engine, key)).fetchall()
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._recover(exc)
            return None
        return {name: (head, data) for name, head, data in rows} or None

    def prune(self) -> int:
        """Drop rows written by other engine versions; return how many went."""
        with self._lock, transaction(self._conn) as conn:
            conn.execute("DELETE FROM merged_articles WHERE engine != ?", (self.engine,))
            conn.execute("DELETE FROM search_indexes WHERE engine != ?", (self.engine,))
            conn.execute("DELETE FROM merges WHERE engine != ?", (self.engine,))
            return conn.execute("DELETE FROM analyses WHERE engine != ?", (self.engine,)).rowcount

    def count(self) -> int:
        """Rows stored for the current engine."""
        with self._lock:
            sql = "SELECT count(*) FROM analyses WHERE engine = ?"
            return self._conn.execute(sql, (self.engine,)).fetchone()[0]

    def _recover(self, exc: Exception) -> None:
        """The file went bad while open: set it aside and continue with a fresh one."""
        with self._lock:
            self._conn.close()
            aside = set_aside(self.path)
            self._conn, more = open_database(self.path, CACHE_SPEC)
        where = f"; moved it to {aside.name}" if aside else ""
        self.warnings.append(f"analysis cache was unreadable ({exc}){where}; rebuilding it")
        self.warnings.extend(more)
