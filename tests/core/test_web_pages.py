"""Saved web pages open as articles: the story's text and metadata, nothing around it.

The pages under ``tests/fixtures/web`` were written for these tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.core.corpus.loader import load_corpus, load_file
from tui.core.corpus.webfiles import decode_any
from tui.core.text import visible_controls
from tui.core.web.pages import MAX_PAGE_BYTES, NotArticle, decode_html, extract_page
from tui.core.web.sniff import sniff, web_kind

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"


def test_article_page_text_and_metadata() -> None:
    page = extract_page((FIXTURES / "bridge.html").read_bytes())
    assert page.title == "Harbour bridge reopens after repairs"
    assert page.source == "The Coastal Ledger"
    assert page.author == "Mara Quill"
    assert page.date == "2025-03-14"
    assert page.url == "https://ledger.example/news/bridge-reopens"
    assert page.language == "en"
    assert "Ines Carvalho" in page.text and "audit of the contracts" in page.text


@pytest.mark.parametrize(
    "furniture", ["Home", "cookies", "Great news finally", "Ferry prices", "©", "Related"]
)
def test_precision_first_leaves_the_page_furniture_out(furniture: str) -> None:
    page = extract_page((FIXTURES / "bridge.html").read_bytes())
    assert furniture not in page.text


def test_outlet_falls_back_to_the_domain() -> None:
    html = (FIXTURES / "bridge.html").read_bytes().replace(b"og:site_name", b"og:nothing")
    html = html.replace(b"https://ledger.example/", b"https://www.harbour-news.example/")
    assert extract_page(html).source == "harbour-news.example"


def test_loading_a_page_file_keeps_extracted_text_and_offsets() -> None:
    articles, skipped, _warnings = load_file(FIXTURES / "bridge.html")
    assert not skipped
    (article,) = articles
    assert article.id == "bridge"
    assert article.text == extract_page((FIXTURES / "bridge.html").read_bytes()).text
    for span in article.paragraphs:
        assert article.text[span.start : span.end].strip()
    again, _, _ = load_file(FIXTURES / "bridge.html")
    assert again[0].text == article.text  # deterministic: stored offsets stay valid


@pytest.mark.parametrize(
    ("name", "reason"),
    [("index.html", "only 2 words"), ("not-found.html", "an error or login page")],
)
def test_pages_that_are_not_articles_are_skipped_with_the_reason(name: str, reason: str) -> None:
    articles, skipped, _ = load_file(FIXTURES / name)
    assert articles == []
    assert reason in skipped[0][1] and skipped[0][1].startswith("not an article")


def test_hostile_page_loads_safely() -> None:
    """Scripts never reach the text; markup and control characters stay inert data."""
    articles, skipped, _ = load_file(FIXTURES / "hostile.html")
    assert not skipped
    (article,) = articles
    assert "SCRIPT-BODY" not in article.text and "injected" not in article.text
    assert "Enable JavaScript" not in article.text
    assert "[italic]at the latest[/italic]" in article.text  # markup kept literally
    assert "\n" not in article.title
    assert "\x1b" not in visible_controls(article.title)
    assert "[blink]" in article.title


def test_charset_declared_only_in_a_meta_tag() -> None:
    body = "<p>" + "Le maire a dit « déjà vu » à la presse. " * 20 + "</p>"
    html = f'<html><head><meta charset="windows-1252"><title>Été</title></head><body>{body}'
    page = extract_page(html.encode("cp1252"), decode=decode_any)
    assert "« déjà vu »" in page.text
    assert page.encoding == "cp1252"
    assert not page.warnings


def test_header_charset_wins_over_the_page() -> None:
    data = '<html><head><meta charset="utf-8"></head><body>ÉTÉ</body></html>'.encode("latin-1")
    text, encoding, warnings = decode_html(data, "iso-8859-1")
    assert "ÉTÉ" in text and encoding == "cp1252" and not warnings


def test_wrong_declared_charset_is_guessed_with_a_warning() -> None:
    data = '<html><head><meta charset="utf-8"></head><body>été</body></html>'.encode("cp1252")
    text, _encoding, warnings = decode_html(data, decode=decode_any)
    assert "été" in text
    assert warnings and "not valid utf-8" in warnings[0]


def test_malformed_html_still_gives_the_article() -> None:
    words = "The council voted on the budget late on Monday night after a long debate. " * 8
    broken = f"<html><body><div><p>{words}<p><b>{words}</div></span></body><p>".encode()
    assert "council voted" in extract_page(broken).text


def test_oversized_page_is_refused_without_extraction() -> None:
    with pytest.raises(NotArticle, match="too large"):
        extract_page(b"<html>" + b" " * (MAX_PAGE_BYTES + 1))


def test_binary_bytes_named_html_are_refused() -> None:
    with pytest.raises(NotArticle):
        extract_page(bytes(range(256)) * 100, decode=decode_any)


def test_a_folder_of_pages_and_feeds(tmp_path: Path) -> None:
    for name in ("bridge.html", "index.html", "summit-feed.xml", "subscriptions.opml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copy(FIXTURES / "bridge.html", tmp_path / "copy.htm")
    report = load_corpus([tmp_path])
    ids = sorted(a.id for a in report.articles)
    assert ids == ["bridge", "copy", "summit-feed#1", "summit-feed#2"]
    assert [Path(p).name for p, _ in report.skipped] == ["index.html"]  # OPML not walked


def test_a_page_with_an_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    target = tmp_path / "saved-page"
    shutil.copy(FIXTURES / "bridge.html", target)
    (article,), _, _ = load_file(target)
    assert article.source == "The Coastal Ledger"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"<!DOCTYPE html><html>", "page"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<rss>', "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<rdf:RDF>", "feed"),
        (b"<opml version='2.0'>", "opml"),
        (b"<urlset>", None),
        (b"plain text", None),
    ],
)
def test_sniffing(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


def test_text_files_are_never_sniffed() -> None:
    assert web_kind(".txt", b"<html><body>x</body></html>") is None
