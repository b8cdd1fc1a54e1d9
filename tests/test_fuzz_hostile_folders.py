"""Fuzzing every front end with folders of hostile files.

Hypothesis builds folders mixing the kinds of file people meet or attackers craft
(escape sequences and Rich markup in texts, titles and file names, broken JSON and
front matter, binary and empty files, legacy encodings, unbalanced quotation marks)
beside one good article. Every subcommand then runs over the folder, as a user would
run it, and must: exit normally, print no traceback, write no raw control character
to stdout or stderr (JSON may carry them escaped), and keep the good article.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui import cli

GOOD = (
    "Sommet de Genève\n\nLa ministre Claire Dubois a déclaré : « Nous tiendrons parole. »\n"
    "Le porte-parole du gouvernement, Marc Lefèvre, a confirmé la rencontre à Genève.\n"
)
PIECES = [
    "\x1b]0;pwned\x07",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b[2J",
    "\x9b31m",
    "\x07",
    "\x00",
    "\r",
    "\u202e",
    "[bold red]",
    "[/",
    "[/bold]",
    "«",
    "»",
    "“",
    '"',
    "\n",
    " Emmanuel Macron ",
    " a déclaré ",
    "Paris",
]
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")

hostile_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=25).map("".join)


@st.composite
def hostile_folder(draw: st.DrawFn) -> dict[str, bytes]:
    """File name → content: the good article plus a few hostile files."""
    files = {"good.txt": GOOD.encode("utf-8")}
    for n in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["txt", "md", "json", "jsonl", "binary", "latin1", "empty"]))
        body = draw(hostile_text)
        stem = f"h{n}" + draw(st.sampled_from(["", "\x1b[2J", "[b]", "\x07"]))
        files[f"{stem}.{_suffix(kind)}"] = _content(kind, body, draw(hostile_text))
    return files


def _suffix(kind: str) -> str:
    return {"md": "md", "json": "json", "jsonl": "jsonl"}.get(kind, "txt")


def _content(kind: str, body: str, title: str) -> bytes:
    if kind == "md":
        return f"---\ntitle: {json.dumps(title)}\n---\n{body}".encode("utf-8", "replace")
    if kind == "json":
        return json.dumps({"title": title, "text": body or "x"}).encode("utf-8")
    if kind == "jsonl":
        return (json.dumps({"title": title, "text": body or "x"}) + "\n{bad\n").encode("utf-8")
    if kind == "binary":
        return b"\x00\x01\x02" + body.encode("utf-8", "replace")
    if kind == "latin1":
        return ("Déclaration à Paris. " + body).encode("latin-1", "replace")
    if kind == "empty":
        return b""
    return body.encode("utf-8", "replace")


@contextlib.contextmanager
def written(files: dict[str, bytes]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for name, content in files.items():
            (folder / name).write_bytes(content)
        yield folder


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    before = os.environ.get("NEWSREADER_HOME")
    os.environ["NEWSREADER_HOME"] = str(home)
    yield
    if before is None:
        os.environ.pop("NEWSREADER_HOME", None)
    else:
        os.environ["NEWSREADER_HOME"] = before


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def assert_clean(code: int, out: str, err: str) -> None:
    assert code == 0, err
    assert "Traceback" not in err
    assert RAW_CONTROL.search(out) is None, repr(RAW_CONTROL.search(out))
    assert RAW_CONTROL.search(err) is None, repr(RAW_CONTROL.search(err))


FUZZ = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(hostile_folder())
def test_analyze_keeps_the_good_article_and_emits_no_control(files: dict[str, bytes]) -> None:
    with written(files) as folder:
        code, out, err = run("analyze", str(folder))
        assert_clean(code, out, err)
        ids = [a["id"] for a in json.loads(out)["articles"]]
        assert "good" in ids
        assert_clean(*run("analyze", str(folder), "--format", "table"))


@FUZZ
@given(hostile_folder(), st.sampled_from(["Dubois", "pwned", "[/", "Genève", "«"]))
def test_search_emits_no_control(files: dict[str, bytes], query: str) -> None:
    with written(files) as folder:
        assert_clean(*run("search", query, str(folder)))
        assert_clean(*run("search", query, str(folder), "--format", "table"))


@FUZZ
@given(hostile_folder(), st.sampled_from(["json", "markdown", "html"]))
def test_compare_exports_emit_no_control(files: dict[str, bytes], fmt: str) -> None:
    with written(files) as folder:
        others = sorted(n for n in files if n != "good.txt" and files[n].strip())
        other = folder / (others[0] if others else "good.txt")
        code, out, err = run("compare", str(folder / "good.txt"), str(other), "--format", fmt)
        if code == 2:  # the other file holds no readable article: one clean line
            assert err.count("\n") == 1 and RAW_CONTROL.search(err) is None
            return
        assert_clean(code, out, err)


@FUZZ
@given(hostile_folder(), st.sampled_from(["json", "markdown", "html", "csv"]))
def test_overview_and_index_emit_no_control(files: dict[str, bytes], fmt: str) -> None:
    with written(files) as folder:
        assert_clean(*run("index", "--workers", "1", str(folder)))
        assert_clean(*run("overview", str(folder), "--format", fmt))
