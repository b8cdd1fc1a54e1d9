"""Read web files for the corpus: a saved page gives one article, a feed one per item.

The loader hands over the raw bytes of any file :func:`~tui.core.web.sniff.web_kind`
recognises and builds the articles from what comes back. The text kept for an article
is what was extracted, so its offsets index that text (the file on disk is never
touched) and the article cache keeps it: a folder of saved pages opens as fast as text
files the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.core.corpus.decoding import NotText, decode_bytes
from tui.core.web.archive import archived_page
from tui.core.web.feeds import SUMMARY_ONLY, parse_feed
from tui.core.web.opml import read_feed_list, read_opml
from tui.core.web.pages import NotArticle, Page, extract_page
from tui.core.web.sniff import Kind


@dataclass(frozen=True, slots=True)
class WebRecord:
    """One article of a web file: its id, extracted text, metadata and warnings."""

    id: str
    text: str
    meta: dict[str, str]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class WebFile:
    """What a web file holds: its articles, why it is skipped, and file-level warnings."""

    records: list[WebRecord] = field(default_factory=list)
    skipped: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_web_file(path: Path, data: bytes, kind: Kind) -> WebFile:
    """The articles of the page, feed or list ``data`` read from ``path``."""
    if kind in ("opml", "list"):
        return WebFile(skipped=_list_reason(path, data, kind))
    if kind in ("page", "archive"):
        try:
            page = _page(data, kind)
        except NotArticle as exc:
            return WebFile(skipped=str(exc))
        record = WebRecord(path.stem, page.text, page.meta(), page.encoding, page.warnings)
        return WebFile([record], warnings=list(page.warnings))
    return _read_feed(path, data)


def _page(data: bytes, kind: Kind) -> Page:
    """The article of a saved page, or of the page inside a web archive."""
    if kind == "archive":
        inner = archived_page(data)
        return extract_page(inner.html, url=inner.url, charset=inner.charset, decode=decode_any)
    return extract_page(data, decode=decode_any)


def decode_any(data: bytes) -> tuple[str, str, str | None]:
    """Decode a page that declares no charset as any corpus file is decoded."""
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding, decoded.warning


def _list_reason(path: Path, data: bytes, kind: Kind) -> str:
    if kind == "opml":
        listed = read_opml(data)
    else:
        try:
            listed = read_feed_list(decode_bytes(data).text)
        except NotText as exc:
            return str(exc)
    if listed.error:
        return f"a subscription list, unreadable: {listed.error}"
    count = len(listed.feeds)
    return (
        f"a subscription list of {count} feed{'s' if count != 1 else ''}, not articles "
        f"(newsreader fetch {path.name} fetches them)"
    )


def _read_feed(path: Path, data: bytes) -> WebFile:
    feed = parse_feed(data)
    result = WebFile(skipped=feed.error, warnings=list(feed.warnings))
    if feed.error is not None:
        return result
    result.records = [
        WebRecord(
            f"{path.stem}#{item.index}",
            item.text,
            item.meta,
            warnings=(SUMMARY_ONLY,) if item.summary_only else (),
        )
        for item in feed.items
    ]
    short = sum(item.summary_only for item in feed.items)
    if short:
        result.warnings.append(
            f"{short} of {len(feed.items)} items give only a summary, not the full "
            "article (newsreader fetch gets the full text)"
        )
    return result
