"""No control character from a file reaches the terminal through a subcommand.

A folder of hostile articles (escape sequences in a title, a body, a file name, a C1
CSI) goes through ``analyze``, ``search`` and ``compare`` in every format; stdout and
stderr are checked byte for byte, and the JSON still carries the data exactly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from tui.cli import main

# Raw C0 controls other than newline and tab, DEL, and C1 controls encoded as UTF-8.
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")

TITLE = "Sommet de Berlin [/ hier \x1b]0;pwned\x07 Scholz"
BODY = (
    "Olaf Scholz a déclaré : « Nous restons unis \x1b[2J et \x9b2J ». "
    "Le chancelier Scholz a parlé à Berlin.\n"
)
JSON_TITLE = "Merz \x1b]52;c;cHduZWQ=\x07 et \x9b31m Scholz"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a\x1b[31mred.txt").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    record = {"title": JSON_TITLE, "text": "Friedrich Merz a rencontré Olaf Scholz à Berlin."}
    (folder / "b.json").write_text(json.dumps(record), encoding="utf-8")
    (folder / "empty\x1b]0;pwned\x07.txt").write_bytes(b"")  # skipped: a line on stderr
    # Not UTF-8: decoded with a warning that names the file.
    (folder / "latin\x1b[2J.txt").write_bytes("Le président Scholz à Berlin.\n".encode("cp1252"))
    return folder


def _run(capfdbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, bytes]:
    code = main(list(argv))
    out, err = capfdbinary.readouterr()
    return code, out, err


def _assert_clean(*streams: bytes) -> None:
    for stream in streams:
        assert RAW_CONTROL.findall(stream) == []


def test_analyze_table_shows_escapes_and_obeys_none(hostile, capfdbinary) -> None:
    code, out, err = _run(capfdbinary, "analyze", str(hostile), "--format", "table")
    assert code == 0
    _assert_clean(out, err)
    text = out.decode("utf-8")
    assert "␛]0;pwned␇" in text
    assert "a␛[31mred" in text  # the id, from the file name
    assert "skipped" in err.decode() and "empty␛]0;pwned␇.txt" in err.decode()
    assert "latin␛[2J.txt" in err.decode()


def test_search_table_takes_markup_like_titles_literally(
    hostile, capfdbinary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "240")  # room for the whole title in its column
    code, out, err = _run(capfdbinary, "search", "Scholz", str(hostile), "--format", "table")
    assert code == 0
    _assert_clean(out, err)
    text = out.decode("utf-8")
    assert "Sommet de Berlin [/" in text
    assert "␛[2J" in text  # the quote, from the body


def test_search_table_with_a_markup_query_and_no_hit(hostile, capfdbinary) -> None:
    code, out, err = _run(
        capfdbinary, "search", "[/zzz] \x1b[2J", str(hostile), "--format", "table"
    )
    assert code == 0
    _assert_clean(out, err)
    assert "No hit" in out.decode()


@pytest.mark.parametrize("command", [["analyze"], ["search", "Scholz"]])
def test_json_keeps_the_data_and_writes_no_raw_control(hostile, capfdbinary, command) -> None:
    code, out, err = _run(capfdbinary, *command, str(hostile))
    assert code == 0
    _assert_clean(out, err)
    assert b"\\u009b" in out
    data = json.loads(out)
    if command == ["analyze"]:
        titles = {a["title"] for a in data["articles"]}
        assert TITLE in titles and JSON_TITLE in titles
        assert any("\x9b2J" in a["text"] for a in data["articles"])


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_compare_exports_show_escapes(hostile, capfdbinary, fmt: str) -> None:
    left, right = hostile / "a\x1b[31mred.txt", hostile / "b.json"
    code, out, err = _run(capfdbinary, "compare", str(left), str(right), "--format", fmt)
    assert code == 0
    _assert_clean(out, err)
    text = out.decode("utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert data["left"]["title"] == TITLE
        assert data["right"]["title"] == JSON_TITLE
    else:
        assert "0;pwned␇ Scholz" in text  # "]" is escaped in Markdown
        assert "52;c;cHduZWQ=␇" in text
        assert text.count("␛") >= 2
        assert "\ufffd31m" in text


def test_usage_errors_name_hostile_paths_visibly(capfdbinary) -> None:
    code, out, err = _run(capfdbinary, "compare", "\x1b]0;pwned\x07", "\x9b2J")
    assert code == 2
    _assert_clean(out, err)
    assert "␛]0;pwned␇" in err.decode()


def test_analysis_problems_are_printed_visibly(capfdbinary) -> None:
    from tui.commands.analyze import corpus_analysis

    result = SimpleNamespace(problems=["a\x1b]0;pwned\x07: analysis failed"], corpus="done")
    service = SimpleNamespace(analyse=lambda: result)
    assert corpus_analysis(cast(Any, service)) == "done"
    _, err = capfdbinary.readouterr()
    _assert_clean(err)
    assert "a␛]0;pwned␇: analysis failed" in err.decode()
