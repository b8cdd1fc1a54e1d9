"""The words of asking that tell who put a question, in English and French.

A pronoun replying after a question is the one asked, never the one who asked; a name
inside a question is what the speaker was asked about. Several readings need to spot
those words, in slightly different places, so the words themselves live here once.
"""

from __future__ import annotations

import re

ASKED_PARTICIPLES = r"Asked|Pressed|Questioned|Interrogée?s?|Questionnée?s?|Relancée?s?"
"""Participles opening a sentence on a question the writer or unnamed reporters put
("Asked whether …, she said", « Interrogée sur … »)."""

ASKING_VERBS = (
    r"asked|asks|demandait|demande|a\s+demandé|lui\s+demande|interrogeait|interroge|questionne"
)
"""Conjugated verbs of asking (« demande », "asked"), as a sentence or an incise uses them."""

ASKED_OPENING = re.compile(rf"\s*(?:{ASKED_PARTICIPLES})\b")
"""A sentence opening on a participle of asking: the question came from the writer or
reporters nobody names, so the pronoun replying there is the one asked."""

ASKING = re.compile(rf"\b(?:{ASKING_VERBS})\b")
"""A verb of asking in the reply's own sentence ("When the clerk asked who was hurt, he
replied"): the sentence names who asked, so the one who spoke last may be answering."""

ASKED_AFTER = re.compile(rf"[\s,]*(?:{ASKING_VERBS})\b")
"""A verb of asking right after a question's closing mark ('"…?" asked X')."""
