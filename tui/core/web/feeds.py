"""Read RSS (0.9x, 1.0, 2.0) and Atom feeds into one record per item.

feedparser does the parsing, with its tolerance for the broken XML many feeds serve.
An item's text is its full content when the feed carries it (``content:encoded``, Atom
``content``), else its summary, and then the item says so: comparing outlets on two
teaser sentences would mislead, and ``newsreader fetch`` can fetch the full page.
A feed that declares XML entities is refused outright: entity expansion ("billion
laughs") is the classic way to make an XML reader eat all memory, and no news feed
needs its own entities.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass, field

from tui.core.web.pages import MIN_WORDS, domain, one_line

ENTITIES_REFUSED = "the {what} declares XML entities (refused: they can expand without end)"
SUMMARY_ONLY = "the feed gives only a summary of this item, not the full article"

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "figure", "figcaption", "hr",
}  # fmt: skip
_ENTITY_DECLARATIONS = tuple(
    "<!ENTITY".encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be")
)


def declares_entities(data: bytes) -> bool:
    """Whether an XML document declares entities (which no feed or list needs)."""
    upper = data.upper()
    return any(marker in upper for marker in _ENTITY_DECLARATIONS)


_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(slots=True)
class FeedItem:
    """One item: its number in the feed (from 1), its text and metadata."""

    index: int
    text: str
    meta: dict[str, str]
    summary_only: bool = False


@dataclass(slots=True)
class Feed:
    """A parsed feed: its title and link, its items, why it is unreadable, warnings."""

    title: str | None = None
    link: str | None = None
    items: list[FeedItem] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    entries: int = 0


def parse_feed(data: bytes, *, url: str | None = None) -> Feed:
    """The items of the feed ``data``; ``url`` is where it was fetched from, if anywhere."""
    if declares_entities(data):
        return Feed(error=ENTITIES_REFUSED.format(what="feed"))
    import feedparser

    # A stream, never a string: feedparser would take a string for a URL or a path.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    info = parsed.get("feed", {})
    feed = Feed(
        title=one_line(info.get("title")),
        link=one_line(info.get("link")) or url,
        entries=len(parsed.entries),
    )
    broken = parsed.get("bozo") and not _harmless(parsed.get("bozo_exception"))
    if not parsed.entries:
        reason = _reason(parsed.get("bozo_exception")) if broken else None
        feed.error = f"not a feed (broken XML: {reason})" if reason else "not a feed (no items)"
        if not broken and parsed.get("version"):
            feed.error = "the feed has no items"
        return feed
    if broken:
        feed.warnings.append(
            f"the feed's XML is malformed ({_reason(parsed.get('bozo_exception'))}); "
            "its items were read anyway"
        )
    source = feed.title or domain(feed.link)
    language = one_line(info.get("language"))
    for index, entry in enumerate(parsed.entries, start=1):
        item = _item(index, entry, source, language)
        if item is None:
            feed.warnings.append(f"item {index} skipped: no text")
        else:
            feed.items.append(item)
    return feed


def _item(index: int, entry: dict, source: str | None, language: str | None) -> FeedItem | None:
    content = " ".join(str(part.get("value", "")) for part in entry.get("content", []) or [])
    full = fragment_text(content) if content.strip() else ""
    summary = fragment_text(str(entry.get("summary", "") or ""))
    summary_only = not full or (len(full.split()) < MIN_WORDS and len(full) <= len(summary))
    text = summary if summary_only and summary else full
    if not text.strip():
        return None
    meta = {
        "title": one_line(entry.get("title")),
        "source": source,
        "author": _author(entry.get("author")),
        "date": _date(entry),
        "url": one_line(entry.get("link")),
        "language": one_line(entry.get("language")) or language,
    }
    return FeedItem(index, text, {k: v for k, v in meta.items() if v}, summary_only=summary_only)


def _author(value: object) -> str | None:
    """RSS writes ``desk@outlet.example (Jo Reporter)``: the name is the author."""
    name = one_line(value)
    match = _EMAIL_NAME.match(name or "")
    return one_line(match.group(1)) if match else name


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per line (plain text passes through)."""
    if "<" not in fragment:
        return _tidy(_unescape(fragment))
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(_unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for element in list(root.iter("script", "style", "iframe", "object")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return one_line(entry.get("published") or entry.get("updated"))


def _harmless(exc: object) -> bool:
    """feedparser flags a declared-versus-actual encoding mismatch it recovered from."""
    return type(exc).__name__ in {"CharacterEncodingOverride", "NonXMLContentType"}


def _reason(exc: object) -> str:
    text = " ".join(str(exc).split())[:120]
    return text or type(exc).__name__
