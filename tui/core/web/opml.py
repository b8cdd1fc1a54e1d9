"""Subscription lists: the OPML a feed reader exports, or a plain ``feeds.txt``.

A list holds no article of its own; ``newsreader fetch`` reads it to know which feeds
to fetch, and so does the reader's "fetch the feeds of this folder" command. listparser
reads OPML (nested folders included); a ``feeds.txt`` is one URL per line, with ``#``
comments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.core.web.feeds import ENTITIES_REFUSED, declares_entities
from tui.core.web.sniff import FEED_LIST_NAME

FEED_LIST_NAMES = (FEED_LIST_NAME,)
"""Plain-text feed lists a folder may hold, besides ``*.opml`` files."""


@dataclass(frozen=True, slots=True)
class FeedRef:
    """A feed a list names: its URL and the title the list gives it."""

    url: str
    title: str | None = None


@dataclass(slots=True)
class FeedList:
    """The feeds of a list, why it could not be read, and warnings."""

    feeds: list[FeedRef] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_opml(data: bytes) -> FeedList:
    """The feeds an OPML document lists, in its order, each URL once."""
    if declares_entities(data):
        return FeedList(error=ENTITIES_REFUSED.format(what="list"))
    import listparser

    parsed = listparser.parse(data)
    result = FeedList()
    seen: set[str] = set()
    for feed in parsed.get("feeds", []):
        url = str(feed.get("url", "")).strip()
        if not is_web_url(url):
            result.warnings.append(f"not a web address, left out: {url[:80]!r}")
        elif url not in seen:
            seen.add(url)
            title = " ".join(str(feed.get("title") or "").split()) or None
            result.feeds.append(FeedRef(url, title))
    if not result.feeds:
        broken = parsed.get("bozo") and parsed.get("bozo_exception")
        reason = " ".join(str(broken).split())[:120] if broken else ""
        result.error = f"broken OPML ({reason})" if reason else "the list names no feed"
    return result


def read_feed_list(text: str) -> FeedList:
    """The feeds of a ``feeds.txt``: one URL per line; blank lines and ``#`` comments skipped."""
    result = FeedList()
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not url:
            continue
        if not is_web_url(url):
            result.warnings.append(f"line {number}: not a web address: {url[:80]!r}")
        elif url not in seen:
            seen.add(url)
            result.feeds.append(FeedRef(url))
    if not result.feeds:
        result.error = "the list names no feed"
    return result


def is_web_url(text: str) -> bool:
    """Whether ``text`` is an ``http`` or ``https`` address with a host."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and " " not in text


def folder_feed_lists(folder: Path) -> list[Path]:
    """The feed lists directly inside ``folder``: its ``*.opml`` files and ``feeds.txt``."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        entry
        for entry in entries
        if not entry.name.startswith(".")
        and (entry.suffix.lower() == ".opml" or entry.name.lower() in FEED_LIST_NAMES)
        and entry.is_file()
    ]
