"""The analysis cache: round trips, invalidation, corrupt files and concurrent writers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from record_strategies import entities, quotes

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.store.analysis_cache import AnalysisCache, article_key, content_key
from tui.core.store.analysis_codec import decode_analysis, encode_analysis

ENGINE = "fake:1"


def make_article(aid: str, text: str, language: str = "fr") -> Article:
    return Article(id=aid, path=f"/corpus/{aid}.txt", text=text, title=aid, language=language)


def fake_analysis(article: Article) -> ArticleAnalysis:
    first = article.text.split()[0]
    ent = Entity(0, len(first), first, "PER", first.upper())
    quote = Quote(0, len(article.text), article.text, first.upper(), "speech")
    return ArticleAnalysis(article.id, (ent,), (quote,))


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "analysis.sqlite"


def test_encoding_round_trips_every_field() -> None:
    analysis = ArticleAnalysis(
        "a",
        (Entity(3, 9, "Poutine", "PER", "Vladimir Poutine"), Entity(12, 18, "Moscou", "LOC", "")),
        (Quote(20, 40, "« tous les sujets »", None, "fragment"),),
        (("président russe", "Vladimir Poutine"), ("chef du Kremlin", "Vladimir Poutine")),
    )
    assert decode_analysis("a", encode_analysis(analysis)) == analysis
    assert decode_analysis("b", encode_analysis(analysis)).article_id == "b"


def test_key_depends_on_text_and_language() -> None:
    assert content_key("Bonjour", "fr") == content_key("Bonjour", "fr")
    assert content_key("Bonjour", "fr") != content_key("Bonjour.", "fr")
    assert content_key("Bonjour", "fr") != content_key("Bonjour", "en")


def test_put_then_get_across_reopen(cache_path: Path) -> None:
    arts = [make_article(f"a{i}", f"Nom{i} a dit bonjour.") for i in range(3)]
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        assert cache.get_many(arts) == {}
        assert cache.put_many((a, fake_analysis(a)) for a in arts) == 3
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        got = cache.get_many(arts)
        assert cache.warnings == []
    assert got == {a.id: fake_analysis(a) for a in arts}


def test_changed_text_misses_and_unchanged_hits(cache_path: Path) -> None:
    a, b = make_article("a", "Alpha parle."), make_article("b", "Beta parle.")
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        cache.put_many([(a, fake_analysis(a)), (b, fake_analysis(b))])
        edited = make_article("a", "Alpha parle encore.")
        assert set(cache.get_many([edited, b])) == {"b"}


def test_same_text_under_two_ids_shares_the_row(cache_path: Path) -> None:
    a = make_article("a", "Gamma parle.")
    twin = make_article("twin", "Gamma parle.")
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        cache.put(a, fake_analysis(a))
        got = cache.get_many([a, twin])
    assert got["twin"].article_id == "twin"
    assert got["twin"].entities == got["a"].entities


def test_engine_version_change_invalidates(cache_path: Path) -> None:
    a = make_article("a", "Delta parle.")
    with AnalysisCache(cache_path, engine="fake:1") as cache:
        cache.put(a, fake_analysis(a))
    with AnalysisCache(cache_path, engine="fake:2") as cache:
        assert cache.get(a) is None
        assert cache.prune() == 1
    with AnalysisCache(cache_path, engine="fake:1") as cache:
        assert cache.get(a) is None


def test_bulk_get_beyond_sqlite_variable_limit(cache_path: Path) -> None:
    arts = [make_article(f"a{i}", f"Mot{i} parle.") for i in range(2500)]
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        cache.put_many((a, fake_analysis(a)) for a in arts)
        assert len(cache.get_many(arts)) == 2500
        assert cache.count() == 2500


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all, just text" * 20, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["foreign-bytes", "damaged-sqlite"],
)
def test_corrupt_file_is_set_aside_and_rebuilt(cache_path: Path, content: bytes) -> None:
    cache_path.parent.mkdir(parents=True)
    cache_path.write_bytes(content)
    a = make_article("a", "Epsilon parle.")
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        assert len(cache.warnings) == 1
        assert "was damaged" in cache.warnings[0]
        cache.put(a, fake_analysis(a))
        assert cache.get(a) == fake_analysis(a)
    aside = [p for p in cache_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes() == content


def test_foreign_sqlite_database_is_set_aside(cache_path: Path) -> None:
    cache_path.parent.mkdir(parents=True)
    other = sqlite3.connect(cache_path)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.execute("INSERT INTO notes VALUES ('keep me')")
    other.commit()
    other.close()
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        assert cache.warnings
        assert cache.count() == 0
    aside = next(p for p in cache_path.parent.iterdir() if ".damaged-" in p.name)
    assert sqlite3.connect(aside).execute("SELECT body FROM notes").fetchone() == ("keep me",)


def test_wrong_application_id_is_set_aside(cache_path: Path) -> None:
    cache_path.parent.mkdir(parents=True)
    other = sqlite3.connect(cache_path)
    other.execute("PRAGMA application_id = 1234")
    other.commit()
    other.close()
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        assert cache.warnings


def test_file_damaged_while_open_is_rebuilt(cache_path: Path) -> None:
    a = make_article("a", "Zeta parle.")
    cache = AnalysisCache(cache_path, engine=ENGINE)
    cache.put(a, fake_analysis(a))
    cache._conn.close()  # simulate another program clobbering the file under us
    cache_path.write_bytes(b"garbage" * 1000)
    for side in ("-wal", "-shm"):
        cache_path.with_name(cache_path.name + side).unlink(missing_ok=True)
    cache._conn = sqlite3.connect(cache_path, isolation_level=None, check_same_thread=False)
    assert cache.get(a) is None
    assert cache.warnings
    cache.put(a, fake_analysis(a))
    assert cache.get(a) == fake_analysis(a)
    cache.close()


_WRITER = textwrap.dedent(
    """
    import sys
    from tui.core.store.analysis_cache import AnalysisCache
    from tui.core.models import Article, ArticleAnalysis, Entity
    path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    cache = AnalysisCache(path, engine="fake:1")
    for i in range(n):
        text = f"{tag} article {i}"
        art = Article(id=f"{tag}{i}", path="p", text=text, title="t")
        ent = Entity(0, len(tag), tag, "PER", tag)
        cache.put(art, ArticleAnalysis(art.id, (ent,), ()))
        cache.get(art)
    print(len(cache.warnings))
    """
)


def test_two_processes_at_once_neither_crash_nor_corrupt(cache_path: Path) -> None:
    n = 150
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(cache_path), tag, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("left", "right")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "0"
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        assert cache.count() == 2 * n
        assert cache._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sample = make_article("right7", "right article 7")
        assert cache.get(sample).entities[0].text == "right"


def test_article_key_matches_content_key() -> None:
    a = make_article("a", "Eta parle.", language="en")
    assert article_key(a) == content_key("Eta parle.", "en")


def test_empty_and_mixed_analyses_decode_in_bulk() -> None:
    from tui.core.store.analysis_codec import decode_many

    full = ArticleAnalysis(
        "x", (Entity(0, 4, "Kim", "PER", "Kim Jong Un"),), (Quote(5, 9, "oui", "Kim", "speech"),)
    )
    only_quotes = ArticleAnalysis("y", (), (Quote(1, 2, "a", None, "other"),))
    items = [(a.article_id, encode_analysis(a)) for a in (ArticleAnalysis("e"), full, only_quotes)]
    assert decode_many(items) == [ArticleAnalysis("e"), full, only_quotes]


def test_older_schema_of_ours_is_replaced_quietly(cache_path: Path) -> None:
    from tui.core.store.analysis_cache import APPLICATION_ID

    cache_path.parent.mkdir(parents=True)
    old = sqlite3.connect(cache_path)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute("PRAGMA user_version = 1")
    old.execute("CREATE TABLE analyses (key TEXT)")
    old.commit()
    old.close()
    a = make_article("a", "Theta parle.")
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        assert cache.warnings == []
        cache.put(a, fake_analysis(a))
        assert cache.get(a) == fake_analysis(a)


_texts = st.text(max_size=12)
_entities = entities(_texts)
_quotes = quotes(_texts)


_roles = st.lists(st.tuples(_texts, _texts), max_size=3)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(_entities, max_size=6), st.lists(_quotes, max_size=4), _roles),
        max_size=5,
    )
)
def test_any_analyses_round_trip_in_bulk(groups: list) -> None:
    from tui.core.store.analysis_codec import decode_many

    analyses = [
        ArticleAnalysis(f"id{i}", tuple(e), tuple(q), tuple(r))
        for i, (e, q, r) in enumerate(groups)
    ]
    encoded = [(a.article_id, encode_analysis(a)) for a in analyses]
    assert decode_many(encoded) == analyses


def test_lone_surrogates_survive_the_database(cache_path: Path) -> None:
    a = make_article("a", "\udcff parle.")
    odd = ArticleAnalysis("a", (Entity(0, 1, "\udcff", "MISC", "\udcff"),), ())
    with AnalysisCache(cache_path, engine=ENGINE) as cache:
        cache.put(a, odd)
        assert cache.get(a) == odd
