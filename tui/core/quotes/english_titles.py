"""English titles written before a name without an article.

English running text puts a person's title straight before the name ("Police Chief
Ana Ruiz", "Sen. Howard Lenning", "Mayor Patricia Nguyen"), where French writes an
article and a noun group. These are the shapes the role reader of
:mod:`tui.core.quotes.speakers` recognises before it walks back through a noun group.
"""

from __future__ import annotations

import re

from tui.core.quotes.constraints import noun_kind

_CAPITAL_TITLE = re.compile(
    r"(?<![\w.’'-])((?:[A-Z][a-z]+[ \u00a0]+){0,2}([A-Z][a-z]{2,}))[ \u00a0]+$"
)
"""Up to three capitalised words ending a line, the last of them the title's noun."""

_SHORT_TITLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "adm": "admiral",
    "prof": "professor",
    "supt": "superintendent",
}
"""Titles written short before a name, and the role noun they stand for."""
_SHORT_TITLE = re.compile(
    r"(?<![\w.])(" + "|".join(_SHORT_TITLES) + r")\.[ \u00a0]+$", re.IGNORECASE
)


def short_title_role(window: str) -> str | None:
    """The role noun of a short title ending ``window`` ("Sen. " → "senator")."""
    short = _SHORT_TITLE.search(window)
    return None if short is None else _SHORT_TITLES[short.group(1).lower()]


def capital_title(window: str) -> str | None:
    """A capitalised person title ending ``window`` ("accused Mayor " → "Mayor")."""
    title = _CAPITAL_TITLE.search(window)
    if title is not None and noun_kind(title.group(2)) == "person":
        return title.group(1)
    return None


def lone_title(word: str, left: list[str]) -> bool:
    """A capitalised common noun heading a sentence before a name the extractor kept apart.

    The extractor leaves titles such as *Mayor* or *Councilwoman* outside the name;
    at a sentence start, with nothing else before it, such a word is the role.
    """
    if left and left[-1] not in (".", "!", "?", "\n", ":", "«", "“", '"'):
        return False
    shaped = len(word) >= 4 and word.isalpha() and word[0].isupper() and word[1:].islower()
    return shaped and noun_kind(word) == "person"  # "Mayor", never "Then" or "After"


def false_title(word: str) -> bool:
    """A lowercase singular person noun set right before a name with no article, as
    English copy writes a role ("the pressure on manager Graham Holloway", "said coach
    Ann Reyes"): the role is that person's."""
    plain = word.isalpha() and word.islower() and not word.endswith("s")
    return plain and noun_kind(word) == "person"
