"""The words a role phrase is read in, shared by the readers before and after a name."""

from __future__ import annotations

import re

from tui.core.quotes.words import POSSESSIVES

WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*|[,.;:!?()«»“”\"\n]")
"""A word (hyphens, elisions and initials inside it) or a punctuation mark."""
DETERMINERS = frozenset("le la les l un une the".split()) | POSSESSIVES
CLITICS = frozenset("s' s’ n' n’ qu j' j’ m' m’".split())
"""Elided pronouns that open a clause (« s'est », « n'a »), never a role."""
MAX_ROLE_WORDS = 12


def tokens(text: str) -> list[str]:
    return WORD.findall(text)
