"""Warm start: an unchanged corpus reopens whole from its snapshot, with its stored merge.

Any new, changed or vanished file, or a cache that cannot be read, must answer
``None`` (the reader then loads the ordinary way), never raise.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from tui.core.analysis.parallel import analyze_corpus_cached
from tui.core.corpus.identity import corpus_key
from tui.core.corpus.loader import file_stamp, list_files, load_corpus
from tui.core.models import ArticleAnalysis, CorpusEntity, Entity, LoadReport
from tui.core.store.analysis_cache import AnalysisCache, corpus_fingerprint
from tui.core.store.article_cache import ArticleCache
from tui.core.store.warm_start import WarmCorpus, open_warm

ARTICLES = {
    "a.txt": "Emmanuel Macron a reçu Olaf Scholz à Paris.\n\nIl a déclaré : « Nous avançons. »\n",
    "b.txt": "Olaf Scholz est rentré à Berlin jeudi.\nPublicité\n",
    "c.md": "---\ntitle: Un sommet\nsource: Le Monde\n---\nLe sommet de Paris 😀 s'achève.\n",
    "d.jsonl": (
        '{"title": "Un", "text": "Angela Merkel a parlé à Bruxelles."}\n'
        '{"title": "Deux", "text": "La Commission européenne a répondu."}\n'
    ),
    "e.txt": "",
    "f.txt": "\x00binaire\x00",
}


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content in ARTICLES.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def caches(tmp_path: Path) -> dict[str, Path]:
    return {
        "article_cache": tmp_path / "cache" / "articles.sqlite",
        "analysis_cache": tmp_path / "cache" / "analysis.sqlite",
    }


def current_stamps(folder: Path) -> dict[str, tuple[int, int]]:
    files, _ = list_files([folder])
    return {path: stamp for path in files if (stamp := file_stamp(path)) is not None}


def keep_snapshot(folder: Path, caches: dict[str, Path]) -> LoadReport:
    """Load ``folder`` and store its snapshot, as the reader does once loading is done."""
    report = load_corpus([folder])
    with ArticleCache(caches["article_cache"]) as cache:
        cache.put_snapshot(corpus_key([folder]), list(current_stamps(folder).items()), report)
    return report


def analyse(report: LoadReport, folder: Path, caches: dict[str, Path]):
    with AnalysisCache(caches["analysis_cache"]) as cache:
        return analyze_corpus_cached(
            report.articles, cache=cache, corpus=corpus_key([folder]), workers=1
        )


def warm(folder: Path, caches: dict[str, Path]) -> WarmCorpus | None:
    return open_warm([folder], corpus_key([folder]), **caches)


def change(path: Path, content: str) -> None:
    """Rewrite a file and move its mtime, so its stamp surely differs."""
    before = path.stat().st_mtime_ns
    path.write_text(content, encoding="utf-8")
    os.utime(path, ns=(before + 5_000_000_000, before + 5_000_000_000))


# --- what comes back ---------------------------------------------------------------------


def test_nothing_stored_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    assert warm(corpus_dir, caches) is None


def test_a_kept_snapshot_reopens_whole(corpus_dir: Path, caches: dict[str, Path]) -> None:
    report = keep_snapshot(corpus_dir, caches)
    found = warm(corpus_dir, caches)
    assert found is not None
    assert found.report.articles == report.articles
    assert [a.id for a in found.report.articles] == ["a", "b", "c", "d#1", "d#2"]
    assert found.report.skipped == report.skipped
    assert found.report.warnings == report.warnings
    assert found.stamps == current_stamps(corpus_dir)
    assert set(map(os.path.basename, found.stamps)) == set(ARTICLES)  # skipped files too
    assert found.analysis is None


def test_the_stored_merge_comes_with_it(corpus_dir: Path, caches: dict[str, Path]) -> None:
    report = keep_snapshot(corpus_dir, caches)
    per_article = {
        a.id: ArticleAnalysis(a.id, (Entity(0, 2, a.text[:2], "PER", f"Nom {a.id}"),))
        for a in report.articles
    }
    entities = (CorpusEntity("Nom a", "PER", ("Em",), ("a",), 1),)
    with AnalysisCache(caches["analysis_cache"]) as cache:
        fingerprint = corpus_fingerprint(report.articles)
        cache.put_merged(corpus_key([corpus_dir]), fingerprint, per_article, entities)
    found = warm(corpus_dir, caches)
    assert found is not None and found.analysis is not None
    assert set(found.analysis.articles) == {a.id for a in report.articles}
    assert dict(found.analysis.articles.items()) == per_article
    assert found.analysis.entities == entities


def test_the_engine_merge_is_found(corpus_dir: Path, caches: dict[str, Path]) -> None:
    report = keep_snapshot(corpus_dir, caches)
    merged = analyse(report, corpus_dir, caches)
    assert merged is not None and merged.entities
    found = warm(corpus_dir, caches)
    assert found is not None and found.analysis is not None
    assert set(found.analysis.articles) == {a.id for a in report.articles}
    assert found.analysis.entities == merged.entities
    for article in report.articles:
        assert found.analysis.articles[article.id] == merged.articles[article.id]


def test_a_merge_of_other_content_is_left_out(corpus_dir: Path, caches: dict[str, Path]) -> None:
    report = keep_snapshot(corpus_dir, caches)
    with AnalysisCache(caches["analysis_cache"]) as cache:
        cache.put_merged(corpus_key([corpus_dir]), "not-this-content", {}, ())
    found = warm(corpus_dir, caches)
    assert found is not None
    assert found.report.articles == report.articles
    assert found.analysis is None


def test_a_merge_of_another_corpus_is_left_out(corpus_dir: Path, caches: dict[str, Path]) -> None:
    report = keep_snapshot(corpus_dir, caches)
    with AnalysisCache(caches["analysis_cache"]) as cache:
        fingerprint = corpus_fingerprint(report.articles)
        cache.put_merged("another-corpus", fingerprint, {}, ())
    found = warm(corpus_dir, caches)
    assert found is not None and found.analysis is None


def test_garbage_collection_is_back_on_afterwards(
    corpus_dir: Path, caches: dict[str, Path]
) -> None:
    keep_snapshot(corpus_dir, caches)
    assert gc.isenabled()
    assert warm(corpus_dir, caches) is not None
    assert gc.isenabled()
    assert warm(corpus_dir / "missing", caches) is None
    assert gc.isenabled()


# --- what makes it stale -----------------------------------------------------------------


def test_a_changed_file_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    report = keep_snapshot(corpus_dir, caches)
    analyse(report, corpus_dir, caches)
    change(corpus_dir / "b.txt", "Olaf Scholz est resté à Berlin.\n")
    assert warm(corpus_dir, caches) is None


def test_a_touched_file_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    keep_snapshot(corpus_dir, caches)
    path = corpus_dir / "a.txt"
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert warm(corpus_dir, caches) is None


def test_an_added_file_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    keep_snapshot(corpus_dir, caches)
    (corpus_dir / "sub").mkdir()
    (corpus_dir / "sub" / "g.txt").write_text("Un nouvel article.\n", encoding="utf-8")
    assert warm(corpus_dir, caches) is None


def test_a_deleted_file_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    keep_snapshot(corpus_dir, caches)
    (corpus_dir / "c.md").unlink()
    assert warm(corpus_dir, caches) is None


def test_a_deleted_skipped_file_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    keep_snapshot(corpus_dir, caches)
    (corpus_dir / "e.txt").unlink()
    assert warm(corpus_dir, caches) is None


def test_files_the_loader_never_reads_do_not_matter(
    corpus_dir: Path, caches: dict[str, Path]
) -> None:
    report = keep_snapshot(corpus_dir, caches)
    (corpus_dir / "photo.png").write_bytes(b"\x89PNG")
    (corpus_dir / ".hidden.txt").write_text("Caché.\n", encoding="utf-8")
    found = warm(corpus_dir, caches)
    assert found is not None and found.report.articles == report.articles


def test_a_fresh_snapshot_after_a_change_is_current_again(
    corpus_dir: Path, caches: dict[str, Path]
) -> None:
    keep_snapshot(corpus_dir, caches)
    change(corpus_dir / "a.txt", "Un tout autre texte sur Paris.\n")
    assert warm(corpus_dir, caches) is None
    report = keep_snapshot(corpus_dir, caches)
    found = warm(corpus_dir, caches)
    assert found is not None
    assert found.report.articles[0].text == "Un tout autre texte sur Paris.\n"
    assert found.report.articles == report.articles


def test_another_root_set_has_its_own_snapshot(corpus_dir: Path, caches: dict[str, Path]) -> None:
    keep_snapshot(corpus_dir, caches)
    assert open_warm([corpus_dir / "a.txt"], corpus_key([corpus_dir / "a.txt"]), **caches) is None


def test_missing_or_empty_roots_give_none(tmp_path: Path, caches: dict[str, Path]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert warm(empty, caches) is None
    assert warm(tmp_path / "nowhere", caches) is None


# --- broken caches -----------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"garbage bytes, not a database" * 40, b"\x00" * 4096])
def test_a_corrupt_article_cache_gives_none(
    corpus_dir: Path, caches: dict[str, Path], content: bytes
) -> None:
    path = caches["article_cache"]
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert warm(corpus_dir, caches) is None


def test_a_corrupted_snapshot_file_gives_none(corpus_dir: Path, caches: dict[str, Path]) -> None:
    keep_snapshot(corpus_dir, caches)
    path = caches["article_cache"]
    data = bytearray(path.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)  # keep the header, ruin every page
    path.write_bytes(bytes(data))
    assert warm(corpus_dir, caches) is None


def test_an_unreadable_analysis_cache_only_drops_the_analysis(
    corpus_dir: Path, caches: dict[str, Path]
) -> None:
    report = keep_snapshot(corpus_dir, caches)
    analyse(report, corpus_dir, caches)
    caches["analysis_cache"].write_bytes(b"not a database at all" * 100)
    found = warm(corpus_dir, caches)
    assert found is not None
    assert found.report.articles == report.articles
    assert found.analysis is None


# --- the index command -------------------------------------------------------------------


def test_index_command_leaves_a_warm_corpus(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.cli import main

    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    assert main(["index", "--workers", "1", str(corpus_dir)]) == 0
    found = open_warm([corpus_dir], corpus_key([corpus_dir]))
    assert found is not None
    report = load_corpus([corpus_dir])
    assert [a.id for a in found.report.articles] == [a.id for a in report.articles]
    assert found.report.articles == report.articles
    assert found.report.skipped == report.skipped
    assert found.stamps == current_stamps(corpus_dir)
    assert found.analysis is not None
    assert set(found.analysis.articles) == {a.id for a in report.articles}
    assert any(e.canonical == "Olaf Scholz" for e in found.analysis.entities)


def test_index_again_on_an_unchanged_corpus_reads_no_file(
    corpus_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import tui.core.corpus.loader
    from tui.cli import main

    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    assert main(["index", "--workers", "1", str(corpus_dir)]) == 0
    capsys.readouterr()

    def no_reading(*args, **kwargs):
        raise AssertionError("the files were read again")

    monkeypatch.setattr(tui.core.corpus.loader, "load_files", no_reading)
    assert main(["index", "--workers", "1", str(corpus_dir)]) == 0
    total = len(load_corpus([corpus_dir]).articles)
    assert f"{total} articles: {total} from cache, 0 analysed" in capsys.readouterr().out
    change(corpus_dir / "b.txt", "Un autre texte sur Olaf Scholz.\n")
    with pytest.raises(AssertionError, match="read again"):
        main(["index", "--workers", "1", str(corpus_dir)])


@pytest.fixture
def reader_calls(monkeypatch: pytest.MonkeyPatch) -> list:
    """The corpus ``newsreader PATH`` would start the reader on (the app is not run)."""
    calls: list = []

    def run_app(corpus, *, theme=None):
        calls.append(corpus)
        return 0

    monkeypatch.setattr("tui.ui.app.run_app", run_app)
    return calls


def test_the_reader_starts_warm_after_index(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader_calls: list
) -> None:
    from tui.cli import main

    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    assert main([str(corpus_dir)]) == 0
    assert main(["index", "--workers", "1", str(corpus_dir)]) == 0
    assert main([str(corpus_dir)]) == 0
    cold, warm = reader_calls
    cold_report, warm_report = cold.report, warm.report
    assert [a.id for a in cold_report.articles] == [a.id for a in warm_report.articles]
    assert cold.warm is False and cold.analysis is None
    assert warm.warm is True and list(warm.pending) == []
    assert warm.analysis is not None
    assert set(warm.analysis.articles) == {a.id for a in warm_report.articles}
    assert warm.stamps == current_stamps(corpus_dir)
    assert warm_report.articles == load_corpus([corpus_dir]).articles
    assert warm_report.skipped == load_corpus([corpus_dir]).skipped
