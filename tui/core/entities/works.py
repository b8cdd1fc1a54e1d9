"""Titles of works set in italics with asterisks ("*Tempête sur Marseille*").

A film, book or album title names a work, not the places or people its words
happen to spell, so mentions inside it are dropped.
"""

from __future__ import annotations

import re

# One italic run on a single line, opened and closed by a single asterisk.
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]{1,150}?)(?<=\S)\*(?![*\w])")


def without_italic_titles(
    text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Drop the mentions that sit inside an italic run."""
    if "*" not in text:
        return found
    runs = [m.span(1) for m in _ITALIC.finditer(text)]
    if not runs:
        return found
    return [
        (s, e, label) for s, e, label in found if not any(rs <= s and e <= re_ for rs, re_ in runs)
    ]
