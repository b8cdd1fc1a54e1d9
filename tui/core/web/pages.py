"""Extract the article from a web page: its text and what the page says about it.

Precision comes first: a reader comparing outlets wants the story, not the menus,
comment threads, "related articles" lists and cookie banners around it, so trafilatura
runs with ``favor_precision`` and without comments. The extraction is deterministic
(no cross-page deduplication), so a page read again gives the same text and the
offsets the analysis stored stay valid. A page that holds no article (an index, an
error page, a login wall) is refused with the reason instead of showing its scraps.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MAX_PAGE_BYTES = 8 * 1024 * 1024
"""Pages beyond this are refused: an article page is rarely over 2 MB, and extraction
time grows with the page."""

MIN_WORDS = 40
"""Fewer words than this is a teaser, an index or an error page, not an article."""

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
_NOT_ARTICLE_TITLE = re.compile(
    r"\b(404|403|not found|page introuvable|access denied|forbidden|sign in|log in|"
    r"connexion|se connecter|subscribe to continue)\b",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v]+")


Decoder = Callable[[bytes], tuple[str, str, "str | None"]]
"""Decodes bytes whose charset is not declared: ``(text, encoding, warning or None)``;
raises ``ValueError`` with the reason for bytes that are not text."""


def utf8_or_replaced(data: bytes) -> tuple[str, str, str | None]:
    """The plainest :data:`Decoder`: UTF-8, with what does not decode replaced."""
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace"), "utf-8", "not valid UTF-8; characters replaced"


class NotArticle(ValueError):
    """A page that holds no article; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class Page:
    """The article extracted from a page: its text and metadata (``None`` when unknown)."""

    text: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())

    def meta(self) -> dict[str, str]:
        """The metadata as the loader's ``meta`` mapping (known values only)."""
        values = {
            "title": self.title,
            "source": self.source,
            "author": self.author,
            "date": self.date,
            "url": self.url,
            "language": self.language,
        }
        return {key: value for key, value in values.items() if value}


def extract_page(
    data: bytes,
    *,
    url: str | None = None,
    charset: str | None = None,
    decode: Decoder = utf8_or_replaced,
) -> Page:
    """The article of the HTML page ``data``, or :class:`NotArticle` with the reason.

    ``url`` is where the page came from (a canonical link in the page wins);
    ``charset`` the one an HTTP header declared, which wins over the page's own;
    ``decode`` decodes a page that declares neither (the corpus passes its own).
    """
    if len(data) > MAX_PAGE_BYTES:
        mb = 1024 * 1024
        raise NotArticle(
            f"page too large to extract ({len(data) // mb} MB; "
            f"the limit is {MAX_PAGE_BYTES // mb} MB)"
        )
    html, encoding, warnings = decode_html(data, charset, decode)
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=True,
        # The page's own metadata only: dates guessed from the running text (a date
        # the story mentions) are wrong as often as right, and cost a third of the time.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _tidy(getattr(document, "text", None) or "") if document is not None else ""
    title = one_line(getattr(document, "title", None))
    _check_article(text, title)
    page_url = one_line(getattr(document, "url", None)) or url
    source = one_line(getattr(document, "sitename", None)) or domain(page_url)
    lang = _HTML_LANG.search(data[:_HEAD_BYTES])
    return Page(
        text=text,
        title=title,
        source=source,
        author=one_line(getattr(document, "author", None)),
        date=one_line(getattr(document, "date", None)),
        url=page_url,
        language=(lang.group(1).decode("ascii").lower() if lang else None)
        or one_line(getattr(document, "language", None)),
        encoding=encoding,
        warnings=tuple(warnings),
    )


_HEAD_BYTES = 16 * 1024


def decode_html(
    data: bytes, charset: str | None = None, decode: Decoder = utf8_or_replaced
) -> tuple[str, str, list[str]]:
    """The page as text, the encoding used, and warnings.

    The charset an HTTP header gives wins, then the one a ``<meta>`` tag declares;
    without either (or when the declared one does not fit the bytes) ``decode`` is
    used (the corpus decodes as for any file: UTF-8, else a guessed legacy encoding,
    flagged).
    """
    declared = [charset] if charset else []
    meta = _META_CHARSET.search(data[:_HEAD_BYTES])
    if meta:
        declared.append(meta.group(1).decode("ascii", "replace"))
    warnings: list[str] = []
    for name in declared:
        codec = _codec(name)
        if codec is None:
            warnings.append(f"unknown charset {name[:40]!r} declared; guessed instead")
            continue
        try:
            return data.decode(codec), codec, warnings
        except UnicodeDecodeError:
            warnings.append(f"the page is not valid {name[:40]}; the encoding was guessed")
    try:
        text, encoding, warning = decode(data)
    except ValueError as exc:
        raise NotArticle(str(exc)) from exc
    if warning:
        warnings.append(warning)
    return text, encoding, warnings


def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 or ascii as windows-1252, and so do we.
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def _check_article(text: str, title: str | None) -> None:
    words = len(text.split())
    if not words:
        raise NotArticle("not an article (no main text found: an index, error or login page?)")
    if title and words < 4 * MIN_WORDS and _NOT_ARTICLE_TITLE.search(title):
        raise NotArticle(f"not an article (an error or login page: {title[:60]!r})")
    if words < MIN_WORDS:
        raise NotArticle(
            f"not an article (only {words} words of text: an index, error or login page?)"
        )


def _tidy(text: str) -> str:
    """One paragraph per line, spaces collapsed, no empty lines at either end."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def domain(url: str | None) -> str | None:
    """``www.example.org`` → ``example.org``: the outlet, when the page does not say."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
