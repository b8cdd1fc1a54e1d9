"""Loading a corpus in batches, the first articles at once, and reloading only what
changed: files on disk, read through the loader and its article cache."""

from __future__ import annotations

from pathlib import Path

import pytest


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"f{i:04}.txt"
        path.write_text(f"Titre numéro {i}\nMarie Curie a parlé {i} fois.\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("workers", [1, 2])
def test_batches_come_back_in_file_order(tmp_path: Path, workers: int) -> None:
    from tui.core.analysis.parallel import LOAD_IN_PROCESS_BELOW, load_in_batches

    n = LOAD_IN_PROCESS_BELOW + 10 if workers > 1 else 30
    files = write_articles(tmp_path / "c", n)
    files.append(tmp_path / "c" / "empty.txt")
    files[-1].write_bytes(b"")
    batches = list(load_in_batches(files, workers=workers, chunk_size=64))
    assert len(batches) == -(-len(files) // 64)
    ids = [a.id for report, _ in batches for a in report.articles]
    assert ids == [f.stem for f in files[:-1]]
    stamps = {path for _, found in batches for path in found}
    assert stamps == {str(f) for f in files}
    assert [Path(p).name for report, _ in batches for p, _ in report.skipped] == ["empty.txt"]


def test_start_corpus_loads_only_the_first_articles(tmp_path: Path) -> None:
    from tui.core.corpus.loader import start_corpus

    folder = tmp_path / "c"
    (folder).mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    files = write_articles(folder, 10)
    report, stamps, pending = start_corpus([folder], first=3)
    assert [a.id for a in report.articles] == ["f0000", "f0001", "f0002"]
    assert [Path(p).name for p, _ in report.skipped] == ["a-empty.txt"]
    assert pending == files[3:]
    assert set(stamps) == {str(folder / "a-empty.txt")} | {str(f) for f in files[:3]}


def test_reload_reads_only_new_and_changed_files(tmp_path: Path, monkeypatch) -> None:
    import os

    from tui.core.corpus import loader as corpus_module
    from tui.core.corpus.loader import load_files, reload_corpus, unique_ids

    folder = tmp_path / "c"
    files = write_articles(folder, 4)
    report, stamps = load_files(files)
    articles = unique_ids(report.articles)
    unchanged, _, count = reload_corpus([folder], articles, stamps)
    assert count == 0 and unchanged.articles == articles

    files[1].write_text("Un autre titre\nTexte changé.\n", encoding="utf-8")
    os.utime(files[1], ns=(1, 1))  # a different mtime even on coarse clocks
    (folder / "new.txt").write_text("Nouveau\nIrène Curie.\n", encoding="utf-8")
    files[3].unlink()
    read: list[str] = []
    real_load_file = corpus_module.load_file
    monkeypatch.setattr(
        corpus_module, "load_file", lambda p: read.append(Path(p).name) or real_load_file(p)
    )
    again, new_stamps, changed = reload_corpus([folder], articles, stamps)
    assert sorted(read) == ["f0001.txt", "new.txt"]
    assert changed == 3
    assert [a.id for a in again.articles] == ["f0000", "f0001", "f0002", "new"]
    assert again.articles[0] is articles[0]
    assert again.articles[1].title == "Un autre titre"
    assert str(files[3]) not in new_stamps


def test_article_cache_serves_unchanged_files_in_order(tmp_path: Path, monkeypatch) -> None:
    import os

    from tui.core.analysis.parallel import load_with_cache
    from tui.core.corpus import loader as corpus_module
    from tui.core.store.article_cache import ArticleCache

    files = write_articles(tmp_path / "c", 12)
    (tmp_path / "c" / "f0005.txt").write_bytes(b"")  # skipped, and cached as skipped
    with ArticleCache(tmp_path / "articles.sqlite") as cache:
        first = list(load_with_cache(files, cache=cache, workers=1, batch_size=4))
    files[7].write_text("Autre titre\nTexte changé.\n", encoding="utf-8")
    os.utime(files[7], ns=(1, 1))
    read: list[str] = []
    real_load_file = corpus_module.load_file
    monkeypatch.setattr(
        corpus_module, "load_file", lambda p: read.append(Path(p).name) or real_load_file(p)
    )
    with ArticleCache(tmp_path / "articles.sqlite") as cache:
        again = list(load_with_cache(files, cache=cache, workers=1, batch_size=4))
    assert read == ["f0007.txt"]
    before = [a for report, _ in first for a in report.articles]
    after = [a for report, _ in again for a in report.articles]
    assert (
        [a.id for a in after]
        == [a.id for a in before]
        == [f.stem for f in files if f.name != "f0005.txt"]
    )
    assert after[:6] == before[:6] and after[8:] == before[8:]
    assert after[6].title == "Autre titre"
    assert [p for report, _ in again for p, _ in report.skipped] == [str(files[5])]
    assert {p for _, stamps in again for p in stamps} == {str(f) for f in files}


def test_article_cache_round_trips_every_field_and_the_skips(tmp_path: Path) -> None:
    from tui.core.models import Article, LoadReport, Span
    from tui.core.store.article_cache import ArticleCache

    article = Article(
        id="a", path="f.jsonl", text="Un été « là ».\n\nFin", title="Un été", source="AFP",
        date="2024-01-01", url="http://x", author="Moi", language="fr", word_count=4,
        paragraphs=(Span(0, 14), Span(16, 19)), furniture=(Span(16, 19),),
        encoding="cp1252", warnings=("front matter: bad",),
    )  # fmt: skip
    second = Article(id="b", path="f.jsonl", text="Deux", title="Deux")
    report = LoadReport([article, second], [("f.jsonl", "line 3: not JSON")], [("f.jsonl", "w")])
    with ArticleCache(tmp_path / "a.sqlite") as cache:
        cache.put_many([("f.jsonl", (1, 2), report), ("g.txt", (3, 4), LoadReport())])
        found = cache.get_many({"f.jsonl": (1, 2), "g.txt": (3, 5)})
    assert list(found) == ["f.jsonl"]  # g.txt changed since: a miss
    assert found["f.jsonl"].articles == [article, second]
    assert found["f.jsonl"].skipped == report.skipped
    assert found["f.jsonl"].warnings == report.warnings
