"""Subjects that hand their verb's words to a reporter further left.

« son conseil a jugé », "its board had concluded", "the committee's letter suggested",
« il a rappelé que les pêcheurs avaient relevé une « … » »: the subject right before
the verb is owned, a document, or opens a clause that an earlier verb reports, so the
reporting verb further left gives the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.quotes.words import _STATEMENT_NOUNS, _SUBORDINATORS, _fset

_OWNERS = _fset("its their son sa ses leur leurs")

_NOT_COMPLEMENTS = _fset(
    """tant alors parce tandis bien ainsi plus moins autant même avant après pendant dès
    sans pour afin lors depuis ce"""
)
"""Words that make « que » part of a locution, not the start of a reported clause."""


def owned_subject(left: Sequence[Any]) -> bool:
    """Whether the subject before a verb is owned (« son conseil a jugé »), a document
    ("the committee's letter suggested") or opens a clause another verb reports (« il
    a rappelé que les pêcheurs avaient relevé »): not « en tant qu'observateur »."""
    tail = left[-3:]
    owned = any(t.low in _OWNERS or t.low.endswith(("'s", "’s")) for t in tail)
    document = bool(tail) and tail[-1].low in _STATEMENT_NOUNS
    return len(left) > 3 and (owned or document or _reported_clause(left))


def _reported_clause(left: Sequence[Any]) -> bool:
    """Whether a subordinator opens the last few words, after a verb rather than a
    locution (« en tant que », « alors que », « ce que »)."""
    for j in range(max(1, len(left) - 5), len(left) - 1):
        if left[j].low in _SUBORDINATORS and left[j - 1].low not in _NOT_COMPLEMENTS:
            return True
    return False
