"""Open a page saved as a single-file web archive (``.mhtml`` / ``.mht``).

Browsers save "a web page, single file" as a MIME message: the page's HTML is one part
(often quoted-printable), its images and style sheets the others, and the address it
was saved from sits in the part's ``Content-Location``. The HTML part is taken out
with its charset and address, and the article is extracted from it as from any saved
page, so an archive opens with the same text, title and outlet as the page itself.
"""

from __future__ import annotations

import email.parser
import email.policy
from dataclasses import dataclass
from email.message import Message

from tui.core.web.pages import NotArticle

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """The HTML of an archive's page, the charset its part declares, where it came from."""

    html: bytes
    charset: str | None
    url: str | None


def archived_page(data: bytes) -> ArchivedPage:
    """The page inside the web archive ``data``, or :class:`NotArticle` with the reason."""
    try:
        message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    except Exception as exc:  # the parser is lenient; this is a last guard
        raise NotArticle(f"not a readable web archive ({type(exc).__name__})") from exc
    if not message.keys():
        raise NotArticle("not a web archive (no MIME headers)")
    part = _first_html(message)
    if part is None:
        raise NotArticle("a web archive without an HTML page")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise NotArticle("a web archive whose page is empty")
    url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    return ArchivedPage(payload, part.get_content_charset(), _web_address(url))


def _first_html(message: Message) -> Message | None:
    """The first HTML part, in document order (the saved page comes before its assets)."""
    for part in message.walk():
        if not part.is_multipart() and part.get_content_type() in _HTML_TYPES:
            return part
    return None


def _web_address(value: object) -> str | None:
    """A part's location when it is a web address (``cid:`` and file paths are not)."""
    if not isinstance(value, str):
        return None
    value = "".join(value.split())
    return value if value.lower().startswith(("http://", "https://")) else None
