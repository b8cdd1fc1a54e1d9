"""The SQLite stores under damage and failure: files damaged inside their pages are set
aside and started afresh, a cache that cannot be used is done without, nothing stored
is lost, and ids or paths with undecodable bytes are stored exactly."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from tui.core.corpus.loader import Stamp
from tui.core.models import Article, ArticleAnalysis, CorpusEntity, Entity, LoadReport
from tui.core.store.analysis_cache import AnalysisCache, article_key
from tui.core.store.analysis_codec import encode_analysis
from tui.core.store.article_cache import ArticleCache
from tui.core.store.database import StoreUnavailable
from tui.core.store.reading_state import ReadingState

ENGINE = "fake:1"
ODD_ID = "caf\udce9"  # a file name with the byte 0xE9, as Python decodes it
ODD_PATH = f"/corpus/{ODD_ID}.txt"


def article(aid: str, text: str = "Alpha parle à Berlin.", path: str | None = None) -> Article:
    return Article(id=aid, path=path or f"/corpus/{aid}.txt", text=text, title=aid)


def analysis_of(a: Article) -> ArticleAnalysis:
    return ArticleAnalysis(a.id, (Entity(0, 5, "Alpha", "PER", "Alpha"),), ())


def damage(path: Path, seed: int = 0) -> bytes:
    """Overwrite the file from byte 4096 on with random bytes: a sound first page (the
    schema), damaged tables. Returns the damaged content."""
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the file
    size = path.stat().st_size
    assert size > 2 * 4096
    with path.open("r+b") as fh:
        fh.seek(4096)
        fh.write(random.Random(seed).randbytes(size - 4096))
    return path.read_bytes()


def copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


def real_disk_full(store: AnalysisCache | ArticleCache | ReadingState) -> None:
    """Make SQLite itself answer "database or disk is full" to any write that needs
    a new page (the file may not grow beyond its current size)."""
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


class BrokenDisk:
    """A connection whose every statement fails as a failing disk makes SQLite fail."""

    in_transaction = False

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real

    def execute(self, *args: object) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorname = "SQLITE_IOERR"
        raise error

    executemany = execute

    def close(self) -> None:
        self.real.close()


# -- the reading state: the user's own marks ---------------------------------------------


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "state.sqlite"
    with ReadingState(path) as state:
        for i in range(40):
            state.set_starred("corpus", (f"a{i}", f"/corpus/a{i}.txt"))
    return path


def test_state_damaged_inside_its_pages_is_set_aside_and_its_place_told(state_path: Path) -> None:
    damaged = damage(state_path)
    with ReadingState(state_path) as state:
        assert len(state.warnings) == 1
        (aside,) = copies(state_path)
        assert str(aside) in state.warnings[0]
        assert state.snapshot("corpus").starred == frozenset()
    assert aside.read_bytes() == damaged
    with ReadingState(state_path) as state:  # reported once: the fresh file is sound
        assert state.warnings == []


def test_star_set_after_recovery_is_kept_across_a_reopen(state_path: Path) -> None:
    damage(state_path)
    with ReadingState(state_path) as state:
        state.set_starred("corpus", ("b", "/corpus/b.txt"))
        state.open_article("corpus", ("c", "/corpus/c.txt"), scroll=7.0)
    with ReadingState(state_path) as state:
        snap = state.snapshot("corpus")
    assert snap.starred == {("b", "/corpus/b.txt")}
    assert snap.last_article == ("c", "/corpus/c.txt")


def test_state_damaged_while_open_keeps_the_star_being_set(state_path: Path) -> None:
    state = ReadingState(state_path)
    state._conn.close()  # another program damages the file under the open reader
    damage(state_path)
    state._conn = sqlite3.connect(state_path, isolation_level=None, check_same_thread=False)
    assert state.toggle_starred("corpus", ("b", "/corpus/b.txt")) is True
    assert len(copies(state_path)) == 1 and "damaged copy is" in state.warnings[0]
    state.close()
    with ReadingState(state_path) as reopened:
        assert reopened.snapshot("corpus").starred == {("b", "/corpus/b.txt")}


def test_state_on_a_full_disk_raises_and_loses_nothing(state_path: Path) -> None:
    with ReadingState(state_path) as state:
        real_disk_full(state)
        many = [(f"new{i}", f"/corpus/{'x' * 200}{i}.txt") for i in range(500)]
        with pytest.raises(sqlite3.OperationalError, match="full"):
            state.set_read_many("corpus", many)
    assert copies(state_path) == []
    with ReadingState(state_path) as state:
        assert len(state.snapshot("corpus").starred) == 40
        assert state.snapshot("corpus").read == frozenset()


def test_the_reader_keeps_a_star_after_its_state_was_damaged(state_path: Path) -> None:
    from tui.ui.reading import ReadingTracker

    damage(state_path)
    starred = article("b")
    tracker = ReadingTracker("corpus", state_path)
    assert len(tracker.problems) == 1 and str(copies(state_path)[0]) in tracker.problems[0]
    assert tracker.toggle_starred(starred) is True
    tracker.close()
    assert len(tracker.problems) == 1  # no "could not save"
    again = ReadingTracker("corpus", state_path)
    assert again.is_starred(starred) and again.problems == []
    again.close()


def test_state_keeps_ids_and_paths_with_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    with ReadingState(path) as state:
        state.set_starred("corpus", (ODD_ID, ODD_PATH))
        state.open_article("corpus", (ODD_ID, ODD_PATH), scroll=3.0)
        assert state.toggle_read("corpus", (ODD_ID, ODD_PATH)) is False
    with ReadingState(path) as state:
        snap = state.snapshot("corpus")
    assert snap.starred == {(ODD_ID, ODD_PATH)} and snap.read == frozenset()
    assert snap.last_article == (ODD_ID, ODD_PATH)


# -- the caches: disposable ----------------------------------------------------------------


def fill_analysis_cache(path: Path) -> None:
    with AnalysisCache(path, engine=ENGINE) as cache:
        arts = [article(f"a{i}", f"Alpha{i} parle. " * 50) for i in range(60)]
        cache.put_many((a, analysis_of(a)) for a in arts)
        cache.put_merged("corpus", "fp", {a.id: analysis_of(a) for a in arts}, ())


def fill_article_cache(path: Path) -> None:
    with ArticleCache(path) as cache:
        files = [(f"/corpus/a{i}.txt", (i, 10)) for i in range(60)]
        report = LoadReport(articles=[article(f"a{i}", "Texte. " * 100) for i in range(60)])
        cache.put_many(
            (p, s, LoadReport(articles=[a]))
            for (p, s), a in zip(files, report.articles, strict=True)
        )
        cache.put_snapshot("corpus", files, report)


@pytest.mark.parametrize("kind", ["analysis", "articles"])
def test_cache_damaged_inside_its_pages_is_set_aside_and_rebuilt(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "cache" / f"{kind}.sqlite"
    (fill_analysis_cache if kind == "analysis" else fill_article_cache)(path)
    damaged = damage(path)
    a = article("fresh")
    if kind == "analysis":
        with AnalysisCache(path, engine=ENGINE) as cache:
            assert len(cache.warnings) == 1 and cache.failure is None
            (warning,) = cache.warnings
            cache.put(a, analysis_of(a))
        with AnalysisCache(path, engine=ENGINE) as cache:
            assert cache.warnings == [] and cache.get(a) == analysis_of(a)
    else:
        with ArticleCache(path) as cache:
            assert len(cache.warnings) == 1 and cache.failure is None
            (warning,) = cache.warnings
            cache.put_snapshot("corpus", [(a.path, (1, 2))], LoadReport(articles=[a]))
        with ArticleCache(path) as cache:
            snap = cache.get_snapshot("corpus", [(a.path, (1, 2))])
            assert cache.warnings == [] and snap is not None
            assert [x.id for x in snap.report.articles] == ["fresh"]
    (aside,) = copies(path)
    assert warning.startswith(f"{path.name} was damaged") and warning.endswith(str(aside))
    assert aside.read_bytes() == damaged


def test_article_cache_damaged_while_open_answers_empty_then_works(tmp_path: Path) -> None:
    path = tmp_path / "articles.sqlite"
    fill_article_cache(path)
    cache = ArticleCache(path)
    cache._conn.close()
    damage(path)
    cache._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    stamps: dict[str, Stamp] = {f"/corpus/a{i}.txt": (i, 10) for i in range(60)}
    assert cache.get_many(stamps) == {}
    assert len(copies(path)) == 1 and len(cache.warnings) == 1
    a = article("b")
    cache.put_many([(a.path, (5, 6), LoadReport(articles=[a]))])
    assert [x.id for x in cache.get_many({a.path: (5, 6)})[a.path].articles] == ["b"]
    cache.close()


def test_analysis_cache_on_a_full_disk_goes_on_without_it_and_loses_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "analysis.sqlite"
    fill_analysis_cache(path)
    kept = article("a1", "Alpha1 parle. " * 50)
    with AnalysisCache(path, engine=ENGINE) as cache:
        real_disk_full(cache)
        big = [article(f"b{i}", f"Beta{i} dit. " * 400) for i in range(50)]
        assert cache.put_many((a, analysis_of(a)) for a in big) == 0
        assert cache.failure is not None and "database or disk is full" in cache.failure
        assert cache.warnings == [cache.failure + "; going on without it"]
        assert cache.get(kept) is None  # given up for the session: answers as empty
        cache.put_merged("other", "fp", {}, ())  # no exception either
    assert copies(path) == []
    with AnalysisCache(path, engine=ENGINE) as cache:
        assert cache.get(kept) == analysis_of(kept)
        assert cache.get_merged("corpus", "fp") is not None


@pytest.mark.parametrize("kind", ["analysis", "articles"])
def test_cache_with_disk_io_errors_goes_on_without_it(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.sqlite"
    cache: AnalysisCache | ArticleCache
    if kind == "analysis":
        fill_analysis_cache(path)
        cache = AnalysisCache(path, engine=ENGINE)
        cache._conn = BrokenDisk(cache._conn)  # type: ignore[assignment]
        assert cache.get_merged("corpus", "fp") is None
        assert cache.put_many([(article("x"), analysis_of(article("x")))]) == 0
    else:
        fill_article_cache(path)
        cache = ArticleCache(path)
        cache._conn = BrokenDisk(cache._conn)  # type: ignore[assignment]
        assert cache.snapshot_head("corpus") is None
        cache.put_snapshot("corpus", [], LoadReport())
    assert cache.failure is not None and cache.failure.endswith("disk I/O error")
    assert len(cache.warnings) == 1
    cache.close()
    assert copies(path) == [] and path.exists()


def test_a_directory_in_place_of_the_cache_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "analysis.sqlite"
    (path / "keep").mkdir(parents=True)
    with pytest.raises(StoreUnavailable, match="is a directory") as caught:
        AnalysisCache(path, engine=ENGINE)
    assert caught.value.path == path and (path / "keep").is_dir() and copies(path) == []


def test_a_file_in_place_of_the_cache_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("not a folder")
    with pytest.raises(StoreUnavailable, match="is a file, not a folder"):
        ArticleCache(tmp_path / "cache" / "articles.sqlite")


def test_using_a_closed_cache_never_sets_a_sound_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "analysis.sqlite"
    fill_analysis_cache(path)
    cache = AnalysisCache(path, engine=ENGINE)
    cache.close()
    with pytest.raises(sqlite3.ProgrammingError):
        cache.get_raw_many(["k"])
    assert copies(path) == [] and cache.warnings == []


# -- text SQLite cannot hold as it is -------------------------------------------------------


def test_merge_with_an_undecodable_file_name_is_stored_and_found(tmp_path: Path) -> None:
    odd = article(ODD_ID, path=ODD_PATH)
    entity = CorpusEntity(f"Alpha {ODD_ID}", "PER", (f"Alpha {ODD_ID}",), (ODD_ID,), 1)
    with AnalysisCache(tmp_path / "analysis.sqlite", engine=ENGINE) as cache:
        cache.put_merged("corpus", "fp", {ODD_ID: analysis_of(odd)}, [entity])
        stored = cache.get_merged("corpus", "fp")
        cache.put_index("corpus", "key", {"head": (json.dumps([ODD_ID]), b"\x01")})
        index = cache.get_index("corpus", "key")
        assert cache.warnings == []
    assert stored is not None
    lazy, entities = stored
    assert list(lazy) == [ODD_ID] and lazy[ODD_ID] == analysis_of(odd)
    assert entities == (entity,)
    assert index is not None and json.loads(index["head"][0]) == [ODD_ID]


def test_article_cache_with_an_undecodable_file_name(tmp_path: Path) -> None:
    odd, plain = article(ODD_ID, path=ODD_PATH), article("plain")
    files = [(ODD_PATH, (1, 2)), (plain.path, (3, 4))]
    report = LoadReport(articles=[odd, plain], warnings=[(ODD_PATH, "legacy encoding")])
    with ArticleCache(tmp_path / "articles.sqlite") as cache:
        cache.put_many(
            [
                (ODD_PATH, (1, 2), LoadReport(articles=[odd])),
                (plain.path, (3, 4), LoadReport([plain])),
            ]
        )
        found = cache.get_many(dict(files))  # the odd file is read again next time
        cache.put_snapshot("corpus", files, report)
        snap = cache.get_snapshot("corpus", files)
        assert cache.warnings == []
    assert list(found) == [plain.path]
    assert snap is not None
    assert [(a.id, a.path, a.text) for a in snap.report.articles] == [
        (a.id, a.path, a.text) for a in (odd, plain)
    ]
    assert snap.report.warnings == [(ODD_PATH, "legacy encoding")]
    assert snap.keys == [article_key(odd), article_key(plain)]
    assert encode_analysis(analysis_of(odd))  # the analysis encodes too
