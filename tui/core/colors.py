"""Colour strings a theme may use, and the WCAG arithmetic that keeps text legible.

The core never imports Textual, yet every colour it accepts is handed to Textual's
``Color.parse`` later. So :func:`is_color` accepts a strict subset of what that parser
takes: the same hex, ``rgb``/``rgba`` and ``hsl``/``hsla`` grammar (percentages only in
the places Textual allows them, commas), no longer than :data:`MAX_COLOR_LENGTH`,
without named colours. A UI test checks the subset against ``Color.parse`` itself.
"""

from __future__ import annotations

import re

# Textual writes a number as -?\d+\.?\d*, which backtracks badly on long digit runs;
# this is the same language without the ambiguity.
_DECIMAL = r"-?\d+(?:\.\d*)?"
_PERCENT = rf"{_DECIMAL}%"
_COMMA = r"\s*,\s*"
_OPEN = r"\(\s*"
_CLOSE = r"\s*\)"
_FORMS: dict[str, tuple[str, ...]] = {
    "rgb": (_DECIMAL, _DECIMAL, _DECIMAL),
    "rgba": (_DECIMAL, _DECIMAL, _DECIMAL, _DECIMAL),
    "hsl": (_DECIMAL, _PERCENT, _PERCENT),
    "hsla": (_DECIMAL, _PERCENT, _PERCENT, _DECIMAL),
}
_FUNCTIONS = {
    # ASCII only: Textual's pattern also takes other scripts' digits and spaces.
    name: re.compile(name + _OPEN + _COMMA.join(f"({part})" for part in parts) + _CLOSE, re.ASCII)
    for name, parts in _FORMS.items()
}
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")

#: Longer strings are refused before any regex sees them (Textual's own pattern takes
#: time cubic in the length of a digit run that fails to match).
MAX_COLOR_LENGTH = 64

#: WCAG AA: the least contrast for body text.
AA_TEXT = 4.5


def is_color(value: object) -> bool:
    """Tell whether ``value`` is a hex or functional colour Textual's parser takes."""
    if not isinstance(value, str):
        return False
    value = value.strip()
    if len(value) > MAX_COLOR_LENGTH:
        return False
    return bool(_HEX.fullmatch(value)) or any(
        pattern.fullmatch(value) for pattern in _FUNCTIONS.values()
    )


def hex_rgb(value: str) -> tuple[int, int, int]:
    """``#rgb``/``#rrggbb`` (alpha ignored) → 0–255 channels.

    Raises:
        ValueError: for anything but a hex colour.
    """
    digits = value.strip().lstrip("#")
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits[:3])
    if len(digits) not in (6, 8) or not _HEX.fullmatch("#" + digits):
        raise ValueError(f"not a hex colour: {value!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def blend(ground: tuple[int, int, int], ink: tuple[int, int, int], share: float) -> tuple:
    """``share`` of ``ink`` over ``ground``, as a terminal draws dimmed or tinted text."""
    return tuple(int(g + (i - g) * share) for g, i in zip(ground, ink, strict=True))


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio between two opaque colours, from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
