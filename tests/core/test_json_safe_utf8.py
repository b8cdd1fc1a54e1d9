"""``json_safe_utf8`` escapes in UTF-8 JSON exactly what ``json_safe`` escapes in text,
and hands a document with nothing to escape back as it is."""

from __future__ import annotations

import json

import orjson
from hypothesis import given
from hypothesis import strategies as st

from tui.core.text import json_safe, json_safe_utf8

UNSAFE = ["\x7f", *(chr(c) for c in range(0x80, 0xA0)), "\u2028", "\u2029"]
# Neighbours that share a first UTF-8 byte with an unsafe character and must stay raw.
NEIGHBOURS = ["\xa0", "«", "»", "\u2019", "\u201c", "\u2026", "\u202f", "é", "€"]


@given(st.text(st.sampled_from(UNSAFE + NEIGHBOURS) | st.characters(exclude_categories=["Cs"])))
def test_bytes_and_text_versions_agree(text: str) -> None:
    data = orjson.dumps({"t": text, "k": [text, 1]})
    assert json_safe_utf8(data) == json_safe(data.decode("utf-8")).encode("utf-8")
    assert json.loads(json_safe_utf8(data)) == {"t": text, "k": [text, 1]}


def test_each_unsafe_character_is_escaped() -> None:
    for ch in UNSAFE:
        assert json_safe_utf8(orjson.dumps(f"a{ch}b")) == f'"a\\u{ord(ch):04x}b"'.encode()


def test_nothing_to_escape_returns_the_same_bytes() -> None:
    data = orjson.dumps("Poutine\xa0« oui » — l\u2019Élysée … 漢字 🎉")
    assert json_safe_utf8(data) is data
