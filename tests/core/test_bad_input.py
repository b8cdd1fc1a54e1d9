"""Inputs a real corpus contains sooner or later, and what newsreader does with them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui import cli
from tui.core.corpus.decoding import NotText, decode_bytes
from tui.core.corpus.loader import load_corpus, load_file

FR = "Le président a déclaré à la presse qu’il était « très inquiet ».\nÉté 2023, à Séoul.\n"
HOSTILE = (
    "Markup [bold red]x[/] and [link=https://example.org]a link[/link], a lone [/] tag.\n"
    "ANSI \x1b[31mred\x1b[0m and \x1b]8;;https://evil\x1b\\osc\x1b]8;;\x1b\\ escapes.\n"
    "Controls: bell\x07 backspace\x08 form\x0c feed, vertical\x0b tab, DEL\x7f.\n"
)


def test_latin1_is_decoded_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(FR.replace("’", "'").replace("«", '"').replace("»", '"').encode("latin-1"))
    (article,), skipped, warnings = load_file(path)
    assert skipped == []
    assert "président" in article.text and "Séoul" in article.text
    assert article.encoding != "utf-8"
    assert article.warnings and warnings and "UTF-8" in warnings[0][1]


def test_cp1252_curly_quotes_and_euro_survive(tmp_path: Path) -> None:
    text = "Il a dit “oui” pour 5 € – c’est tout. " * 3
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    (article,), _, warnings = load_file(path)
    assert article.text == text
    assert article.encoding == "cp1252" and warnings


def test_utf8_bom_is_dropped_without_warning(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FR.encode("utf-8"))
    (article,), _, warnings = load_file(path)
    assert article.text == FR and warnings == []


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(FR.encode("utf-16"))
    (article,), skipped, _ = load_file(path)
    assert skipped == [] and article.text == FR


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
    ],
)
def test_unreadable_content_is_refused_with_a_reason(content: bytes, reason: str) -> None:
    with pytest.raises(NotText, match=reason):
        decode_bytes(content)


def test_binary_and_empty_files_are_skipped_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n  \n", encoding="utf-8")
    report = load_corpus([tmp_path])
    assert [a.id for a in report.articles] == ["a"]
    reasons = {Path(p).name: r for p, r in report.skipped}
    assert set(reasons) == {"image.txt", "empty.md", "blank.txt"}
    assert "binary" in reasons["image.txt"] and "empty" in reasons["blank.txt"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(FR, encoding="utf-8")
    path.chmod(0)
    try:
        report = load_corpus([tmp_path])
    finally:
        path.chmod(0o644)
    assert report.articles == []
    assert report.skipped == [(str(path), "permission denied")]


def test_twenty_megabyte_file_loads(tmp_path: Path) -> None:
    paragraph = "Le président a déclaré jeudi que la situation était grave. " * 15 + "\n"
    text = paragraph * (20 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1)
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size >= 20 * 1024 * 1024
    (article,), skipped, _ = load_file(path)
    assert skipped == []
    assert len(article.text) == len(text)
    assert len(article.paragraphs) == text.count("\n")
    assert article.title.startswith("Le président a déclaré")


def test_a_megabyte_without_newline_loads(tmp_path: Path) -> None:
    path = tmp_path / "oneline.txt"
    path.write_text("mot " * 250_000, encoding="utf-8")
    (article,), _, _ = load_file(path)
    assert len(article.paragraphs) == 1 and article.title.endswith("…")


def test_markup_ansi_and_controls_are_kept_literally(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    (article,), skipped, _ = load_file(path)
    assert skipped == []
    assert article.text == HOSTILE
    assert "[bold red]x[/]" in article.title


def test_markup_ansi_and_controls_survive_analyze_json(
    tmp_path: Path, fake_engine, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    assert cli.main(["analyze", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["articles"][0]["text"] == HOSTILE


def test_lone_surrogates_in_json_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "avant \\ud800 après"}\n', encoding="utf-8")
    (article,), _, _ = load_file(path)
    assert article.text == "avant \ufffd après"


@pytest.mark.parametrize(
    "header",
    [
        "---\ntitle: [unclosed\n---\n",
        "---\ntitle: a: b\n  bad: indent\n---\n",
        "---\n- just\n- a list\n---\n",
        "---\ntitle: never closed\n",
    ],
)
def test_malformed_front_matter_warns_and_the_article_loads(tmp_path: Path, header: str) -> None:
    path = tmp_path / "story.md"
    path.write_text(header + FR, encoding="utf-8")
    (article,), skipped, warnings = load_file(path)
    assert skipped == []
    assert FR in article.text
    assert warnings and "front matter" in warnings[0][1]
    assert article.warnings == (warnings[0][1],)


def test_missing_path_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["does/not/exist.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "does/not/exist.txt" in err and "Traceback" not in err


def test_folder_with_nothing_readable_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "notes.csv").write_text("not,an,article", encoding="utf-8")
    assert cli.main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no readable article" in err


def test_empty_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analyze", str(tmp_path)]) == 2
    assert "no readable article" in capsys.readouterr().err
