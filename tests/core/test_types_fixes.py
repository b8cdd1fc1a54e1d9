"""Bugs the type checker brought to light, each pinned by a test."""

from __future__ import annotations

from pathlib import Path

from tui.core.corpus.loader import load_file


def test_jsonl_line_with_an_overlong_integer_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    # json.loads raises a plain ValueError (no ``msg``) past Python's integer digit limit.
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "Un texte."}\n{"count": ' + "1" * 5000 + '}\n{"text": "Un autre."}\n',
        encoding="utf-8",
    )
    articles, skipped, warnings = load_file(path)
    assert [a.id for a in articles] == ["feed#1", "feed#3"]
    assert skipped == []
    # The over-long number costs only its field; this line has no text besides.
    assert [m for _, m in warnings] == [
        "line 2: field 'count' left out (a number of more than 4300 digits)",
        "line 2 skipped: no 'text' string",
    ]


def test_jsonl_syntax_error_still_names_the_decoder_reason(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Un texte."}\n{oops\n', encoding="utf-8")
    _, _, warnings = load_file(path)
    assert [m for _, m in warnings] == [
        "line 2: invalid JSON (Expecting property name enclosed in double quotes)"
    ]
