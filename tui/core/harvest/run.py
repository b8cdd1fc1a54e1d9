"""Fetch pages, feeds and subscription lists, and save every new article in a folder.

What the user names is expanded first: an OPML file or a ``feeds.txt`` into its feeds,
a saved feed or page into its articles, a URL into whatever it turns out to serve.
URLs are then fetched by a few worker threads sharing one polite client; a feed item
that carries only a summary has its own page fetched and extracted. Each source that
fails costs itself only, with one line saying why, and everything fetched before is
kept. Saving happens on the calling thread, one file at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.corpus.decoding import NotText, decode_bytes
from tui.core.corpus.files import os_reason, read_regular
from tui.core.corpus.webfiles import decode_any
from tui.core.harvest.saving import ArticleFolder, Found
from tui.core.web.archive import archived_page
from tui.core.web.feeds import Feed, FeedItem, parse_feed
from tui.core.web.fetch import Fetched, Fetcher, FetchError
from tui.core.web.opml import is_web_url, read_feed_list, read_opml
from tui.core.web.pages import NotArticle, extract_page
from tui.core.web.sniff import sniff, web_kind

Progress = Callable[[int, int, str], None]
"""Called with (done, total, what) as work completes; the total grows as feeds list items."""


@dataclass(slots=True)
class Outcome:
    """What a fetch did: files saved, duplicates met, and one line per failed source."""

    saved: list[Path] = field(default_factory=list)
    duplicates: int = 0
    unchanged: int = 0
    summaries: int = 0
    answered: int = 0
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Plan:
    urls: list[str] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    pending: list[FeedItem] = field(default_factory=list)


def plan_sources(sources: Sequence[str], outcome: Outcome) -> _Plan:
    """Expand what the user named into URLs to fetch and articles already in hand."""
    plan = _Plan()
    for source in sources:
        if is_web_url(source):
            plan.urls.append(source)
            continue
        path = Path(source)
        try:
            data = read_regular(path)
        except OSError as exc:
            outcome.failures.append(f"{source}: {_missing(path, exc)}")
            continue
        outcome.answered += 1
        _plan_file(path, data, plan, outcome)
    plan.urls = list(dict.fromkeys(plan.urls))
    return plan


def _missing(path: Path, exc: OSError) -> str:
    if not path.exists():
        return "not a web address (http:// or https://) nor an existing file"
    return os_reason(exc)


def _plan_file(path: Path, data: bytes, plan: _Plan, outcome: Outcome) -> None:
    where = str(path)
    kind = web_kind(path.suffix.lower(), data, name=path.name)
    if kind == "list" or (kind is None and path.suffix.lower() == ".txt"):
        try:
            listed = read_feed_list(decode_bytes(data).text)
        except NotText as exc:
            outcome.failures.append(f"{where}: {exc}")
            return
    elif kind == "opml":
        listed = read_opml(data)
    elif kind == "feed":
        _take_feed(parse_feed(data), where, plan, outcome)
        return
    elif kind == "page":
        _take_page(data, where, None, None, plan, outcome)
        return
    elif kind == "archive":
        _take_archive(data, where, plan, outcome)
        return
    else:
        outcome.failures.append(f"{where}: not a feed, a page or a list of feeds")
        return
    outcome.notes.extend(f"{where}: {warning}" for warning in listed.warnings)
    if listed.error:
        outcome.failures.append(f"{where}: {listed.error}")
    plan.urls.extend(feed.url for feed in listed.feeds)


def _take_feed(feed: Feed, where: str, plan: _Plan, outcome: Outcome) -> None:
    outcome.notes.extend(f"{where}: {warning}" for warning in feed.warnings)
    if feed.error:
        outcome.failures.append(f"{where}: {feed.error}")
    for item in feed.items:
        if item.summary_only and item.meta.get("url"):
            plan.pending.append(item)
        else:
            plan.found.append(Found(item.text, item.meta))


def _take_page(
    data: bytes, where: str, url: str | None, charset: str | None, plan: _Plan, outcome: Outcome
) -> None:
    try:
        page = extract_page(data, url=url, charset=charset, decode=decode_any)
    except NotArticle as exc:
        outcome.failures.append(f"{where}: {exc}")
        return
    plan.found.append(Found(page.text, page.meta()))


def _take_archive(data: bytes, where: str, plan: _Plan, outcome: Outcome) -> None:
    try:
        inner = archived_page(data)
    except NotArticle as exc:
        outcome.failures.append(f"{where}: {exc}")
        return
    _take_page(inner.html, where, inner.url, inner.charset, plan, outcome)


def harvest(
    sources: Sequence[str],
    folder: ArticleFolder,
    fetcher: Fetcher,
    progress: Progress | None = None,
) -> Outcome:
    """Fetch ``sources`` and save what is new into ``folder``; never raises for a source."""
    outcome = Outcome()
    plan = plan_sources(sources, outcome)
    _save(plan, folder, outcome)
    total = len(plan.urls) + len(plan.pending)
    done = 0
    report = progress or (lambda done, total, what: None)
    report(done, total, "")
    with ThreadPoolExecutor(fetcher.policy.connections, "newsreader-fetch") as pool:
        running: dict[Future, tuple[str, str]] = {}
        for url in plan.urls:
            running[pool.submit(_fetch_source, fetcher, folder, url)] = ("source", url)
        _queue_items(pool, running, fetcher, folder, plan, outcome)
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                role, where = running.pop(future)
                _settle(future, role, where, plan, folder, outcome)
                done += 1
            _save(plan, folder, outcome)
            before = len(running)
            _queue_items(pool, running, fetcher, folder, plan, outcome)
            total += len(running) - before
            report(done, total, where)
    folder.keep_validators()
    return outcome


def _queue_items(
    pool: ThreadPoolExecutor,
    running: dict[Future, tuple[str, str]],
    fetcher: Fetcher,
    folder: ArticleFolder,
    plan: _Plan,
    outcome: Outcome,
) -> None:
    """Fetch the pages of summary-only items not saved already."""
    items, plan.pending = plan.pending, []
    for item in items:
        url = item.meta["url"]
        if folder.knows(url):
            outcome.duplicates += 1
            continue
        future = pool.submit(_fetch_item_page, fetcher, item)
        running[future] = ("item", url)


def _settle(
    future: Future, role: str, where: str, plan: _Plan, folder: ArticleFolder, outcome: Outcome
) -> None:
    """Take in what one finished request gave."""
    try:
        result = future.result()
    except (FetchError, NotArticle) as exc:
        outcome.failures.append(f"{where}: {exc}")
        return
    except Exception as exc:  # a last guard: one source never stops the others
        outcome.failures.append(f"{where}: failed ({type(exc).__name__}: {exc})")
        return
    outcome.answered += 1
    if role == "item":
        found, note = result
        plan.found.append(found)
        if note:
            outcome.summaries += 1
            outcome.failures.append(f"{where}: {note}; the feed's summary was saved instead")
        return
    fetched, feed, found = result
    if fetched.not_modified:
        outcome.unchanged += 1
        return
    if fetched.etag or fetched.last_modified:
        folder.validators[where] = {
            key: value
            for key, value in (("etag", fetched.etag), ("last_modified", fetched.last_modified))
            if value
        }
    if feed is not None:
        _take_feed(feed, where, plan, outcome)
    if found is not None:
        plan.found.append(found)


def _fetch_source(
    fetcher: Fetcher, folder: ArticleFolder, url: str
) -> tuple[Fetched, Feed | None, Found | None]:
    """Worker: fetch a URL and read it as a feed or a page."""
    known = folder.validators.get(url, {})
    fetched = fetcher.get(url, etag=known.get("etag"), modified=known.get("last_modified"))
    if fetched.not_modified:
        return fetched, None, None
    if _is_feed(fetched):
        feed = parse_feed(fetched.body, url=fetched.url)
        if feed.error and not feed.items:
            raise NotArticle(feed.error)
        return fetched, feed, None
    page = extract_page(fetched.body, url=fetched.url, charset=fetched.charset, decode=decode_any)
    return fetched, None, Found(page.text, page.meta())


def _is_feed(fetched: Fetched) -> bool:
    kind = sniff(fetched.body)
    if kind is not None:
        return kind == "feed"
    return any(word in fetched.content_type for word in ("rss", "atom", "xml"))


def _fetch_item_page(fetcher: Fetcher, item: FeedItem) -> tuple[Found, str | None]:
    """Worker: the full text of a summary-only item from its page, else its summary."""
    try:
        fetched = fetcher.get(item.meta["url"])
        page = extract_page(
            fetched.body, url=fetched.url, charset=fetched.charset, decode=decode_any
        )
    except (FetchError, NotArticle) as exc:
        return Found(item.text, item.meta), str(exc)
    meta = {**item.meta, **{k: v for k, v in page.meta().items() if k != "title"}}
    return Found(page.text, meta), None


def _save(plan: _Plan, folder: ArticleFolder, outcome: Outcome) -> None:
    found, plan.found = plan.found, []
    for article in found:
        try:
            path = folder.save(article)
        except OSError as exc:
            outcome.failures.append(f"{folder.folder}: cannot save ({os_reason(exc)})")
            continue
        if path is None:
            outcome.duplicates += 1
        else:
            outcome.saved.append(path)
