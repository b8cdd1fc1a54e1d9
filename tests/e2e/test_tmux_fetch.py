"""End to end: ``newsreader fetch`` from a local server, then the result read under tmux.

The installed command fetches a summary-only feed (written for the tests, served on
127.0.0.1 at a random port); its items' pages are fetched for their full text and
saved as Markdown, and the reader then opens that folder like any other.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_tmux import TMUX, Tmux, newsreader_command

pytestmark = pytest.mark.e2e

SERVED = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "served"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        file = SERVED / self.path.split("?")[0].rsplit("/", 1)[1]
        if not self.path.startswith("/files/") or not file.is_file():
            self.send_error(404)
            return
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        data = file.read_text(encoding="utf-8").replace("@BASE@", base).encode()
        kind = "application/rss+xml" if file.suffix == ".xml" else "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_fetch_then_read(env, base_url, tmp_path):
    command = newsreader_command()
    into = tmp_path / "strike"
    result = subprocess.run(
        [command, "fetch", f"{base_url}/files/feed-summary.xml", "--into", str(into)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 new articles"), result.stdout
    assert "/missing: HTTP 404" in result.stderr
    tmux = Tmux(env)
    try:
        tmux.run("new-session", "-d", "-s", "main", "-x", "140", "-y", "40", f"{command} {into}")
        tmux.wait_for("Articles (3)")
        tmux.wait_for("Rail strike halts northern")  # titles wrap onto two sidebar lines
        tmux.run("send-keys", "-t", "main", "J")  # the articles are listed by file name
        screen = tmux.wait_for("Anselm Roth")  # the full text from the item's page
        assert "Northern Dispatch" in screen and "nationalise" not in screen
        tmux.run("send-keys", "-t", "main", "q")
        assert tmux.wait_closed(), "q did not quit"
    finally:
        tmux.kill()
