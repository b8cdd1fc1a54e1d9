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

_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<f>Mmes?|Mlle|Mrs|Ms|Miss|[Mm]adame|[Mm]ademoiselle)"
    r"|(?P<m>MM?|Mr|[Mm]onsieur)"
    r"|Dr|Me"
    r")\.?\s+$"
)

_TITLE_AT = re.compile(
    r"(?:(?P<f>Mmes?|Mlle|Mrs|Ms|Miss|Madame|Mademoiselle)|(?P<m>MM?|Mr|Monsieur)|Dr|Me)\.?\s+"
)

_REACH = 14
"""How far before a name a title may start: « Mademoiselle » and its space."""


def title_before(text: str, start: int) -> TitleGender | None:
    """The gender of the courtesy title written right before ``start`` in ``text``
    (``""`` for an ungendered one), or ``None`` when no title stands there."""
    m = _TITLE_BEFORE.search(text, max(0, start - _REACH), start)
    if m is None:
        return None
    return "f" if m.group("f") else "m" if m.group("m") else ""


def title_of_mention(text: str, start: int) -> TitleGender | None:
    """The gender of the title a mention carries, whether ``start`` is its title's
    offset (« Miss X » as a speaker found it) or its name's (« X » after « Miss »)."""
    m = _TITLE_AT.match(text, start)
    if m is not None:
        return "f" if m.group("f") else "m" if m.group("m") else ""
    return title_before(text, start)
