"""Open web files as articles: a saved page as one, a feed as one per item.

The corpus loader hands over the raw bytes of any file :func:`~tui.core.web.sniff.web_kind`
recognises; the text kept for an article is what was extracted, so its offsets index
that text (the file on disk is never touched) and the article cache keeps it, so a
folder of saved pages opens as fast as text files the second time.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.corpus.decoding import NotText, decode_bytes
from tui.core.models import Article
from tui.core.web.feeds import SUMMARY_ONLY, parse_feed
from tui.core.web.opml import read_feed_list, read_opml
from tui.core.web.pages import NotArticle, extract_page
from tui.core.web.sniff import Kind

Problem = tuple[str, str]


def load_web_file(
    path: Path, data: bytes, kind: Kind
) -> tuple[list[Article], list[Problem], list[Problem]]:
    """The articles of a web file, why it was skipped, and its warnings."""
    where = str(path)
    if kind in ("opml", "list"):
        return [], [(where, _list_reason(path, data, kind))], []
    if kind == "page":
        return _load_page(path, data)
    return _load_feed(path, data)


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


def _load_page(path: Path, data: bytes) -> tuple[list[Article], list[Problem], list[Problem]]:
    from tui.core.corpus.loader import build_article

    where = str(path)
    try:
        page = extract_page(data)
    except NotArticle as exc:
        return [], [(where, str(exc))], []
    article = build_article(
        id=path.stem,
        path=where,
        text=page.text,
        meta=page.meta(),
        encoding=page.encoding,
        warnings=page.warnings,
    )
    return [article], [], [(where, warning) for warning in page.warnings]


def _load_feed(path: Path, data: bytes) -> tuple[list[Article], list[Problem], list[Problem]]:
    from tui.core.corpus.loader import build_article

    where = str(path)
    feed = parse_feed(data)
    warnings = [(where, warning) for warning in feed.warnings]
    if feed.error is not None:
        return [], [(where, feed.error)], warnings
    articles = [
        build_article(
            id=f"{path.stem}#{item.index}",
            path=where,
            text=item.text,
            meta=item.meta,
            warnings=(SUMMARY_ONLY,) if item.summary_only else (),
        )
        for item in feed.items
    ]
    short = sum(item.summary_only for item in feed.items)
    if short:
        warnings.append(
            (
                where,
                f"{short} of {len(feed.items)} items give only a summary, not the full "
                "article (newsreader fetch gets the full text)",
            )
        )
    return articles, [], warnings
