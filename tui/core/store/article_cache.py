"""Loaded articles cached per file, so reopening a big corpus skips reading it again.

Loading ten thousand files (decoding, language detection, titles, word counts) takes
seconds; reading the same articles back from one SQLite file takes a fraction of
that. Each file has a row keyed by its path, valid only for the ``(mtime_ns, size)``
stamp it was read at and the loader version that read it: a changed file or a new
loader simply misses. Its articles are rows of fixed columns (the text as TEXT,
paragraph and furniture spans packed as 32-bit integers, the analysis cache's
content key), so the stored corpus merge can be looked up without hashing the texts
again. A warm start reads the rows packed by SQLite into a few large JSON arrays:
row-by-row fetching hands the GIL over at each row and crawls while UI threads run.
Nothing is pickled.
The file sits in the user cache dir beside the analysis cache and is opened the same
safe way (WAL, a damaged file set aside, one that cannot be used done without: see
:mod:`tui.core.store.database`). A file whose name or fields SQLite cannot hold as
text (an undecodable byte in its name) is not kept here, only in the snapshot.
"""

from __future__ import annotations

import json
import sqlite3
import time
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.core.corpus.files import Stamp
from tui.core.models import Article, LoadReport, Span
from tui.core.store.analysis_cache import article_key
from tui.core.store.database import DbSpec, Store, transaction
from tui.core.store.snapshot import (
    SNAPSHOT_SCHEMA,
    FileList,
    Snapshot,
    SnapshotHead,
    add_notes,
    decode_snapshot,
    encode_files,
    encode_notes,
    encode_snapshot,
    spans_from_offsets,
)

FILENAME = "articles.sqlite"
APPLICATION_ID = 0x4E52414C  # "NRAL": newsreader article cache
SCHEMA_VERSION = 4
LOADER_VERSION = "2"
"""Bump when the loader would read the same file differently."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    loader TEXT NOT NULL,
    notes TEXT,
    created REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles (
    path TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT,
    date TEXT,
    url TEXT,
    author TEXT,
    language TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    paragraphs BLOB NOT NULL,
    furniture BLOB NOT NULL,
    encoding TEXT NOT NULL,
    warnings TEXT,
    key TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_by_path ON articles (path, seq);
"""
SPEC = DbSpec(APPLICATION_ID, SCHEMA_VERSION, _SCHEMA + ";" + SNAPSHOT_SCHEMA, disposable=True)

_FILES = """
SELECT json_group_array(json_array(path, mtime_ns, size, notes)) FROM files
WHERE loader = ? AND path IN (SELECT value FROM json_each(?))
"""
_ARTICLES = """
SELECT json_group_array(json_array(
    path, seq, id, title, source, date, url, author, language, word_count,
    hex(paragraphs), hex(furniture), encoding, warnings, key, length(text))),
    group_concat(text, '')
FROM articles WHERE path IN (SELECT value FROM json_each(?))
"""
FILES_PER_BLOCK = 1500
"""Files whose articles come back packed in one fetched row."""
_SPAN_CODE = "i"
_NO_SPANS = b""


def default_path() -> Path:
    from tui.paths import cache_dir

    return Path(cache_dir()) / FILENAME


def pack_spans(spans: Sequence[Span]) -> bytes:
    """Spans as native 32-bit integers ``start, end, start, end…``."""
    if not spans:
        return _NO_SPANS
    return array(_SPAN_CODE, [n for s in spans for n in (s.start, s.end)]).tobytes()


def unpack_spans(data: bytes) -> tuple[Span, ...]:
    """Spans back from :func:`pack_spans`."""
    if not data:
        return ()
    flat = array(_SPAN_CODE)
    flat.frombytes(data)
    return spans_from_offsets(flat)


def _article_row(path: str, seq: int, a: Article) -> tuple:
    warnings = json.dumps(list(a.warnings), ensure_ascii=False) if a.warnings else None
    return (
        path, seq, a.id, a.text, a.title, a.source, a.date, a.url, a.author, a.language,
        a.word_count, pack_spans(a.paragraphs), pack_spans(a.furniture), a.encoding, warnings,
        article_key(a),
    )  # fmt: skip


class ArticleCache(Store):
    """Files already loaded, by path and stamp; thread-safe, shared by instances.

    Only a speed-up: a damaged file is set aside and rebuilt, and one that cannot be
    used makes every method answer as if it were empty (see :class:`Store`).
    """

    label = "article cache"

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__(Path(path) if path is not None else default_path(), SPEC)

    def __enter__(self) -> ArticleCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_many(
        self, stamps: dict[str, Stamp], keys: dict[str, list[str]] | None = None
    ) -> dict[str, LoadReport]:
        """The cached loads of the files whose stamp still matches, by path.

        ``keys``, when given, receives each found file's content keys (see
        :func:`tui.core.store.analysis_cache.article_key`), one per article in order.
        """
        if not stamps:
            return {}
        nothing: tuple[list, list] = ([], [])
        files, blocks = self._guarded(lambda conn: _read_files(conn, stamps), nothing)
        rows = []
        for meta, texts in blocks:
            position = 0
            for row in json.loads(meta or "[]"):
                end = position + row[15]
                row[15] = texts[position:end]
                position = end
                rows.append(row)
        rows.sort(key=_path_seq)
        notes = {f[0]: f[3] for f in files}
        found: dict[str, LoadReport] = {}
        for path, note in notes.items():
            report = found[path] = LoadReport()
            add_notes(report, note)
            if keys is not None:
                keys[path] = []
        for row in rows:
            path = row[0]
            found[path].articles.append(
                Article(
                    row[2], path, row[15], row[3], row[4], row[5], row[6], row[7], row[8],
                    row[9], unpack_spans(bytes.fromhex(row[10])),
                    unpack_spans(bytes.fromhex(row[11])), row[12],
                    tuple(json.loads(row[13])) if row[13] else (),
                )
            )  # fmt: skip
            if keys is not None:
                keys[path].append(row[14])
        return found

    def put_many(self, entries: Iterable[tuple[str, Stamp, LoadReport]]) -> None:
        """Remember how files were loaded (replacing older entries of the same paths).

        A file SQLite cannot hold as text (a lone surrogate in its name or fields) is
        left out: it is simply read again next time.
        """
        now = time.time()
        per_file = [
            (
                (path, stamp[0], stamp[1], LOADER_VERSION, encode_notes(report), now),
                [_article_row(path, seq, a) for seq, a in enumerate(report.articles)],
            )
            for path, stamp, report in entries
        ]
        try:
            self._write_files(per_file)
        except UnicodeEncodeError:
            self._write_files([entry for entry in per_file if _storable(entry)])

    def _write_files(self, per_file: list[tuple[tuple, list[tuple]]]) -> None:
        if not per_file:
            return
        files = [file for file, _ in per_file]
        articles = [row for _, rows in per_file for row in rows]

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.executemany("DELETE FROM articles WHERE path = ?", [(f[0],) for f in files])
                conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", files)
                conn.executemany(f"INSERT INTO articles VALUES ({', '.join('?' * 16)})", articles)

        self._guarded(write, None)

    # -- whole corpora (see tui.core.store.snapshot) -------------------------------------

    def put_snapshot(self, corpus: str, files: FileList, report: LoadReport) -> None:
        """Keep ``report`` as the corpus ``corpus`` loaded from ``files`` (path, stamp)."""
        snap = encode_snapshot(files, report)
        row = (
            corpus, LOADER_VERSION, snap.files, snap.fingerprint, snap.articles, snap.spans,
            snap.notes, snap.texts, time.time(),
        )  # fmt: skip

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute("DELETE FROM snapshots WHERE corpus = ?", (corpus,))
                conn.execute("INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)

        self._guarded(write, None)

    def snapshot_head(self, corpus: str) -> SnapshotHead | None:
        """What the snapshot of ``corpus`` was made from, without reading its articles."""
        sql = "SELECT files, fingerprint FROM snapshots WHERE corpus = ? AND loader = ?"
        args = (corpus, LOADER_VERSION)
        found = self._guarded(lambda conn: conn.execute(sql, args).fetchone(), None)
        return SnapshotHead(corpus, *found) if found is not None else None

    def snapshot_body(self, head: SnapshotHead) -> Snapshot | None:
        """The corpus of ``head``; ``None`` if the snapshot was replaced meanwhile.

        The texts are read as one blob (no row copy, no text conversion in SQLite).
        """
        sql = (
            "SELECT rowid, articles, spans, notes FROM snapshots "
            "WHERE corpus = ? AND loader = ? AND fingerprint = ? AND files = ?"
        )
        args = (head.corpus, LOADER_VERSION, head.fingerprint, head.files)

        def read(conn: sqlite3.Connection) -> tuple[str, bytes, str | None, bytes] | None:
            conn.execute("BEGIN")  # the row and its blob from one snapshot of the file
            try:
                found = conn.execute(sql, args).fetchone()
                if found is None:
                    return None
                with conn.blobopen("snapshots", "texts", found[0], readonly=True) as blob:
                    return found[1], found[2], found[3], blob.read()
            finally:
                conn.execute("COMMIT")

        found = self._guarded(read, None)
        if found is None:
            return None
        return decode_snapshot(*found, head.fingerprint)

    def get_snapshot(self, corpus: str, files: FileList) -> Snapshot | None:
        """The corpus as last kept, if it was loaded from exactly these files and stamps."""
        head = self.snapshot_head(corpus)
        if head is None or head.files != encode_files(files):
            return None
        return self.snapshot_body(head)


def _read_files(conn: sqlite3.Connection, stamps: dict[str, Stamp]) -> tuple[list, list]:
    """The current files among ``stamps`` and their articles, packed in blocks."""
    (head,) = conn.execute(_FILES, (LOADER_VERSION, json.dumps(list(stamps)))).fetchone()
    files = [f for f in json.loads(head or "[]") if stamps.get(f[0]) == (f[1], f[2])]
    blocks = [
        conn.execute(
            _ARTICLES, (json.dumps([f[0] for f in files[i : i + FILES_PER_BLOCK]]),)
        ).fetchone()
        for i in range(0, len(files), FILES_PER_BLOCK)
    ]
    return files, blocks


def _storable(entry: tuple[tuple, list[tuple]]) -> bool:
    """Whether every string of a file's rows is valid UTF-8 (no lone surrogate)."""
    file, rows = entry
    try:
        for value in (*file, *(v for row in rows for v in row)):
            if isinstance(value, str):
                value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _path_seq(row: list) -> tuple[str, int]:
    return row[0], row[1]


def split_by_file(report: LoadReport, paths: Iterable[str]) -> dict[str, LoadReport]:
    """A batch's load, per file (articles, skips and warnings carry their path)."""
    per: dict[str, LoadReport] = {p: LoadReport() for p in paths}
    for article in report.articles:
        per.setdefault(article.path, LoadReport()).articles.append(article)
    for path, reason in report.skipped:
        per.setdefault(path, LoadReport()).skipped.append((path, reason))
    for path, message in report.warnings:
        per.setdefault(path, LoadReport()).warnings.append((path, message))
    return per
