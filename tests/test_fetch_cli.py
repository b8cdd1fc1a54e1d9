"""``newsreader fetch`` against a local HTTP server that the tests start and stop.

The server (127.0.0.1, a random port) serves the pages and feeds of
``tests/fixtures/web/served`` (written for these tests; ``@BASE@`` becomes the server's
address) with ETags, plus hosts that misbehave: one too slow to answer, a redirect
loop, an oversized response, a compressed response that inflates past the cap, an
image, a 404 and a 500.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tui.cli import main
from tui.core.corpus.loader import load_corpus
from tui.core.web.fetch import Policy

SERVED = Path(__file__).resolve().parent / "fixtures" / "web" / "served"
SLOW_SECONDS = 3.0
TIMEOUT = "0.5"
TYPES = {".xml": "application/rss+xml", ".html": "text/html; charset=utf-8", ".opml": "text/xml"}
BOMB = gzip.compress(b"<html><body>" + b" " * (Policy().max_bytes + 1024 * 1024))
HOSTILE_PAGE = (
    "<html><head><title>../../../etc/evil [bold]x[/bold] \x07</title></head><body><article>"
    "<h1>../../../etc/evil [bold]x[/bold]</h1>"
    + "".join(
        f"<p>Paragraph {n} goes on about the port and its inspectors for a while longer.</p>"
        for n in range(8)
    )
    + "</article></body></html>"
)


LATIN1_PAGE = (
    '<html><head><meta charset="iso-8859-7"></head><body><article>'
    + "".join(
        f"<p>Le préfet a reçu les délégués à {n} heures, après une journée de grève.</p>"
        for n in range(8)
    )
    + "</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    """Routes of the test server; every request is recorded on the server."""

    server: Server

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers)))
        path = urlsplit(self.path).path
        try:
            if path.startswith(("/files/", "/mirror/")):
                self._fixture(path)
            elif path == "/slow":
                time.sleep(SLOW_SECONDS)
                self._send(200, b"<rss></rss>", "application/rss+xml")
            elif path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
            elif path == "/huge":
                self._huge()
            elif path == "/bomb":
                self._send(200, BOMB, "text/html", {"Content-Encoding": "gzip"})
            elif path == "/image":
                self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(500), "image/png")
            elif path == "/error":
                self._send(500, b"oops", "text/plain")
            elif path == "/latin1":  # the HTTP header's charset is right, the page's wrong
                self._send(200, LATIN1_PAGE.encode("cp1252"), "text/html; charset=windows-1252")
            elif path == "/hostile":
                self._send(200, HOSTILE_PAGE.encode(), "text/html; charset=utf-8")
            else:
                self._send(404, b"not here", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _fixture(self, path: str) -> None:
        name = path.rsplit("/", 1)[1]
        file = SERVED / name
        if not file.is_file():
            self._send(404, b"no such fixture", "text/plain")
            return
        body = file.read_text(encoding="utf-8").replace("@BASE@", self.server.base)
        if path.startswith("/mirror/"):  # the same story elsewhere, without its canonical link
            body = re.sub(r'<link rel="canonical"[^>]*>', "", body)
        data = body.encode("utf-8")
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", None, {"ETag": etag})
            return
        self._send(200, data, TYPES.get(file.suffix, "text/plain"), {"ETag": etag})

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65536 + b"</p>"
        for _ in range(Policy().max_bytes // len(chunk) + 20):
            self.wfile.write(chunk)

    def _send(
        self, status: int, data: bytes, kind: str | None, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests: list[tuple[str, dict[str, str]]] = []


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = Server()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def fetch(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["fetch", *args, "--timeout", TIMEOUT])
    out, err = capsys.readouterr()
    return status, out, err


def saved(folder: Path) -> dict[str, dict]:
    """The saved articles by file name: their front matter plus the body as ``text``."""
    result = {}
    for path in sorted(folder.glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        result[path.name] = {**yaml.safe_load(front), "text": body.strip()}
    return result


def test_opml_fetch_saves_full_articles(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text((SERVED / "list.opml").read_text().replace("@BASE@", server.base))
    into = tmp_path / "news"
    status, out, err = fetch(capsys, str(opml), "--into", str(into))
    assert status == 0
    articles = {a["title"]: a for a in saved(into).values()}
    assert set(articles) == {
        "Rail strike halts northern trains",
        "Talks resume between drivers and the rail company",
        "Rail strike: services stopped across the north",
        "A page that is gone",
    }
    one = articles["Rail strike halts northern trains"]
    assert "Anselm Roth" in one["text"]  # the linked page, not the feed's teaser
    assert "nationalise" not in one["text"] and "cookies" not in one["text"]
    assert one["author"] == "Ruth Okafor" and one["source"] == "Northern Dispatch"
    assert one["date"] == "2025-03-06" and one["language"] == "en"
    assert one["url"] == f"{server.base}/files/story-one.html"
    two = articles["Talks resume between drivers and the rail company"]
    assert two["url"] == f"{server.base}/files/story-two.html"  # canonical, no utm_
    assert "Every train" in articles["Rail strike: services stopped across the north"]["text"]
    assert articles["A page that is gone"]["text"].startswith("This teaser links")
    lines = err.strip().splitlines()
    assert [line for line in lines if "/slow" in line] == [
        f"newsreader: {server.base}/slow: no answer within 0.5 s"
    ]
    assert any("/missing: HTTP 404" in line and "summary was saved" in line for line in lines)
    assert "4 new articles, 1 already saved" in out
    assert all(h["User-Agent"].startswith("newsreader/") for _, h in server.requests)


def test_second_fetch_is_conditional_and_saves_nothing_twice(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = [f"{server.base}/files/feed-full.xml", f"{server.base}/files/story-two.html"]
    into = tmp_path / "news"
    status, out, _ = fetch(capsys, *feeds, "--into", str(into))
    assert status == 0 and out.startswith("3 new articles")
    first = sorted(p.name for p in into.iterdir())
    server.requests.clear()
    status, out, _ = fetch(capsys, *feeds, "--into", str(into))
    assert status == 0
    assert out.startswith("0 new articles, 2 unchanged since the last fetch")
    feed_request = next(h for p, h in server.requests if p.endswith("feed-full.xml"))
    assert feed_request.get("If-None-Match")
    assert sorted(p.name for p in into.iterdir()) == first


def test_same_text_at_another_address_is_saved_once(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "news"
    urls = [f"{server.base}/files/story-two.html", f"{server.base}/mirror/story-two.html"]
    status, out, _ = fetch(capsys, *urls, "--into", str(into))
    assert status == 0
    assert len(saved(into)) == 1 and "1 already saved" in out


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ("/loop", "more than 5 redirects (a redirect loop?)"),
        ("/huge", "too large (over 8 MB once decompressed)"),
        ("/bomb", "too large (over 8 MB once decompressed)"),
        ("/image", "not a web page or a feed (image/png)"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/nothing", "HTTP 404 Not Found"),
    ],
)
def test_a_failing_source_costs_one_line(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str], route: str, reason: str
) -> None:
    into = tmp_path / "news"
    status, _, err = fetch(capsys, f"{server.base}{route}", "--into", str(into))
    assert status == 1  # nothing at all was fetched
    assert err.strip().splitlines() == [f"newsreader: {server.base}{route}: {reason}"]
    status, out, _ = fetch(
        capsys, f"{server.base}{route}", f"{server.base}/files/story-one.html", "--into", str(into)
    )
    assert status == 0 and out.startswith("1 new article,")


def test_offline_says_so_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    status, out, err = fetch(capsys, f"http://127.0.0.1:{port}/feed", "--into", str(tmp_path))
    assert status == 1
    assert err.startswith(f"newsreader: http://127.0.0.1:{port}/feed: cannot connect")
    assert out.startswith("0 new articles")


def test_hostile_titles_make_safe_file_names(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "deep" / "news"
    status, _, _ = fetch(capsys, f"{server.base}/hostile", "--into", str(into))
    assert status == 0
    (name,) = [p.name for p in into.iterdir() if not p.name.startswith(".")]
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}\.md", name)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and p.suffix == ".md") == [
        name
    ]
    (article,) = saved(into).values()
    assert article["title"].startswith("../../../etc/evil [bold]x[/bold]")


def test_fetched_folder_reads_back_as_a_corpus(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "news"
    fetch(capsys, f"{server.base}/files/feed-summary.xml", "--into", str(into))
    report = load_corpus([into])
    assert not report.skipped
    by_title = {a.title: a for a in report.articles}
    one = by_title["Rail strike halts northern trains"]
    assert (one.source, one.author, one.language) == ("Northern Dispatch", "Ruth Okafor", "en")
    assert one.url == f"{server.base}/files/story-one.html"


def test_default_folder_is_under_the_data_dir_and_printed(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.paths import data_dir

    status, out, _ = fetch(capsys, f"{server.base}/files/story-one.html")
    assert status == 0
    assert out.strip().endswith(f"in {data_dir() / 'fetched'}")
    assert list((data_dir() / "fetched").glob("rail-strike-halts-northern-trains-*.md"))


def test_a_source_that_is_neither_a_url_nor_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = fetch(capsys, "no-such-thing", "--into", str(tmp_path))
    assert status == 1
    assert "no-such-thing: not a web address (http:// or https://) nor an existing file" in err


def test_bad_timeout_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "https://x.example/", "--timeout", "0"]) == 2
    assert "--timeout" in capsys.readouterr().err


def test_the_http_header_charset_wins_over_the_page(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = fetch(capsys, f"{server.base}/latin1", "--into", str(tmp_path))
    assert status == 0
    (article,) = saved(tmp_path).values()
    assert "Le préfet a reçu les délégués" in article["text"]


def test_a_tls_error_costs_one_line(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tls_url = server.base.replace("http://", "https://") + "/files/story-one.html"
    status, _, err = fetch(capsys, tls_url, "--into", str(tmp_path))
    assert status == 1
    assert err.startswith(f"newsreader: {tls_url}: TLS error (")
    assert len(err.strip().splitlines()) == 1
