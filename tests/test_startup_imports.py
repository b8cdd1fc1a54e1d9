"""What the reader's start-up imports: web formats only when a web file is read.

The first paint of plain-text articles must not pay for the feed, OPML and page
parsers (their regexes and dataclasses); a subprocess shows what a fresh interpreter
imports.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WEB_MODULES = ("tui.core.corpus.webfiles", "tui.core.web.feeds", "tui.core.web.pages")

_PROBE = """
import sys
from tui.core.corpus.loader import load_corpus
report = load_corpus([sys.argv[1]])
assert report.articles, report.skipped
print(",".join(m for m in {modules!r} if m in sys.modules))
"""


def _imported(path: Path) -> list[str]:
    code = _PROBE.format(modules=WEB_MODULES)
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()
    return [m for m in out.split(",") if m]


def test_plain_text_loads_without_the_web_parsers(seeds_dir: Path) -> None:
    assert _imported(seeds_dir) == []


def test_a_saved_page_still_loads_through_them(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = " ".join(["Le ministre a inauguré le pont mardi devant la foule réunie."] * 12)
    page.write_text(
        f"<html><head><title>Le pont</title></head><body><article><h1>Le pont</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert "tui.core.corpus.webfiles" in _imported(page)
