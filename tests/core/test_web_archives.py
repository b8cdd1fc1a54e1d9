"""Pages saved as single-file web archives (.mhtml / .mht) open like the page itself.

Each archive is built here the way a browser writes one: a multipart/related message
whose first part is the page (quoted-printable), followed by its images.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from tui.core.corpus.loader import load_corpus, load_file
from tui.core.harvest.run import Outcome, plan_sources
from tui.core.web.archive import archived_page
from tui.core.web.pages import NotArticle, extract_page
from tui.core.web.sniff import web_kind

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "web" / "bridge.html"
ADDRESS = "https://ledger.example/news/bridge-reopens"
BOUNDARY = "----MultipartBoundary--x7Kq2----"


def archive(html: bytes, *, charset: str | None = None, page_type: str = "text/html") -> bytes:
    """A browser-style archive of ``html`` (quoted-printable) and one image."""
    declared = f"{page_type}; charset={charset}" if charset else page_type
    image = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64))).decode()
    lines = [
        "From: <Saved by a browser>",
        f"Snapshot-Content-Location: {ADDRESS}",
        "Subject: Harbour bridge reopens",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related; type="text/html"; boundary="{BOUNDARY}"',
        "",
        f"--{BOUNDARY}",
        f"Content-Type: {declared}",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {ADDRESS}",
        "",
        quopri.encodestring(html).decode("ascii"),
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://ledger.example/logo.png",
        "",
        image,
        f"--{BOUNDARY}--",
        "",
    ]
    return "\r\n".join(lines).encode("ascii")


def test_an_archive_opens_with_the_text_and_metadata_of_its_page(tmp_path: Path) -> None:
    path = tmp_path / "bridge.mhtml"
    path.write_bytes(archive(PAGE.read_bytes()))
    articles, skipped, _ = load_file(path)
    assert skipped == []
    (article,) = articles
    page = extract_page(PAGE.read_bytes())
    assert article.text == page.text
    assert article.title == "Harbour bridge reopens after repairs"
    assert (article.url, article.source) == (ADDRESS, "The Coastal Ledger")


def test_the_charset_the_archive_declares_decodes_a_page_that_declares_none() -> None:
    html = PAGE.read_bytes().replace(b'<meta charset="utf-8">', b"")
    html = html.replace(b"audit of the contracts", "audit des marchés publics".encode())
    latin = html.decode("utf-8").encode("latin-1")
    page = archived_page(archive(latin, charset="iso-8859-1"))
    assert page.charset == "iso-8859-1"
    text = extract_page(page.html, charset=page.charset).text
    assert "audit des marchés publics" in text


def test_the_saved_address_is_kept_only_when_it_is_a_web_address() -> None:
    made = archive(PAGE.read_bytes()).replace(ADDRESS.encode(), b"cid:frame-1@example")
    assert archived_page(made).url is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (archive(b"\x89PNG", page_type="image/png"), "without an HTML page"),
        (archive(b"   "), "page is empty"),
        (b"\x00\x01\x02\xff" * 64, "not a web archive"),
        (b"", "not a web archive"),
    ],
)
def test_a_broken_archive_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(NotArticle, match=reason):
        archived_page(data)


def test_a_broken_archive_never_stops_the_rest_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "good.mht").write_bytes(archive(PAGE.read_bytes()))
    (tmp_path / "broken.mhtml").write_bytes(b"\x00garbage\xff" * 100)
    (tmp_path / "note.txt").write_text("Une dépêche courte mais lisible.", encoding="utf-8")
    report = load_corpus([tmp_path])
    assert sorted(a.id for a in report.articles) == ["good", "note"]
    (where, reason), *_ = report.skipped
    assert where.endswith("broken.mhtml") and "web archive" in reason


def test_archives_are_web_files_by_their_suffix() -> None:
    assert web_kind(".mhtml", b"") == "archive"
    assert web_kind(".mht", b"") == "archive"


def test_fetch_takes_the_article_of_a_local_archive(tmp_path: Path) -> None:
    path = tmp_path / "bridge.mhtml"
    path.write_bytes(archive(PAGE.read_bytes()))
    outcome = Outcome()
    plan = plan_sources([str(path)], outcome)
    assert outcome.failures == []
    (found,) = plan.found
    assert found.meta["url"] == ADDRESS
    assert "audit of the contracts" in found.text
