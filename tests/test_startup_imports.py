"""What the reader's start-up imports: web formats only when a web file is read, and
nothing the first frame does not show.

The first paint of plain-text articles must not pay for the feed, OPML and page
parsers (their regexes and dataclasses), nor for the YAML parser, the help, the
palette or the other screens; a subprocess shows what a fresh interpreter imports.
"""

from __future__ import annotations

import os
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


#: Modules the reader's first frame does without (the YAML parser once the themes are
#: cached and with no config file, the help, the palette, the other screens).
DEFERRED = (
    "yaml",
    "tui.ui.screens.help",
    "tui.ui.palette",
    "tui.ui.screens.compare",
    "tui.ui.screens.overview",
)

_READER_PROBE = """
import os, sys
from tui.core.service.corpus import CorpusService
from tui.ui.app import NewsReaderApp
corpus = CorpusService.open([sys.argv[1]], first=24)
app = NewsReaderApp(corpus)
app.run(headless=True, size=(100, 30))
assert app.return_code == 0, app.return_code
print(",".join(m for m in {modules!r} if m in sys.modules))
"""


def test_the_readers_first_frame_imports_no_more_than_it_needs(
    seeds_dir: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "NEWSREADER_HOME": str(tmp_path / "home"),
        "NEWSREADER_EXIT_ON_PAINT": "1",
    }
    code = _READER_PROBE.format(modules=DEFERRED)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(seeds_dir)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            timeout=60,
        ).stdout.strip()
        for _ in range(2)  # the first start parses the themes and keeps them
    ]
    assert runs[1] == ""
