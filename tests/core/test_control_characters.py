"""No character that can drive a terminal survives :func:`visible_controls`, and JSON
written with :func:`json_safe` carries none raw while decoding to the same data."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.text import json_safe, visible_controls

C0 = [chr(c) for c in range(0x20) if chr(c) not in "\n\t"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def _is_control(ch: str) -> bool:
    """A character a terminal may act on, or one that reorders or breaks lines."""
    return (
        unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in BIDI or "\x80" <= ch <= "\x9f"
    ) and ch not in "\n\t"


@pytest.mark.parametrize("ch", C0, ids=lambda ch: f"U+{ord(ch):04X}")
def test_each_c0_control_becomes_its_control_picture(ch: str) -> None:
    assert visible_controls(f"a{ch}b") == f"a{chr(0x2400 + ord(ch))}b"


@pytest.mark.parametrize("ch", C1, ids=lambda ch: f"U+{ord(ch):04X}")
def test_each_c1_control_becomes_a_replacement_character(ch: str) -> None:
    assert visible_controls(f"a{ch}b") == "a\ufffdb"


def test_named_stand_ins() -> None:
    assert visible_controls("\x1b]0;pwned\x07") == "␛]0;pwned␇"
    assert visible_controls("\x1b[2J\x9b2J") == "␛[2J\ufffd2J"
    assert visible_controls("a\rb\x7f") == "a␍b␡"
    assert visible_controls("a\u2028b\u2029c") == "a↵b¶c"
    assert visible_controls("bad\udc9bname") == "bad\ufffdname"


@pytest.mark.parametrize("ch", BIDI, ids=lambda ch: f"U+{ord(ch):04X}")
def test_bidi_overrides_are_shown_not_obeyed(ch: str) -> None:
    assert visible_controls(f"x{ch}y") == "x\ufffdy"


def test_newlines_tabs_and_ordinary_text_are_kept() -> None:
    text = "Sommet de Berlin [/ hier]\n\tÉtats-Unis « oui » — 漢字 🎉 \u00a0"
    assert visible_controls(text) is text


@given(st.text())
def test_output_has_no_control_characters_and_keeps_the_length(text: str) -> None:
    shown = visible_controls(text)
    assert len(shown) == len(text)
    assert not [ch for ch in shown if _is_control(ch)]
    shown.encode("utf-8")  # every encoder takes it, lone surrogates included
    assert [i for i, ch in enumerate(text) if ch in "\n\t"] == [
        i for i, ch in enumerate(shown) if ch in "\n\t"
    ]


@given(st.recursive(st.text() | st.integers() | st.none(), lambda inner: st.lists(inner)))
def test_json_safe_keeps_the_data_exact(value: object) -> None:
    document = {"title": value, "\x9bkey": "\x1b\x9b\u2028\udc9b\x7f"}
    data = json_safe(json.dumps(document, ensure_ascii=False, indent=1))
    assert json.loads(data) == document
    assert not [ch for ch in data if _is_control(ch) and ch != "\n"]
    data.encode("utf-8")


def test_json_safe_writes_c1_as_escapes() -> None:
    data = json_safe(json.dumps({"t": "a\x9b[2Jb\x85"}, ensure_ascii=False))
    assert data == '{"t": "a\\u009b[2Jb\\u0085"}'
    assert "\x9b" not in data
