"""Tell which kind of web file some bytes are: a page, a feed or a subscription list.

The suffix decides when it says (``.html``, ``.rss``…); ``.xml`` and files of unknown
type are recognised from their first element, so a feed saved as ``feed.php`` or
``index.xml`` opens as a feed and a sitemap is not mistaken for one.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["page", "archive", "feed", "opml", "list"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
ARCHIVE_SUFFIXES = frozenset({".mhtml", ".mht"})
"""Pages saved as one MIME file (:mod:`tui.core.web.archive`)."""
OPML_SUFFIXES = frozenset({".opml"})
FEED_LIST_NAME = "feeds.txt"
"""A plain list of feed addresses, one per line, that a folder may hold."""
READ_SUFFIXES = HTML_SUFFIXES | ARCHIVE_SUFFIXES | FEED_SUFFIXES
"""The web suffixes read inside folders (an OPML list is read by ``fetch``, not as articles)."""

_HEAD = 4096
_SKIP = re.compile(rb"\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*", re.DOTALL)
_FIRST = re.compile(rb"<(?:!doctype\s+(\w+)|([\w:.-]+))", re.IGNORECASE)
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf", b"channel"}


def web_kind(suffix: str, data: bytes, *, name: str = "") -> Kind | None:
    """The kind of web file ``data`` is, given its file name's ``suffix`` (lower case).

    ``None`` means "not a web file": the text loaders take it. A ``.xml`` file whose
    root is neither a feed nor OPML is still called a feed, so the reason it is
    skipped names what was expected. A ``feeds.txt`` is a "list" of feeds (``name`` is
    the file name), not an article.
    """
    if name.lower() == FEED_LIST_NAME:
        return "list"
    if suffix in HTML_SUFFIXES:
        return "page"
    if suffix in ARCHIVE_SUFFIXES:
        return "archive"
    if suffix in OPML_SUFFIXES:
        return "opml"
    if suffix in {".rss", ".atom"}:
        return "feed"
    sniffed = sniff(data)
    if suffix == ".xml":
        return sniffed or "feed"
    if suffix in {".txt", ".text", ".md", ".markdown", ".json", ".jsonl", ".ndjson"}:
        return None
    return sniffed


def sniff(data: bytes) -> Kind | None:
    """The kind named by the first element of ``data``, or ``None``."""
    head = data[:_HEAD].lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    start = _SKIP.match(head)
    match = _FIRST.match(head, start.end() if start else 0)
    if match is None:
        return None
    name = (match.group(1) or match.group(2) or b"").lower()
    if name == b"html":
        return "page"
    if name in _FEED_ROOTS:
        return "feed"
    if name == b"opml":
        return "opml"
    return None
