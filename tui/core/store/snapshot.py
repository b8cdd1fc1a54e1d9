"""A whole loaded corpus kept as one row, so reopening it unchanged is one read.

The article cache keeps files one by one, so any corpus can reuse them; reading ten
thousand of them back still costs half a second of queries and object building. A
snapshot keeps a corpus as it was last shown: its files with their stamps, every
article's fields in one JSON array and all texts in one string, plus each article's
analysis key and the corpus fingerprint, so the stored corpus merge can be looked up
without hashing any text. It is valid only while the same files keep the same
stamps; then a warm start reads two values instead of ten thousand rows.

The table lives in the article cache's database (see :mod:`tui.core.store.article_cache`);
this module encodes and decodes its rows.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain

from tui.core.corpus.files import Stamp
from tui.core.models import Article, DeferredText, LoadReport, Span
from tui.core.records import build_records, in_groups
from tui.core.store.analysis_cache import article_key, corpus_fingerprint
from tui.core.store.database import json_safe

SNAPSHOT_SCHEMA = """
CREATE TABLE IF NOT EXISTS snapshots (
    corpus TEXT PRIMARY KEY,
    loader TEXT NOT NULL,
    files TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    articles TEXT NOT NULL,
    spans BLOB NOT NULL,
    notes TEXT,
    texts BLOB NOT NULL,
    created REAL NOT NULL
)
"""
"""One row per corpus; a rowid table, as its values run to megabytes. ``articles`` is
JSON (one row of fields per article), ``spans`` every paragraph and furniture offset
as packed 32-bit integers, ``texts`` every text in UTF-8, end to end: numbers and
bytes in bulk read back several times faster than the same in JSON."""

FileList = Sequence[tuple[str, Stamp]]
_OFFSET_CODE = "i"
"""Offsets are packed as native 32-bit integers (texts are far below 2 GB)."""


@dataclass(slots=True)
class Snapshot:
    """A corpus read back whole: the load, each article's analysis key, the fingerprint."""

    report: LoadReport
    keys: list[str]
    fingerprint: str


@dataclass(frozen=True, slots=True)
class SnapshotHead:
    """What a stored snapshot was made from: its files (see :func:`encode_files`) and the
    corpus fingerprint, which finds the stored merge before the articles are read."""

    corpus: str
    files: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class EncodedSnapshot:
    """A snapshot's column values, ready to store."""

    files: str
    fingerprint: str
    articles: str
    spans: bytes
    notes: str | None
    texts: bytes


def encode_files(files: FileList) -> str:
    """The corpus's files and stamps in a canonical form: sorted, compact JSON.

    A snapshot is valid when this string equals the one stored, so discovery order
    and dict order never matter. A name with an undecodable byte is escaped (see
    :func:`json_safe`) the same way every time.
    """
    rows = sorted([path, stamp[0], stamp[1]] for path, stamp in files)
    return json_safe(json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


def encode_snapshot(files: FileList, report: LoadReport) -> EncodedSnapshot:
    """Everything :func:`decode_snapshot` needs to rebuild ``report`` as it was."""
    articles = report.articles
    keys = [article_key(a) for a in articles]
    texts = [a.text.encode("utf-8", "surrogatepass") for a in articles]
    paths: dict[str, int] = {}
    rows = [
        [
            a.id, paths.setdefault(a.path, len(paths)), a.title, a.source, a.date, a.url,
            a.author, a.language, a.word_count, len(a.paragraphs), len(a.furniture),
            a.encoding, list(a.warnings), key, len(text),
        ]
        for a, key, text in zip(articles, keys, texts, strict=True)
    ]  # fmt: skip
    offsets = array(_OFFSET_CODE)
    for a in articles:
        for span in (*a.paragraphs, *a.furniture):
            offsets.append(span.start)
            offsets.append(span.end)
    return EncodedSnapshot(
        files=encode_files(files),
        fingerprint=corpus_fingerprint(articles, keys),
        articles=json_safe(
            json.dumps([list(paths), rows], ensure_ascii=False, separators=(",", ":"))
        ),
        spans=offsets.tobytes(),
        notes=encode_notes(report),
        texts=b"".join(texts),
    )


def encode_notes(report: LoadReport) -> str | None:
    """A load's skipped files and warnings as JSON (``None`` when there are none)."""
    if not (report.skipped or report.warnings):
        return None
    return json_safe(json.dumps([report.skipped, report.warnings], ensure_ascii=False))


def add_notes(report: LoadReport, notes: str | None) -> None:
    """Put back into ``report`` the skipped files and warnings :func:`encode_notes` kept."""
    if notes:
        skipped, warnings = json.loads(notes)
        report.skipped.extend(tuple(p) for p in skipped)
        report.warnings.extend(tuple(p) for p in warnings)


def decode_snapshot(
    articles: str, spans: bytes, notes: str | None, texts: bytes | memoryview, fingerprint: str
) -> Snapshot:
    """The corpus stored by :func:`encode_snapshot`.

    This is the warm start's hot path, so records are built a field at a time over
    all articles (see :func:`build_records`) rather than one constructor call each,
    and each text stays bytes until it is first read (see :class:`DeferredText`).
    """
    paths, rows = json.loads(articles)
    report = LoadReport()
    add_notes(report, notes)
    ends = list(accumulate(row[14] for row in rows))
    starts = [0, *ends[:-1]]
    view = memoryview(texts)
    paragraphs, furniture = _spans_per_article(spans, rows)
    columns = {
        "id": [row[0] for row in rows],
        "path": list(map(paths.__getitem__, [row[1] for row in rows])),
        "text": list(map(DeferredText, map(view.__getitem__, map(slice, starts, ends)))),
        "paragraphs": paragraphs,
        "furniture": furniture,
        "warnings": list(map(tuple, [row[12] for row in rows])),
    }
    for name, i in _PLAIN_COLUMNS:
        columns[name] = [row[i] for row in rows]
    report.articles = build_records(Article, len(rows), columns)
    return Snapshot(report, [row[13] for row in rows], fingerprint)


def _spans_per_article(
    packed: bytes, rows: list[list]
) -> tuple[list[tuple[Span, ...]], list[tuple[Span, ...]]]:
    """Each article's paragraph and furniture spans, all built in one pass."""
    flat = array(_OFFSET_CODE)
    flat.frombytes(packed)
    spans = build_records(Span, len(flat) // 2, {"start": flat[0::2], "end": flat[1::2]})
    groups = in_groups(spans, chain.from_iterable((row[9], row[10]) for row in rows))
    return groups[0::2], groups[1::2]


_PLAIN_COLUMNS = (
    ("title", 2), ("source", 3), ("date", 4), ("url", 5), ("author", 6), ("language", 7),
    ("word_count", 8), ("encoding", 11),
)  # fmt: skip
"""Article fields stored as they are, and their place in a snapshot row."""


def spans_from_offsets(flat: Sequence[int]) -> tuple[Span, ...]:
    """Spans from ``start, end, start, end…`` offsets."""
    if not flat:
        return ()
    return tuple(build_records(Span, len(flat) // 2, {"start": flat[0::2], "end": flat[1::2]}))
