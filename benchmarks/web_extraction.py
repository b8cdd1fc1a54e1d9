"""Benchmark article extraction from saved web pages.

Generates 1,000 deterministic pages (menus, a cookie banner, an article of 6 to 14
paragraphs, comments, a related-articles list), extracts them through the corpus
loader with 2 worker processes and prints pages per second (the floor is 25). Then
opens the folder through the corpus service twice, next to a folder of the same
texts as ``.txt`` files, to show that once the extraction is cached a folder of pages
opens like a folder of text. Run: ``.venv/bin/python benchmarks/web_extraction.py``.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PAGES = int(os.environ.get("PAGES", "1000"))
WORKERS = 2
FLOOR = 25.0
_WORDS = (
    "council minister harbour strike talks bridge port union market ferry summit "
    "delegation budget vote river quay police court school hospital election mayor "
    "the a of to in on for with and said after before during over under this that"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 26))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def make_page(n: int) -> tuple[str, str]:
    """Page ``n`` as HTML, and its article paragraphs as plain text."""
    rng = random.Random(n)
    title = _sentence(rng)[:70].rstrip(".")
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(6, 14))]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    related = "".join(f'<li><a href="/r/{n}-{i}">{_sentence(rng)}</a></li>' for i in range(5))
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="Outlet {n % 7}">'
        f'<link rel="canonical" href="https://outlet{n % 7}.example/story/{n}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
        '<div class="cookie-banner">We use cookies. Accept all?</div>'
        f"<article><h1>{title}</h1>{body}</article>"
        f'<aside class="related"><h2>Related</h2><ul>{related}</ul></aside>'
        f'<section class="comments"><p>{_sentence(rng)}</p></section>'
        "<footer>© Outlet</footer></body></html>"
    )
    return html, f"{title}\n" + "\n".join(paragraphs)


def main() -> int:
    from tui.core.corpus.loader import load_files

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NEWSREADER_HOME"] = str(Path(tmp) / "home")
        pages, texts = Path(tmp) / "pages", Path(tmp) / "texts"
        pages.mkdir()
        texts.mkdir()
        for n in range(PAGES):
            html, text = make_page(n)
            (pages / f"page-{n:04d}.html").write_text(html, encoding="utf-8")
            (texts / f"page-{n:04d}.txt").write_text(text, encoding="utf-8")
        files = sorted(pages.iterdir())
        chunks = [files[i : i + 25] for i in range(0, len(files), 25)]
        started = time.perf_counter()
        with ProcessPoolExecutor(WORKERS) as pool:
            loaded = sum(len(report.articles) for report, _ in pool.map(load_files, chunks))
        seconds = time.perf_counter() - started
        rate = PAGES / seconds
        print(f"extracted {loaded}/{PAGES} pages with {WORKERS} workers in {seconds:.1f} s: "
              f"{rate:.0f} pages/s (floor {FLOOR:.0f})")  # fmt: skip
        _open_twice(pages, "pages")
        _open_twice(texts, "text files")
    return 0 if rate >= FLOOR else 1


def _open_twice(folder: Path, label: str) -> None:
    """Open ``folder`` whole through the corpus service, cold then warm."""
    from tui.core.service.corpus import CorpusService

    times = []
    for _ in range(2):
        started = time.perf_counter()
        service = CorpusService.open([folder])
        if not service.warm:
            service.keep_snapshot()
        times.append(time.perf_counter() - started)
    print(f"{label}: opened in {times[0]:.2f} s, then {times[1]:.2f} s once cached")


if __name__ == "__main__":
    sys.exit(main())
