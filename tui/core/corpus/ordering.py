"""How an article is named and ordered in a list: its outlet, its date, sort keys.

The sidebar shows where each article comes from and when, and can list the corpus
by outlet, by date or by title. An article always has something to show for its
outlet: its source, else the domain of its address, else its id, so two unsigned
articles never look alike. Sort keys are plain tuples built once per article, so
sorting ten thousand articles is a single ``list.sort``.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from tui.core.models import Article

#: The orders a list can take, in the order a key cycles through them.
ORDERS = ("corpus", "outlet", "date", "title")
#: What each order is called in the interface.
ORDER_NAMES = {
    "corpus": "file order",
    "outlet": "outlet",
    "date": "date, newest first",
    "title": "title",
}

_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ](\d{1,2}):(\d{2}))?")
_LEADING = re.compile(r"^\W+")

SortKey = tuple[object, ...]


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.`` (``lemonde.fr``), or ``None``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def outlet_label(article: Article) -> str:
    """What names the article's outlet: its source, else its domain, else its id."""
    source = (article.source or "").strip()
    return source or domain_of(article.url) or article.id


def short_date(date: str | None) -> str | None:
    """The day an article's date gives (``2024-05-01``), else the date as written.

    A time or a time zone adds nothing in a list of one event's coverage; a date in
    another form (``12 mai 2024``) is shown as the source wrote it.
    """
    if not date or not date.strip():
        return None
    match = _DATE.match(date)
    if match is None:
        return date.strip()
    year, month, day = match.group(1, 2, 3)
    if month is None:
        return year
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def _newest_first(date: str | None) -> tuple[int, ...]:
    """A key putting later dates first and articles without a readable date last."""
    match = _DATE.match(date or "")
    if match is None:
        return (1,)
    parts = [int(part or 0) for part in match.groups()]
    return (0, *(-part for part in parts))


def folded(text: str) -> str:
    """``text`` compared as people read it: no accents, no case, no leading « or "."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _LEADING.sub("", bare).casefold()


def sort_key(article: Article, order: str, position: int) -> SortKey:
    """The key listing ``article`` (``position`` in the corpus) in ``order``.

    By outlet, the articles of one outlet come together, newest first, and articles
    whose outlet is not known come last; by date, newest first, undated last; ties
    keep the corpus order.
    """
    if order == "outlet":
        source = (article.source or "").strip() or domain_of(article.url)
        group = (0, folded(source)) if source else (1, "")
        return (*group, _newest_first(article.date), position)
    if order == "date":
        return (_newest_first(article.date), position)
    if order == "title":
        return (folded(article.title or article.id), position)
    return (position,)
