"""Load a corpus of articles from files and folders.

A corpus is whatever the user points at: loose ``.txt`` files, Markdown with front
matter, JSON exports or JSON Lines feeds, in nested folders. Loading never fails as a
whole: each file either becomes articles or is skipped with a reason, and everything
odd about what did load comes back as a warning, so the UI and the CLI can say exactly
what happened.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.corpus.decoding import NotText, decode_bytes
from tui.core.corpus.files import (
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN_SUFFIXES,
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    Problem,
    Stamp,
    discover,
    file_stamp,
    list_files,
    os_reason,
    read_regular,
)
from tui.core.corpus.frontmatter import split_front_matter
from tui.core.corpus.furniture import find_source, furniture_spans, is_furniture
from tui.core.corpus.jsonfeed import Record, read_feed
from tui.core.corpus.language import detect_language, normalize_language
from tui.core.models import Article, LoadReport, Span
from tui.core.text import count_words, split_sentences
from tui.core.web.sniff import web_kind

if TYPE_CHECKING:
    from tui.core.corpus.webfiles import WebFile

__all__ = [  # the file-level names other modules import from here
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Problem",
    "Stamp",
    "build_article",
    "discover",
    "file_stamp",
    "list_files",
    "load_corpus",
    "load_file",
    "load_files",
    "reload_corpus",
    "start_corpus",
    "unique_ids",
]


def load_corpus(paths: Sequence[str | Path]) -> LoadReport:
    """Load every supported file under ``paths``; ids are unique across the corpus."""
    report = LoadReport()
    files, missing = discover(paths)
    report.skipped.extend(missing)
    for path in files:
        articles, skipped, warnings = load_file(path)
        report.articles.extend(articles)
        report.skipped.extend(skipped)
        report.warnings.extend(warnings)
    report.articles = unique_ids(report.articles)
    return report


def load_files(paths: Iterable[str | Path]) -> tuple[LoadReport, dict[str, Stamp]]:
    """Load the given files (ids not yet unique) and the stamps they were read at.

    The stamp is taken before reading, so a file changed while it is read shows as
    changed at the next reload rather than never.
    """
    report = LoadReport()
    stamps: dict[str, Stamp] = {}
    for path in paths:
        stamp = file_stamp(path)
        if stamp is not None:
            stamps[str(path)] = stamp
        articles, skipped, warnings = load_file(path)
        report.articles.extend(articles)
        report.skipped.extend(skipped)
        report.warnings.extend(warnings)
    return report, stamps


def load_file(path: str | Path) -> tuple[list[Article], list[Problem], list[Problem]]:
    """Load one file: its articles, the skip reason if any, and its warnings.

    Safe to call from a worker thread; it touches nothing but the file. Article ids are
    derived from the file name only; :func:`unique_ids` makes them unique in a corpus.
    Nothing a file holds makes this raise: whatever goes wrong is the skip reason.
    """
    path = Path(path)
    try:
        return _load_file(path)
    except Exception as exc:  # a last guard: one file must never stop the others
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        return [], [(str(path), f"could not be loaded ({reason})")], []


def _load_file(path: Path) -> tuple[list[Article], list[Problem], list[Problem]]:
    where = str(path)
    try:
        data = read_regular(path)
    except OSError as exc:
        return [], [(where, os_reason(exc))], []
    kind = web_kind(path.suffix.lower(), data, name=path.name)
    if kind is not None:  # pages and feeds: the text is extracted from the raw bytes
        from tui.core.corpus.webfiles import read_web_file  # not imported for plain text

        return _load_web(path, read_web_file(path, data, kind))
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        return [], [(where, str(exc))], []
    file_warnings = [decoded.warning] if decoded.warning else []
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES | JSONL_SUFFIXES:
        return _load_json(path, decoded.text, decoded.encoding, file_warnings)
    meta: dict[str, str] = {}
    text = decoded.text
    if suffix in MARKDOWN_SUFFIXES:
        front = split_front_matter(text)
        meta, text = front.meta, front.body
        file_warnings.extend(front.warnings)
        if not text.strip():
            return [], [(where, "no text after the front matter")], []
    article = build_article(
        id=path.stem,
        path=where,
        text=text,
        meta=meta,
        encoding=decoded.encoding,
        warnings=file_warnings,
        markdown=suffix in MARKDOWN_SUFFIXES,
    )
    return [article], [], [(where, w) for w in file_warnings]


def _load_web(path: Path, web: WebFile) -> tuple[list[Article], list[Problem], list[Problem]]:
    """The articles of a saved page or a feed, read by :mod:`tui.core.corpus.webfiles`."""
    where = str(path)
    warnings = [(where, warning) for warning in web.warnings]
    if web.skipped is not None:
        return [], [(where, web.skipped)], warnings
    articles = [
        build_article(
            id=record.id,
            path=where,
            text=record.text,
            meta=record.meta,
            encoding=record.encoding,
            warnings=record.warnings,
        )
        for record in web.records
    ]
    return articles, [], warnings


def _load_json(
    path: Path, content: str, encoding: str, file_warnings: list[str]
) -> tuple[list[Article], list[Problem], list[Problem]]:
    where = str(path)
    feed = read_feed(content, lines=path.suffix.lower() in JSONL_SUFFIXES)
    warnings: list[Problem] = [(where, w) for w in [*file_warnings, *feed.warnings]]
    if feed.error is not None:
        return [], [(where, feed.error)], warnings
    own_ids = Counter(record.id for record in feed.records)
    articles = [
        build_article(
            id=_json_id(path, record, own_ids),
            path=where,
            text=record.text,
            meta=record.meta,
            encoding=encoding,
            warnings=file_warnings,
        )
        for record in feed.records
    ]
    if not articles:
        return [], [(where, "no object with a 'text' field")], warnings
    return articles, [], warnings


def _json_id(path: Path, record: Record, own_ids: Counter[str | None]) -> str:
    """The id an object names itself by, when no other object of its file shares it
    (``analyze`` output read back keeps its ids); else ``stem#n``."""
    if record.id and own_ids[record.id] == 1:
        return record.id
    return path.stem if record.index is None else f"{path.stem}#{record.index}"


def build_article(
    *,
    id: str,
    path: str,
    text: str,
    meta: dict[str, str],
    encoding: str = "utf-8",
    warnings: Sequence[str] = (),
    markdown: bool = False,
) -> Article:
    """Make an Article from its text and known metadata, inferring what is missing."""
    paragraphs = paragraph_spans(text)
    furniture = furniture_spans(text, paragraphs)
    language = meta.get("language")
    return Article(
        id=id,
        path=path,
        text=text,
        title=meta.get("title") or guess_title(text, paragraphs, markdown=markdown),
        source=meta.get("source") or find_source(text, paragraphs),
        date=meta.get("date"),
        url=meta.get("url"),
        author=meta.get("author"),
        language=normalize_language(language) if language else detect_language(text),
        word_count=count_words(text),
        paragraphs=paragraphs,
        furniture=furniture,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Spans of the non-empty lines of ``text``, trimmed of surrounding whitespace."""
    spans: list[Span] = []
    start = 0
    n = len(text)
    while start <= n:
        newline = text.find("\n", start)
        end = n if newline < 0 else newline
        line = text[start:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(start + lead, start + lead + len(stripped)))
        if newline < 0:
            break
        start = newline + 1
    return tuple(spans)


# A title longer than this is shortened at a word boundary and ends with an ellipsis.
MAX_TITLE_CHARS = 90
_MAX_HEADLINE_CHARS = 160
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def guess_title(text: str, paragraphs: tuple[Span, ...], *, markdown: bool = False) -> str:
    """Title from the text: a headline-like first line, else the first sentence, shortened."""
    lines = [text[p.start : p.end] for p in paragraphs[:8]]
    lines = [line for line in lines if _has_words(line) and not is_furniture(line)]
    if not lines:
        return "(untitled)"
    first = lines[0]
    if markdown and _MARKDOWN_HEADING.match(first):
        return _shorten(_MARKDOWN_HEADING.sub("", first).strip("# ") or "(untitled)")
    if _reads_as_headline(first):
        return _shorten(first)
    head = first[:2000]
    sentences = split_sentences(head)
    sentence = head[sentences[0].start : sentences[0].end] if sentences else head
    return _shorten(sentence.rstrip("."))


def _has_words(line: str) -> bool:
    return any(ch.isalnum() for ch in line)


def _reads_as_headline(line: str) -> bool:
    if len(line) > _MAX_HEADLINE_CHARS or len(line.split()) < 2:
        return False
    return not line.endswith((".", ",", ";", ":")) or line.endswith("...")


def _shorten(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, MAX_TITLE_CHARS)
    if cut < MAX_TITLE_CHARS // 2:
        cut = MAX_TITLE_CHARS
    return title[:cut].rstrip(" ,;:-–—") + "…"


def unique_ids(articles: Sequence[Article], *, taken: set[str] | None = None) -> list[Article]:
    """Rename articles whose id is taken, preferring ``folder/stem`` then ``stem~N``.

    ``taken`` holds the ids already given out (a corpus loaded in batches); it is
    updated with the new ones.
    """
    taken = set() if taken is None else taken
    result: list[Article] = []
    for article in articles:
        new_id = article.id
        if new_id in taken:
            parent = Path(article.path).parent.name
            new_id = f"{parent}/{article.id}" if parent else article.id
            n = 2
            while new_id in taken:
                new_id = f"{article.id}~{n}"
                n += 1
            article = replace(article, id=new_id)
        taken.add(new_id)
        result.append(article)
    return result


def reload_corpus(
    roots: Sequence[str | Path], articles: Sequence[Article], stamps: dict[str, Stamp]
) -> tuple[LoadReport, dict[str, Stamp], int]:
    """Load ``roots`` again, reading only the files that are new or changed.

    ``articles`` and ``stamps`` are the current corpus and the stamps its files were
    read at (skipped files included, so they are not retried while unchanged).
    Returns the new corpus (ids unique, unchanged articles reused as they are), the
    new stamps, and how many files were added, changed or removed: 0 means the
    corpus is as it was.
    """
    files, missing = discover(roots)
    by_path: dict[str, list[Article]] = {}
    for article in articles:
        by_path.setdefault(article.path, []).append(article)
    report = LoadReport(skipped=list(missing))
    new_stamps: dict[str, Stamp] = {}
    changed = 0
    for path in files:
        where = str(path)
        stamp = file_stamp(path)
        if stamp is not None and stamps.get(where) == stamp:
            report.articles.extend(by_path.get(where, ()))
            new_stamps[where] = stamp
            continue
        changed += 1
        if stamp is not None:
            new_stamps[where] = stamp
        loaded, skipped, warnings = load_file(path)
        report.articles.extend(loaded)
        report.skipped.extend(skipped)
        report.warnings.extend(warnings)
    changed += len(set(stamps) - set(new_stamps))
    report.articles = unique_ids(report.articles)
    return report, new_stamps, changed


def start_corpus(
    paths: Sequence[str | Path], *, first: int = 24
) -> tuple[LoadReport, dict[str, Stamp], list[Path]]:
    """Discover ``paths`` and load only the first files: enough to show a screen.

    Files are loaded until ``first`` articles are in (or none is left); the rest
    come back unread, for a background load. A corpus of ten thousand files thus
    opens in the time it takes to list its folders.
    """
    files, missing = discover(paths)
    report = LoadReport(skipped=list(missing))
    stamps: dict[str, Stamp] = {}
    position = 0
    while position < len(files) and len(report.articles) < first:
        batch = files[position : position + max(1, first - len(report.articles))]
        position += len(batch)
        loaded, batch_stamps = load_files(batch)
        report.articles.extend(loaded.articles)
        report.skipped.extend(loaded.skipped)
        report.warnings.extend(loaded.warnings)
        stamps.update(batch_stamps)
    report.articles = unique_ids(report.articles)
    return report, stamps, files[position:]
