"""The command line: dispatch, help, the reader hand-off and ``analyze`` output."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui import __version__, cli

ARTICLE = "Marie Curie a déclaré : « La science est belle ».\nAvec l’AFP\n"


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, str | None]]:
    """Record the corpus the reader would have been started on, and its theme."""
    calls: list[tuple[object, str | None]] = []

    def run_app(corpus, *, theme=None):
        calls.append((corpus, theme))
        return 0

    monkeypatch.setattr("tui.ui.app.run_app", run_app)
    return calls


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsreader {__version__}"


def test_help_lists_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "--theme" in out
    for name in ("analyze", "search", "compare"):
        assert name in out


def test_no_path_opens_the_bundled_seeds(fake_app) -> None:
    assert cli.main(["--theme", "dark"]) == 0
    ((corpus, theme),) = fake_app
    assert theme == "dark"
    assert len(corpus.articles) == 5
    assert corpus.report.skipped == []


def test_a_path_named_like_a_subcommand(fake_app, tmp_path, monkeypatch) -> None:
    (tmp_path / "analyze").mkdir()
    (tmp_path / "analyze" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["./analyze"]) == 0
    ((corpus, _),) = fake_app
    assert [a.id for a in corpus.articles] == ["a"]


def test_reader_gets_skipped_files_to_show(fake_app, tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    assert cli.main([str(tmp_path)]) == 0
    ((corpus, _),) = fake_app
    assert [Path(p).name for p, _ in corpus.report.skipped] == ["b.txt"]
    assert capsys.readouterr().err == ""  # the reader lists them itself


def test_a_big_folder_opens_on_its_first_articles(fake_app, tmp_path) -> None:
    for n in range(60):
        (tmp_path / f"a{n:02}.txt").write_text(f"Article {n}.\n{ARTICLE}", encoding="utf-8")
    assert cli.main([str(tmp_path)]) == 0
    ((corpus, _),) = fake_app
    assert 0 < len(corpus.articles) < 60
    assert len(corpus.articles) + len(corpus.pending) == 60
    assert corpus.roots == [tmp_path]
    assert set(corpus.stamps) == {a.path for a in corpus.articles}


def test_missing_subcommand_module_is_a_clean_error(monkeypatch, capsys) -> None:
    monkeypatch.setitem(cli.SUBCOMMANDS, "bogus", "not shipped")
    assert cli.main(["bogus"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bogus" in err and "Traceback" not in err


def test_ctrl_c_exits_quietly(monkeypatch, capsys) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "open_corpus", interrupted)
    assert cli.main(["analyze"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_broken_pipe_exits_quietly(monkeypatch, fake_engine) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError

        def fileno(self) -> int:
            raise io.UnsupportedOperation

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["analyze"]) == 141


# --- analyze -------------------------------------------------------------------------


def run_analyze(capsys, *args: str) -> tuple[dict, str]:
    assert cli.main(["analyze", *args]) == 0
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err


def test_analyze_json_shape(fake_engine, tmp_path, capsys) -> None:
    path = tmp_path / "curie.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc, err = run_analyze(capsys, str(path))
    assert err == ""
    assert set(doc) == {"articles", "entities"}
    (article,) = doc["articles"]
    assert set(article) == {
        "id",
        "path",
        "title",
        "source",
        "date",
        "url",
        "author",
        "language",
        "text",
        "entities",
        "quotes",
    }
    assert article["text"] == ARTICLE
    assert (article["id"], article["source"], article["date"]) == ("curie", "AFP", None)
    assert article["language"] == "fr"
    entity = article["entities"][0]
    assert set(entity) == {"start", "end", "text", "label", "canonical"}
    assert ARTICLE[entity["start"] : entity["end"]] == entity["text"] == "Marie"
    (quote,) = article["quotes"]
    assert set(quote) == {"start", "end", "text", "speaker", "source", "kind"}
    assert ARTICLE[quote["start"] : quote["end"]] == "La science est belle"
    assert quote["source"] is None  # named: no unnamed description stands in
    assert quote["speaker"] == "Marie" and quote["kind"] == "speech"
    corpus_entity = next(e for e in doc["entities"] if e["canonical"] == "Marie")
    assert corpus_entity == {
        "canonical": "Marie",
        "label": "PER",
        "aliases": ["Marie"],
        "articles": ["curie"],
        "mentions": 1,
    }


def test_analyze_defaults_to_seeds_and_writes_utf8(fake_engine, capsys) -> None:
    assert cli.main(["analyze"]) == 0
    out = capsys.readouterr().out
    assert "«" in out and "\\u00ab" not in out  # ensure_ascii=False
    assert len(json.loads(out)["articles"]) == 5


def test_analyze_reports_skips_on_stderr(fake_engine, tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    doc, err = run_analyze(capsys, str(tmp_path))
    assert len(doc["articles"]) == 1
    assert "b.txt" in err and "binary" in err


def test_analyze_table(fake_engine, seeds_dir, capsys) -> None:
    assert cli.main(["analyze", "--format", "table", str(seeds_dir)]) == 0
    out = capsys.readouterr().out
    assert "003_b0bb160cb461ac8b" in out and "France 24" in out
    assert "Entities across the corpus" in out


def test_analyze_with_the_real_engine(seeds_dir, capsys) -> None:
    """Once the extractors are installed, their output keeps the documented shape."""
    try:
        import tui.core.analysis.pipeline  # noqa: F401
    except ImportError:
        pytest.skip("analysis engine not installed yet")
    doc, _ = run_analyze(capsys, str(seeds_dir))
    assert len(doc["articles"]) == 5
    ids = {a["id"] for a in doc["articles"]}
    for article in doc["articles"]:
        text = article["text"]
        assert text == Path(article["path"]).read_text(encoding="utf-8")
        for e in article["entities"]:
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["label"] in {"PER", "LOC", "ORG", "MISC"}
        for q in article["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
            assert q["kind"] in {"speech", "fragment", "other"}
    for e in doc["entities"]:
        assert set(e["articles"]) <= ids and e["mentions"] >= 1


def test_analyze_never_imports_textual(tmp_path: Path) -> None:
    script = tmp_path / "probe.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys
            from tui.cli import main
            code = main(["analyze"])
            assert "textual" not in sys.modules, "analyze imported Textual"
            sys.exit(code)
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "NEWSREADER_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr


def test_piping_into_head_prints_no_traceback(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Marie Curie « dit » ceci.\n" * 40_000, encoding="utf-8")
    script = tmp_path / "probe.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys, types
            fake = types.ModuleType("tui.core.analysis.pipeline")
            fake.analyze_corpus = lambda articles: types.SimpleNamespace(
                articles={{}}, entities=())
            sys.modules["tui.core.analysis.pipeline"] = fake
            from tui.cli import main
            sys.exit(main(["analyze", {str(big)!r}]))
            """
        ),
        encoding="utf-8",
    )
    with subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(100)
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
    assert "Traceback" not in err and "Exception ignored" not in err
