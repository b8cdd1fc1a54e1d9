"""A second ``newsreader analyze`` over an unchanged corpus is served from the store,
prints byte for byte what the first printed, and never rebuilds the analysis records
it would only take apart again."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

TRICKY = (
    "« Nous irons jusqu'au bout », a déclaré Vladimir Poutine mercredi à Moscou.\n"
    "Le Kremlin\x85 a confirmé\u2028la rencontre avec Kim Jong Un\x7f à Vladivostok.\n"
    "Sur les pancartes, le slogan « Paix et travail » s'étalait partout.\n"
)


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds plus an article full of characters JSON output must escape, with an
    empty home of its own so that the first run is cold."""
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    (folder / "controles.txt").write_text(TRICKY, encoding="utf-8")
    return folder


def _analyze(capsysbinary: pytest.CaptureFixture[bytes], folder: Path) -> bytes:
    assert main(["analyze", str(folder), "--format", "json"]) == 0
    return capsysbinary.readouterr().out


def test_warm_analyze_prints_exactly_what_the_cold_one_did(capsysbinary, corpus: Path) -> None:
    cold = _analyze(capsysbinary, corpus)
    warm = _analyze(capsysbinary, corpus)
    assert warm == cold
    document = json.loads(warm)
    tricky = next(a for a in document["articles"] if a["id"] == "controles")
    assert tricky["text"] == TRICKY and tricky["entities"] and tricky["quotes"]
    assert any(q["speaker"] is None for a in document["articles"] for q in a["quotes"])
    for raw in (b"\x7f", "\x85".encode(), "\u2028".encode()):
        assert raw not in warm
    assert b"\\u0085" in warm and b"\\u2028" in warm and b"\\u007f" in warm


def test_warm_analyze_decodes_no_stored_analysis(
    capsysbinary, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _analyze(capsysbinary, corpus)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a stored analysis was decoded into records")

    monkeypatch.setattr("tui.core.store.analysis_codec.decode_many", refuse)
    assert _analyze(capsysbinary, corpus) == cold


PROBE = """
import sys
from tui.cli import main
code = main(["analyze", sys.argv[1]])
heavy = [m for m in ("tui.core.corpus.loader", "tui.core.analysis.pipeline") if m in sys.modules]
sys.exit(f"a warm analyze imported {heavy}" if heavy and sys.argv[2] == "warm" else code)
"""


def test_warm_analyze_loads_neither_the_file_reader_nor_the_engine(corpus: Path) -> None:
    """Reopened from its snapshot, a corpus needs no file parsing or analysis code."""
    for phase in ("cold", "warm"):
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(corpus), phase],
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")
