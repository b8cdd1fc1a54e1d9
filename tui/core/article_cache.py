"""Loaded articles cached per file, so reopening a big corpus skips reading it again.

Loading ten thousand files (decoding, language detection, titles, word counts) takes
seconds; reading the same articles back from one SQLite file takes a fraction of
that. Each row is one file, keyed by its path and valid only for the ``(mtime_ns,
size)`` stamp it was read at and the loader version that read it: a changed file or
a new loader simply misses. Rows hold JSON, never pickles. The file sits in the user
cache dir beside the analysis cache and is opened the same safe way (WAL, a corrupt
or foreign file set aside).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.core.cache import DbSpec, open_database, transaction
from tui.core.corpus import Stamp
from tui.core.models import Article, LoadReport, Span

FILENAME = "articles.sqlite"
APPLICATION_ID = 0x4E52414C  # "NRAL": newsreader article cache
SCHEMA_VERSION = 1
LOADER_VERSION = "1"
"""Bump when the loader would read the same file differently."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    loader TEXT NOT NULL,
    data TEXT NOT NULL,
    created REAL NOT NULL
) WITHOUT ROWID;
"""
SPEC = DbSpec(APPLICATION_ID, SCHEMA_VERSION, _SCHEMA, disposable=True)
_QUERY_BATCH = 500


def default_path() -> Path:
    from tui.paths import cache_dir

    return Path(cache_dir()) / FILENAME


def _flat(spans: Sequence[Span]) -> list[int]:
    return [n for s in spans for n in (s.start, s.end)]


def _spans(flat: Sequence[int]) -> tuple[Span, ...]:
    return tuple(Span(flat[i], flat[i + 1]) for i in range(0, len(flat), 2))


def encode_file(report: LoadReport) -> str:
    """One file's load (its articles, skip reason, warnings) as JSON."""
    articles = [
        [
            a.id,
            a.path,
            a.text,
            a.title,
            a.source,
            a.date,
            a.url,
            a.author,
            a.language,
            a.word_count,
            _flat(a.paragraphs),
            _flat(a.furniture),
            a.encoding,
            list(a.warnings),
        ]
        for a in report.articles
    ]
    return json.dumps(
        [articles, report.skipped, report.warnings], ensure_ascii=False, separators=(",", ":")
    )


def decode_file(data: str) -> LoadReport:
    articles, skipped, warnings = json.loads(data)
    return LoadReport(
        articles=[
            Article(
                id=r[0],
                path=r[1],
                text=r[2],
                title=r[3],
                source=r[4],
                date=r[5],
                url=r[6],
                author=r[7],
                language=r[8],
                word_count=r[9],
                paragraphs=_spans(r[10]),
                furniture=_spans(r[11]),
                encoding=r[12],
                warnings=tuple(r[13]),
            )
            for r in articles
        ],
        skipped=[tuple(p) for p in skipped],  # type: ignore[misc]
        warnings=[tuple(p) for p in warnings],  # type: ignore[misc]
    )


class ArticleCache:
    """Files already loaded, by path and stamp; thread-safe, shared by instances."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._lock = threading.Lock()
        self._conn, self.warnings = open_database(self.path, SPEC)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ArticleCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_many(self, stamps: dict[str, Stamp]) -> dict[str, LoadReport]:
        """The cached loads of the files whose stamp still matches, by path."""
        found: dict[str, LoadReport] = {}
        paths = list(stamps)
        with self._lock:
            for i in range(0, len(paths), _QUERY_BATCH):
                chunk = paths[i : i + _QUERY_BATCH]
                rows = self._conn.execute(
                    "SELECT path, mtime_ns, size, data FROM files WHERE loader = ? AND path IN "
                    f"({','.join('?' * len(chunk))})",
                    (LOADER_VERSION, *chunk),
                ).fetchall()
                for path, mtime_ns, size, data in rows:
                    if stamps.get(path) == (mtime_ns, size):
                        found[path] = decode_file(data)
        return found

    def put_many(self, entries: Iterable[tuple[str, Stamp, LoadReport]]) -> None:
        """Remember how files were loaded (replacing older entries of the same paths)."""
        now = time.time()
        rows = [
            (path, stamp[0], stamp[1], LOADER_VERSION, encode_file(report), now)
            for path, stamp, report in entries
        ]
        if not rows:
            return
        with self._lock, transaction(self._conn) as conn:
            conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", rows)


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
