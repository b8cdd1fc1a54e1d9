"""Courtesy titles written before a name (« M. », « Mme », "Mrs", "Dr").

The name after one is a person's, and most of them tell that person's gender. The
entity conventions, the lone-surname checks and the pronoun genders all read the title
through :func:`title_before`, so they agree on what a title is.
"""

from __future__ import annotations

import re
from typing import Literal

TitleGender = Literal["f", "m", ""]
"""``"f"`` or ``"m"`` for a gendered title, ``""`` for « Me » (Maître) or "Dr"."""

ABBREVIATED_TITLES = frozenset("m mm mme mmes mlle mr mrs ms dr pr prof me mgr".split())
"""Courtesy titles written short, lowercase and without their full stop (« M. »,
« Mgr », "Dr")."""

TITLE_GENDERS: dict[str, TitleGender] = {
    **dict.fromkeys(("m", "mm", "mr", "monsieur", "sir", "lord", "mgr", "monseigneur"), "m"),
    **dict.fromkeys("mme mmes mlle madame mademoiselle madam mrs ms miss dame lady".split(), "f"),
    **dict.fromkeys(("dr", "pr", "prof", "me", "maître", "maitre"), ""),
}
"""Every courtesy title, short or written out, lowercase and without its full stop,
with the gender it tells (``""`` for none): the one table the quote rules read."""


def _titles(capital: str) -> str:
    """The title alternation, female and male forms in named groups; ``capital`` is
    how the written-out « madame », « mademoiselle », « monsieur » may open."""
    return (
        rf"(?P<f>Mmes?|Mlle|Mrs|Ms|Miss|{capital}adame|{capital}ademoiselle)"
        rf"|(?P<m>MM?|Mr|{capital}onsieur)|Dr|Me"
    )


_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:{_titles('[Mm]')})\.?\s+$")
"""A title right before a name, in either case when written out (« madame X »)."""
_TITLE_AT = re.compile(rf"(?:{_titles('M')})\.?\s+")
"""A title opening a mention, capitalised as a speaker's mention starts."""

_REACH = 14
"""How far before a name a title may start: « Mademoiselle » and its space."""


def title_before(text: str, start: int) -> TitleGender | None:
    """The gender of the courtesy title written right before ``start`` in ``text``
    (``""`` for an ungendered one), or ``None`` when no title stands there."""
    m = _TITLE_BEFORE.search(text, max(0, start - _REACH), start)
    return None if m is None else _gender(m)


def title_of_mention(text: str, start: int) -> TitleGender | None:
    """The gender of the title a mention carries, whether ``start`` is its title's
    offset (« Miss X » as a speaker found it) or its name's (« X » after « Miss »)."""
    m = _TITLE_AT.match(text, start)
    return _gender(m) if m is not None else title_before(text, start)


def _gender(m: re.Match[str]) -> TitleGender:
    """The gender a matched title tells, ``""`` for « Me » or "Dr"."""
    return "f" if m.group("f") else "m" if m.group("m") else ""
