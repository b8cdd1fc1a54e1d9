"""The palette's "fetch" command: the feeds listed in the opened folder stream into the reader.

A local HTTP server (127.0.0.1, random port) serves a feed written for this test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tui.core.corpus.loader import load_files, unique_ids
from tui.ui.fetching import FeedFetcher, fetch_folder_feeds
from tui.ui.palette import palette_commands

ITEM = """<item><title>{title}</title><link>{base}/story/{n}</link>
<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded></item>"""
BODIES = [
    "The river ferry will stop running in March while the landing stage is rebuilt, "
    "the harbour office said on Monday, and a bus will take passengers round by the bridge. "
    "Repairs are expected to take six weeks and to cost less than first feared.",
    "Market traders on the quay have asked the council to delay the new parking fees "
    "until the ferry runs again, saying that fewer visitors have come since the winter. "
    "The council will vote on the request at its meeting next Thursday evening.",
]


class FeedHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        items = "".join(
            ITEM.format(title=title, base=base, n=n, body=body)
            for n, (title, body) in enumerate(
                zip(["Ferry stops for repairs", "Traders ask for a delay"], BODIES, strict=True)
            )
        )
        data = (
            '<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Quay News</title><language>en</language>{items}</channel></rss>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/feed.xml"
    httpd.shutdown()
    httpd.server_close()


async def test_fetching_the_folder_feeds_streams_new_articles_in(
    make_app, tmp_path, feed_url, settle
):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text("# Quay notes\n\nThe quay was quiet today.\n", encoding="utf-8")
    (folder / "feeds.txt").write_text(f"# the quay\n{feed_url}\n", encoding="utf-8")
    report, stamps = load_files([folder / "a.md"])
    report.articles = unique_ids(report.articles)
    app = make_app(report, roots=[folder], stamps=stamps)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = [title for title, _ in palette_commands(app.screen)]
        assert any(title.startswith("fetch: the feeds listed in this folder") for title in titles)
        fetch_folder_feeds(app.screen)
        await settle(pilot)  # the fetch, then the reload it asks for
        titles = sorted(a.title for a in app.screen.articles)
        assert titles == ["Ferry stops for repairs", "Quay notes", "Traders ask for a delay"]
        sources = {a.source for a in app.screen.articles if a.title != "Quay notes"}
        assert sources == {"Quay News"}
        assert not app.screen.query(FeedFetcher)  # gone once done
    assert len(list(folder.glob("*.md"))) == 3


async def test_fetching_without_a_list_says_so(make_app, tmp_path, notices, settle):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Quay notes\nThe quay was quiet today.\n", encoding="utf-8")
    report, stamps = load_files([folder / "a.txt"])
    app = make_app(report, roots=[folder], stamps=stamps)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        fetch_folder_feeds(app.screen)
        await settle(pilot)
        assert "No feeds.txt or .opml list in the opened folder." in notices.messages()
        assert not app.screen.query(FeedFetcher)
    assert list(folder.iterdir()) == [folder / "a.txt"]
