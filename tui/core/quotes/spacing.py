"""Text as a crude tokeniser leaves it, read as usually written: offsets unchanged.

Some sources reach the reader after a tokeniser has split every word from its
punctuation: « la corruption , qu' elle qualifie de … », « l' OMS », « … » . A
comma after a space ends no phrase the cues know, and « qu' » cut from « elle »
is no relative pronoun. The attribution therefore reads a copy in which the
comma or full stop moves back against its word and the elided word moves forward
against the next one, each swapping places with the space, and an inverted
pronoun joins its verb again (« a - t - il » reads « a-t-il », the spaces moved
before it); every other character keeps its offset, so quotations and names found in the
original still line up. The comma and the full stop move in any language; elisions
and inversions are French only.
"""

from __future__ import annotations

import re

from tui.core.quotes.words import ELIDED_WORDS

_SPACED_STOP = re.compile(r"(?<=[\w»”\"'’)]) ([,.])(?=[\s»”\"]|$)")
"""A comma or full stop a space parts from the word or closing mark before it."""

_SPACED_ELISION = re.compile(rf"(?<![\w'’])((?i:{ELIDED_WORDS}|quoiqu|presqu)['’]) (?=\w)")
"""An elided French word a space parts from the word it leans on (« l' OMS »)."""


_SPACED_INVERSION = re.compile(r"(?<![\w-])(\w+)( - t - )(il|elle|on|ils|elles)\b")
"""An inverted subject pronoun the tokeniser split from its verb (« a - t - il »)."""


def _joined_inversion(m: re.Match[str]) -> str:
    """« a - t - il » as « a-t-il » after the spaces taken out."""
    hyphens = m[2].replace(" ", "")
    return f"{' ' * (len(m[2]) - len(hyphens))}{m[1]}{hyphens}{m[3]}"


def joined_spacing(text: str, language: str) -> str:
    """``text`` with tokeniser spacing undone in place: same length, same offsets for
    every character but the moved punctuation and elided words."""
    if language == "fr" and " - t - " in text:
        text = _SPACED_INVERSION.sub(_joined_inversion, text)
    if " ," in text or " ." in text:
        text = _SPACED_STOP.sub(r"\1 ", text)
    if language == "fr" and ("' " in text or "’ " in text):
        text = _SPACED_ELISION.sub(r" \1", text)
    return text
