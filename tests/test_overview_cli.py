"""``newsreader overview``: JSON, Markdown, HTML and CSV of the same figures, with text
from the files escaped for each format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tui.cli import main

ARTICLES = {
    "a.md": ("AFP", "2023-09-12", "Kim", "Kim a dit « nous serons toujours avec la Russie » hier."),
    "b.md": ("Le Monde", "2023-09-13", "Kim", "Kim a répété « toujours avec la Russie » ce matin."),
    "c.md": (
        "Le Monde",
        "2023-09-14",
        "Kirby <script>\x1b]0;x\x07",
        "Kirby a jugé « <script>x</script> » inquiétant.",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, (source, date, title, body) in ARTICLES.items():
        text = f"---\ntitle: {json.dumps(title)}\nsource: {source}\ndate: {date}\n---\n{body}\n"
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["overview", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_follows_the_documented_schema(fake_engine, corpus, capsys) -> None:
    code, out, _ = _run(capsys, str(corpus))
    assert code == 0
    doc = json.loads(out)
    assert doc["schema"] == 1
    assert set(doc) == {
        "schema",
        "articles",
        "outlets",
        "quotes",
        "speakers",
        "names",
        "groups",
        "timeline",
        "reuse",
    }
    assert {o["outlet"]: (o["articles"], o["quotes"]) for o in doc["outlets"]} == {
        "Le Monde": (2, 2),
        "AFP": (1, 1),
    }
    speakers = {s["speaker"]: s for s in doc["speakers"]}
    assert speakers["Kim"]["by_outlet"] == {"AFP": 1, "Le Monde": 1}
    (group,) = doc["groups"]
    first = doc["quotes"][group["first"]]
    assert first["article"] == "a" and group["outlets"] == ["AFP", "Le Monde"]
    relations = [v["relation"] for v in group["versions"]]
    assert relations == ["first", "cut"]
    assert [t["article"] for t in doc["timeline"]] == ["a", "b", "c"]
    assert "\x1b" not in out and "\\u001b" in out  # JSON keeps the exact text, escaped


def test_markdown_has_every_view_and_escapes_text(fake_engine, corpus, capsys) -> None:
    code, out, _ = _run(capsys, str(corpus), "--format", "markdown")
    assert code == 0
    for title in (
        "Quotes per outlet",
        "Who said what",
        "Names by outlet",
        "Quotes that travelled",
        "Timeline",
        "Shared text",
    ):
        assert f"## {title}" in out
    assert "█" in out
    assert "\x1b" not in out and "\x07" not in out


def test_html_is_escaped_and_self_contained(fake_engine, corpus, capsys, tmp_path) -> None:
    target = tmp_path / "overview.html"
    code, out, _ = _run(capsys, str(corpus), "--format", "html", "--output", str(target))
    assert code == 0 and out == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "\x1b" not in page and "␛" in page


@pytest.mark.parametrize("table", ["speakers", "names", "groups", "timeline", "reuse"])
def test_csv_gives_each_view_as_a_table(fake_engine, corpus, capsys, table) -> None:
    code, out, _ = _run(capsys, str(corpus), "--format", "csv", "--table", table)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] in {"speaker", "name", "article"}
    assert len(rows) > 1
    assert "\x1b" not in out


def test_csv_speakers_match_the_json_figures(fake_engine, corpus, capsys) -> None:
    _code, out, _ = _run(capsys, str(corpus))
    doc = json.loads(out)
    _code, table, _ = _run(capsys, str(corpus), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert {r["speaker"]: int(r["quotes"]) for r in rows} == {
        s["speaker"]: s["quotes"] for s in doc["speakers"]
    }


def test_a_missing_path_is_one_line(capsys, tmp_path) -> None:
    code, _out, err = _run(capsys, str(tmp_path / "nope"))
    assert code == 2
    assert err.count("\n") == 1 and "no such file" in err
