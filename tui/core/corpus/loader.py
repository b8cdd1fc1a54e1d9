"""Load a corpus of articles from files and folders.

A corpus is whatever the user points at: loose ``.txt`` files, Markdown with front
matter, JSON exports or JSON Lines feeds, in nested folders. Loading never fails as a
whole: each file either becomes articles or is skipped with a reason, and everything
odd about what did load comes back as a warning, so the UI and the CLI can say exactly
what happened.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from tui.core.corpus.decoding import NotText, decode_bytes
from tui.core.corpus.frontmatter import clean_meta, split_front_matter
from tui.core.corpus.furniture import find_source, furniture_spans, is_furniture
from tui.core.corpus.language import detect_language, normalize_language
from tui.core.models import Article, LoadReport, Span
from tui.core.text import count_words, split_sentences

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# Files beyond this size are refused: they are dumps, not articles, and would stall the UI.
MAX_FILE_BYTES = 256 * 1024 * 1024

Problem = tuple[str, str]
"""A ``(path, message)`` pair: why a file was skipped, or what is odd about it."""


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


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders into the files to load, in a deterministic order.

    Folders are walked recursively in name order; hidden files and folders are left
    out, as are files of unsupported types inside folders (a file named explicitly is
    always tried). Returns the files and the paths that could not be used.
    """
    files, problems = list_files(paths)
    return list(map(Path, files)), problems


def list_files(paths: Iterable[str | Path]) -> tuple[list[str], list[Problem]]:
    """:func:`discover` with plain strings: a path object per file costs more than the walk."""
    files: list[str] = []
    problems: list[Problem] = []
    seen: set = set()  # resolved folders (Path) and files (str)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, seen, problems))
        elif path.exists():
            _add_unique(path, files, seen)
        else:
            problems.append((str(path), "no such file or directory"))
    return files, problems


def _walk(folder: Path, seen: set, problems: list[Problem]) -> Iterator[str]:
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append((str(folder), _os_reason(exc)))
        return
    base = os.path.join(str(real), "")
    for entry in entries:
        name = entry.name
        if name[0] == ".":  # hidden
            continue
        dot = name.rfind(".")
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path), seen, problems)
        elif dot > 0 and name[dot:].lower() in SUPPORTED_SUFFIXES:
            # Resolving every file is slow on big folders; only links need it.
            target = base + name
            if entry.is_symlink():
                target = str(Path(entry.path).resolve())
            if target not in seen:
                seen.add(target)
                yield entry.path


def _add_unique(path: Path, files: list[str], seen: set) -> None:
    real = str(path.resolve())
    if real not in seen:
        seen.add(real)
        files.append(str(path))


Stamp = tuple[int, int]
"""A file's ``(mtime_ns, size)``: a reload re-reads a file only when this changed."""


def file_stamp(path: str | Path) -> Stamp | None:
    """The stamp of ``path``, or ``None`` when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


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
    """
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], [(where, f"too large ({size // (1024 * 1024)} MB)")], []
        data = path.read_bytes()
    except OSError as exc:
        return [], [(where, _os_reason(exc))], []
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


def _load_json(
    path: Path, content: str, encoding: str, file_warnings: list[str]
) -> tuple[list[Article], list[Problem], list[Problem]]:
    where = str(path)
    warnings: list[Problem] = [(where, w) for w in file_warnings]
    records: list[tuple[int | None, object]]
    if path.suffix.lower() in JSONL_SUFFIXES:
        records = []
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except ValueError as exc:
                # Not always a JSONDecodeError: an over-long integer raises a plain ValueError.
                reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                warnings.append((where, f"line {number}: invalid JSON ({reason})"))
        label = "line"
    else:
        try:
            data = json.loads(content)
        except ValueError as exc:
            return [], [(where, f"invalid JSON: {exc}")], warnings
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]  # our own `analyze` output loads back
        records = list(enumerate(data, start=1)) if isinstance(data, list) else [(None, data)]
        label = "item"
    articles: list[Article] = []
    for index, record in records:
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            what = f"{label} {index}" if index is not None else "the object"
            warnings.append((where, f"{what} skipped: no 'text' string"))
            continue
        meta = clean_meta(record) if isinstance(record, dict) else {}
        if "source" not in meta and isinstance(record, dict) and record.get("outlet"):
            meta["source"] = str(record["outlet"]).strip()
        meta = {key: _without_lone_surrogates(value) for key, value in meta.items()}
        articles.append(
            build_article(
                id=path.stem if index is None else f"{path.stem}#{index}",
                path=where,
                text=_without_lone_surrogates(text),
                meta=meta,
                encoding=encoding,
                warnings=file_warnings,
            )
        )
    if not articles:
        return [], [(where, "no object with a 'text' field")], warnings
    return articles, [], warnings


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> str:
    """JSON can encode half of a surrogate pair; it cannot be printed or encoded."""
    return _SURROGATE.sub("\ufffd", text)


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


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror.lower() if exc.strerror else str(exc)


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
