"""Feeds open as one article per item; subscription lists name feeds.

The feeds under ``tests/fixtures/web`` were written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.corpus.loader import load_file
from tui.core.web.feeds import SUMMARY_ONLY, fragment_text, parse_feed
from tui.core.web.opml import folder_feed_lists, read_feed_list, read_opml

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"


def test_rss_items_become_articles_with_ids_and_metadata() -> None:
    articles, skipped, warnings = load_file(FIXTURES / "summit-feed.xml")
    assert not skipped
    full, summary = articles
    assert (full.id, summary.id) == ("summit-feed#1", "summit-feed#2")
    assert full.title == "Ministers meet at the lake summit"
    assert full.source == "Lakeside Courier"
    assert full.author == "Jonas Brandt"
    assert full.date == "2025-03-04"
    assert full.url == "https://courier.example/2025/summit-opens"
    assert full.language == "en"
    assert "Petra Lindqvist" in full.text and "<p>" not in full.text
    assert full.text.count("\n") == 2  # one paragraph per line
    assert SUMMARY_ONLY not in full.warnings
    assert summary.text == "Two delegations refuse any cap on their quotas."
    assert SUMMARY_ONLY in summary.warnings
    assert any("1 of 2 items give only a summary" in message for _, message in warnings)


def test_atom_feed() -> None:
    (article,), _, _ = load_file(FIXTURES / "atom-gazette.atom")
    assert article.id == "atom-gazette#1"
    assert article.source == "La Gazette des Collines"
    assert article.author == "Claire Dumont"
    assert article.language == "fr"
    assert "« Nous attendons cette table depuis dix ans »" in article.text


def test_malformed_feed_keeps_the_items_it_could_read() -> None:
    articles, skipped, warnings = load_file(FIXTURES / "broken-items.xml")
    assert not skipped
    assert [a.title for a in articles] == ["Storm closes the mountain road"]
    assert "trees & power lines" in articles[0].text
    assert any("malformed" in message for _, message in warnings)


def test_broken_xml_without_items_is_skipped_with_the_reason() -> None:
    articles, skipped, _ = load_file(FIXTURES / "broken.xml")
    assert articles == []
    assert skipped[0][1].startswith("not a feed (broken XML")


def test_entity_expansion_is_refused_before_parsing() -> None:
    articles, skipped, _ = load_file(FIXTURES / "entities.xml")
    assert articles == []
    assert "declares XML entities" in skipped[0][1]


def test_entity_declarations_in_utf16_are_refused_too() -> None:
    data = (FIXTURES / "entities.xml").read_text().replace('<?xml version="1.0"?>', "")
    assert parse_feed(data.encode("utf-16")).error is not None


def test_a_sitemap_saved_as_xml_is_not_a_feed(tmp_path: Path) -> None:
    target = tmp_path / "sitemap.xml"
    target.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>'
    )
    articles, skipped, _ = load_file(target)
    assert articles == [] and "not a feed" in skipped[0][1]


def test_a_feed_with_an_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    target = tmp_path / "feed.php"
    target.write_bytes((FIXTURES / "summit-feed.xml").read_bytes())
    articles, _, _ = load_file(target)
    assert [a.id for a in articles] == ["feed#1", "feed#2"]


def test_feed_html_is_sanitised() -> None:
    item = (
        "<item><title>T</title><description><![CDATA[<p>Kept words here.</p>"
        "<script>alert('SCRIPT')</script><p>[bold]literal[/bold]</p>]]></description></item>"
    )
    feed = parse_feed(
        f'<rss version="2.0"><channel><title>X</title>{item}</channel></rss>'.encode()
    )
    (only,) = feed.items
    assert only.text == "Kept words here.\n[bold]literal[/bold]"


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("plain &amp; simple", "plain & simple"),
        ("<p>One</p><p>Two<br>Three</p>", "One\nTwo\nThree"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
        ("", ""),
        ("<", "<"),
    ],
)
def test_fragment_text(fragment: str, text: str) -> None:
    assert fragment_text(fragment) == text


def test_opml_lists_its_feeds_in_order() -> None:
    listed = read_opml((FIXTURES / "subscriptions.opml").read_bytes())
    assert [f.url for f in listed.feeds] == [
        "https://courier.example/feed.xml",
        "https://gazette.example/atom.xml",
    ]
    assert listed.feeds[0].title == "Lakeside Courier"


def test_opml_opened_as_articles_says_what_it_is() -> None:
    articles, skipped, _ = load_file(FIXTURES / "subscriptions.opml")
    assert articles == []
    assert "a subscription list of 2 feeds" in skipped[0][1]


def test_broken_opml_and_hostile_opml() -> None:
    assert read_opml(b"<opml><body><outline xmlUrl=").error is not None
    assert "entities" in (read_opml((FIXTURES / "entities.xml").read_bytes()).error or "")
    listed = read_opml(
        b'<opml version="2.0"><body><outline xmlUrl="file:///etc/passwd"/>'
        b'<outline xmlUrl="https://ok.example/rss"/></body></opml>'
    )
    assert [f.url for f in listed.feeds] == ["https://ok.example/rss"]
    assert listed.warnings


def test_feeds_txt() -> None:
    listed = read_feed_list(
        "# my feeds\nhttps://a.example/rss\n\nhttps://a.example/rss\nnot a url\nhttp://b.example/atom\n"
    )
    assert [f.url for f in listed.feeds] == ["https://a.example/rss", "http://b.example/atom"]
    assert listed.warnings == ["line 5: not a web address: 'not a url'"]
    assert read_feed_list("# nothing\n").error == "the list names no feed"


def test_folder_feed_lists(tmp_path: Path) -> None:
    (tmp_path / "feeds.txt").write_text("https://a.example/rss\n")
    (tmp_path / "b.opml").write_text("<opml/>")
    (tmp_path / ".hidden.opml").write_text("<opml/>")
    (tmp_path / "notes.txt").write_text("hello")
    assert [p.name for p in folder_feed_lists(tmp_path)] == ["b.opml", "feeds.txt"]
