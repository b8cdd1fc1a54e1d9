"""The corpus snapshot: a whole load kept as one row, given back only while unchanged.

Also the deferred article text a snapshot hands out: bytes until first read, a ``str``
to every reader.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.corpus.loader import file_stamp, list_files, load_corpus
from tui.core.models import Article, DeferredText, LoadReport, Span
from tui.core.records import build_records, in_groups
from tui.core.store.analysis_cache import article_key, corpus_fingerprint
from tui.core.store.article_cache import ArticleCache
from tui.core.store.snapshot import (
    decode_snapshot,
    encode_files,
    encode_snapshot,
    spans_from_offsets,
)

CORPUS = "corpus-key"

# Emoji and an astral letter, Rich markup, a bell and an escape: none may be altered.
ODD_TEXT = (
    "Une dépêche 😀 sur 𝔘lm\n\n"
    "Emmanuel Macron a dit : « [bold]rien[/bold] \x07 \x1b[31m ». \\[not markup]\n"
    "Publicité\n"
    "Avec l’AFP\n"
)
MARKDOWN = (
    "---\ntitle: Un titre en tête\nsource: Le Monde\ndate: 2024-03-01\n"
    "author: Jeanne Dupont\nurl: https://example.org/a\n---\n"
    "# Un titre en tête\n\nLe corps du texte, assez long pour être lu.\n"
)
JSONL = (
    '{"title": "Premier", "text": "Premier texte de la série.", "source": "AFP"}\n'
    '{"title": "Second", "text": "Second texte 🚀 de la série.", "language": "en"}\n'
    '{"title": "Sans texte"}\n'
    '{"title": "Troisième", "text": "Troisième texte.\\n\\nDeux paragraphes."}\n'
)


def write_corpus(folder: Path) -> Path:
    """A folder of every kind of file the loader meets, good and bad."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(ODD_TEXT, encoding="utf-8")
    (folder / "b.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "c.jsonl").write_text(JSONL, encoding="utf-8")
    (folder / "d.txt").write_bytes("Café crème et été à Noël.\n".encode("cp1252"))
    (folder / "e.txt").write_bytes(b"")
    (folder / "f.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe\x00")
    return folder


def stamps_of(folder: Path) -> list[tuple[str, tuple[int, int]]]:
    """Every listed file with its stamp, as the reader records them."""
    files, _ = list_files([folder])
    return [(path, stamp) for path in files if (stamp := file_stamp(path)) is not None]


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def cache(tmp_path: Path):
    with ArticleCache(tmp_path / "cache" / "articles.sqlite") as opened:
        yield opened


def field_rows(articles: list[Article]) -> list[tuple]:
    return [tuple(getattr(a, f.name) for f in dataclasses.fields(Article)) for a in articles]


# --- round trip --------------------------------------------------------------------------


def test_the_fixture_corpus_covers_every_case(corpus_dir: Path) -> None:
    report = load_corpus([corpus_dir])
    assert len(report.articles) == 6
    assert {Path(p).name for p, _ in report.skipped} == {"e.txt", "f.txt"}
    assert report.warnings  # the jsonl line without text, the cp1252 file
    assert any(a.furniture for a in report.articles)
    assert any(a.encoding != "utf-8" for a in report.articles)
    assert any(a.author and a.url and a.date for a in report.articles)


def test_round_trip_gives_back_the_same_corpus(corpus_dir: Path, cache: ArticleCache) -> None:
    report = load_corpus([corpus_dir])
    files = stamps_of(corpus_dir)
    cache.put_snapshot(CORPUS, files, report)
    snap = cache.get_snapshot(CORPUS, files)
    assert snap is not None
    got = snap.report
    assert field_rows(got.articles) == field_rows(report.articles)
    assert got.articles == report.articles
    assert [a.id for a in got.articles] == [a.id for a in report.articles]
    assert all(type(a) is Article and type(a.text) is str for a in got.articles)
    assert got.skipped == report.skipped
    assert got.warnings == report.warnings
    assert snap.keys == [article_key(a) for a in report.articles]
    assert snap.fingerprint == corpus_fingerprint(report.articles)


def test_odd_characters_survive_exactly(corpus_dir: Path, cache: ArticleCache) -> None:
    report = load_corpus([corpus_dir])
    files = stamps_of(corpus_dir)
    cache.put_snapshot(CORPUS, files, report)
    snap = cache.get_snapshot(CORPUS, files)
    assert snap is not None
    first = snap.report.articles[0]
    assert first.text == ODD_TEXT
    for piece in ("😀", "𝔘", "[bold]rien[/bold]", "\x07", "\x1b[31m", "\\[not markup]"):
        assert piece in first.text
    (furniture,) = first.furniture
    assert first.text[furniture.start : furniture.end] == "Publicité"
    rocket = next(a for a in snap.report.articles if "🚀" in a.text)
    assert rocket.language == "en"


def test_snapshot_survives_reopening_the_cache(corpus_dir: Path, tmp_path: Path) -> None:
    report = load_corpus([corpus_dir])
    files = stamps_of(corpus_dir)
    path = tmp_path / "reopened.sqlite"
    with ArticleCache(path) as cache:
        cache.put_snapshot(CORPUS, files, report)
    with ArticleCache(path) as cache:
        snap = cache.get_snapshot(CORPUS, files)
    assert snap is not None
    assert snap.report.articles == report.articles


def test_lone_surrogates_in_a_text_survive(cache: ArticleCache) -> None:
    article = Article("x", "/c/x.txt", "avant \ud800 après", "Titre", word_count=2)
    cache.put_snapshot(CORPUS, [], LoadReport([article]))
    snap = cache.get_snapshot(CORPUS, [])
    assert snap is not None
    assert snap.report.articles == [article]


def test_a_json_title_with_a_lone_surrogate_is_cleaned_and_kept(
    tmp_path: Path, cache: ArticleCache
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        '{"title": "T\\ud800x", "author": "A\\udfffB", "text": "Un texte correct."}\n',
        encoding="utf-8",
    )
    report = load_corpus([folder])
    files = stamps_of(folder)
    cache.put_snapshot(CORPUS, files, report)
    snap = cache.get_snapshot(CORPUS, files)
    assert snap is not None
    assert snap.report.articles == report.articles
    assert (report.articles[0].title, report.articles[0].author) == ("T\ufffdx", "A\ufffdB")


def test_a_corpus_of_only_skipped_files_round_trips() -> None:
    report = LoadReport(skipped=[("/c/e.txt", "empty file")], warnings=[("/c/x", "odd")])
    enc = encode_snapshot([("/c/e.txt", (1, 0))], report)
    snap = decode_snapshot(enc.articles, enc.spans, enc.notes, enc.texts, enc.fingerprint)
    assert snap.report == report
    assert snap.keys == []


def test_articles_sharing_a_path_keep_their_own_fields() -> None:
    arts = [
        Article("j#1", "/c/j.jsonl", "Un.", "Un", source="A", word_count=1),
        Article("j#2", "/c/j.jsonl", "", "Vide", language="en"),
        Article("k", "/c/k.txt", "Deux mots.", "K", paragraphs=(Span(0, 10),)),
    ]
    enc = encode_snapshot([], LoadReport(arts))
    snap = decode_snapshot(enc.articles, enc.spans, enc.notes, enc.texts, enc.fingerprint)
    assert field_rows(snap.report.articles) == field_rows(arts)


# Titles and metadata go through JSON and SQLite TEXT, which refuse lone surrogates;
# the loader never produces them in texts (see test_cache for the analysis side).
_plain = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_maybe = st.none() | _plain


@st.composite
def articles(draw) -> Article:
    text = draw(st.text(max_size=200))
    bounds = st.integers(0, len(text))
    pairs = st.lists(st.tuples(bounds, bounds).map(sorted), max_size=4)
    return Article(
        id=draw(_plain),
        path=draw(st.sampled_from(["/c/a.txt", "/c/b.jsonl", "/c/ü 1.md"])),
        text=text,
        title=draw(_plain),
        source=draw(_maybe),
        date=draw(_maybe),
        url=draw(_maybe),
        author=draw(_maybe),
        language=draw(st.sampled_from(["fr", "en", "other"])),
        word_count=draw(st.integers(0, 10**6)),
        paragraphs=tuple(Span(a, b) for a, b in draw(pairs)),
        furniture=tuple(Span(a, b) for a, b in draw(pairs)),
        encoding=draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])),
        warnings=tuple(draw(st.lists(_plain, max_size=2))),
    )


@settings(max_examples=30, deadline=None)
@given(st.lists(articles(), max_size=6))
def test_any_articles_round_trip(arts: list[Article]) -> None:
    report = LoadReport(arts, skipped=[("/c/z.bin", "binary file")])
    enc = encode_snapshot([("/c/a.txt", (5, 7))], report)
    snap = decode_snapshot(enc.articles, enc.spans, enc.notes, enc.texts, enc.fingerprint)
    assert field_rows(snap.report.articles) == field_rows(arts)
    assert snap.report.skipped == report.skipped
    assert snap.keys == [article_key(a) for a in arts]
    assert snap.fingerprint == corpus_fingerprint(arts)


def test_spans_from_offsets() -> None:
    assert spans_from_offsets([]) == ()
    assert spans_from_offsets([0, 4, 6, 9]) == (Span(0, 4), Span(6, 9))


def test_records_built_by_columns_equal_constructed_ones() -> None:
    built = build_records(Span, 2, {"start": [1, 5], "end": [3, 8]})
    assert built == [Span(1, 3), Span(5, 8)]
    assert [hash(s) for s in built] == [hash(Span(1, 3)), hash(Span(5, 8))]
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].start = 2  # type: ignore[misc]


def test_records_are_cut_into_groups_of_the_given_sizes() -> None:
    assert in_groups([1, 2, 3, 4, 5], [2, 0, 3]) == [(1, 2), (), (3, 4, 5)]


# --- validity ----------------------------------------------------------------------------


@pytest.fixture
def stored(corpus_dir: Path, cache: ArticleCache) -> list[tuple[str, tuple[int, int]]]:
    files = stamps_of(corpus_dir)
    cache.put_snapshot(CORPUS, files, load_corpus([corpus_dir]))
    assert cache.get_snapshot(CORPUS, files) is not None
    return files


def test_nothing_stored_gives_none(cache: ArticleCache) -> None:
    assert cache.snapshot_head(CORPUS) is None
    assert cache.get_snapshot(CORPUS, []) is None


def test_a_changed_stamp_gives_none(cache: ArticleCache, stored: list) -> None:
    path, (mtime, size) = stored[0]
    assert cache.get_snapshot(CORPUS, [(path, (mtime + 1, size)), *stored[1:]]) is None
    assert cache.get_snapshot(CORPUS, [(path, (mtime, size + 1)), *stored[1:]]) is None


def test_an_added_file_gives_none(cache: ArticleCache, stored: list) -> None:
    assert cache.get_snapshot(CORPUS, [*stored, ("/elsewhere/new.txt", (1, 2))]) is None


def test_a_removed_file_gives_none(cache: ArticleCache, stored: list) -> None:
    assert cache.get_snapshot(CORPUS, stored[:-1]) is None


def test_another_corpus_key_gives_none(cache: ArticleCache, stored: list) -> None:
    assert cache.get_snapshot("another-corpus", stored) is None


def test_file_order_does_not_matter(cache: ArticleCache, stored: list) -> None:
    assert encode_files(stored) == encode_files(list(reversed(stored)))
    assert encode_files(stored) != encode_files(stored[1:])
    assert cache.get_snapshot(CORPUS, list(reversed(stored))) is not None


def test_a_newer_snapshot_replaces_the_older(
    corpus_dir: Path, cache: ArticleCache, stored: list
) -> None:
    (corpus_dir / "g.txt").write_text("Un nouvel article arrive.\n", encoding="utf-8")
    files = stamps_of(corpus_dir)
    report = load_corpus([corpus_dir])
    cache.put_snapshot(CORPUS, files, report)
    assert cache.get_snapshot(CORPUS, stored) is None
    snap = cache.get_snapshot(CORPUS, files)
    assert snap is not None
    assert [a.id for a in snap.report.articles] == [a.id for a in report.articles]
    assert "g" in {a.id for a in snap.report.articles}


def test_a_head_outdated_by_a_newer_put_reads_nothing(
    corpus_dir: Path, cache: ArticleCache, stored: list
) -> None:
    head = cache.snapshot_head(CORPUS)
    assert head is not None
    assert cache.snapshot_body(head) is not None
    (corpus_dir / "a.txt").write_text("Texte changé.\n", encoding="utf-8")
    os.utime(corpus_dir / "a.txt", ns=(1, 1))
    cache.put_snapshot(CORPUS, stamps_of(corpus_dir), load_corpus([corpus_dir]))
    assert cache.snapshot_body(head) is None


def test_snapshots_of_two_corpora_live_side_by_side(
    tmp_path: Path, cache: ArticleCache, corpus_dir: Path, stored: list
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("Un seul article.\n", encoding="utf-8")
    cache.put_snapshot("other", stamps_of(other), load_corpus([other]))
    first = cache.get_snapshot(CORPUS, stored)
    second = cache.get_snapshot("other", stamps_of(other))
    assert first is not None and second is not None
    assert len(first.report.articles) == 6
    assert [a.id for a in second.report.articles] == ["x"]


# --- deferred texts ----------------------------------------------------------------------

TEXT = "Dépêche 😀 « [b]citée[/b] » \x07 fin."


def deferred_article(**fields) -> Article:
    return Article("a", "/c/a.txt", DeferredText(TEXT.encode("utf-8")), "Titre", **fields)  # type: ignore[arg-type]


def test_deferred_text_reads_as_str() -> None:
    article = deferred_article()
    assert type(article.text) is str
    assert article.text == TEXT


def test_deferred_text_from_a_memoryview() -> None:
    data = memoryview(b"xx" + TEXT.encode("utf-8") + b"yy")[2:-2]
    article = Article("a", "/c/a.txt", DeferredText(data), "Titre")  # type: ignore[arg-type]
    assert article.text == TEXT


def test_deferred_text_is_decoded_once() -> None:
    article = deferred_article()
    first = article.text
    assert article.text is first


def test_deferred_article_equals_and_hashes_like_the_plain_one() -> None:
    plain = Article("a", "/c/a.txt", TEXT, "Titre", word_count=3)
    assert deferred_article(word_count=3) == plain
    assert plain == deferred_article(word_count=3)
    assert hash(deferred_article(word_count=3)) == hash(plain)
    assert deferred_article(word_count=4) != plain
    assert len({plain, deferred_article(word_count=3)}) == 1


def test_deferred_article_repr_shows_the_text() -> None:
    plain = Article("a", "/c/a.txt", TEXT, "Titre")
    assert repr(deferred_article()) == repr(plain)


def test_deferred_article_pickles_as_a_plain_one() -> None:
    back = pickle.loads(pickle.dumps(deferred_article()))
    assert back == Article("a", "/c/a.txt", TEXT, "Titre")
    assert type(back.text) is str


def test_deferred_article_copies_and_replaces() -> None:
    plain = Article("a", "/c/a.txt", TEXT, "Titre")
    copied = copy.copy(deferred_article())
    assert copied == plain and type(copied.text) is str
    assert copy.deepcopy(deferred_article()) == plain
    renamed = dataclasses.replace(deferred_article(), title="Autre")
    assert renamed.text == TEXT and renamed.title == "Autre"
    assert dataclasses.astuple(deferred_article()) == dataclasses.astuple(plain)


def test_article_key_of_a_deferred_text_is_the_plain_key() -> None:
    assert article_key(deferred_article()) == article_key(Article("a", "/c/a.txt", TEXT, "Titre"))
