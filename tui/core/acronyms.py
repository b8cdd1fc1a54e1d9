"""An organisation's acronym and its full name are one entity.

News spells a body out once and then uses its letters: "the Competition and Markets
Authority (CMA) … The CMA said", « la Communauté économique des États de l'Afrique de
l'Ouest (Cedeao) … la Cedeao ». French writes the acronyms it pronounces as words in
title case (« Cedeao », « Unesco »), and its initials may or may not take the small
words (« des » gives the D of Cedeao, « de » gives nothing). An acronym written right
after the name it spells (in brackets, a few characters apart) joins that name, in any
of these forms; elsewhere only capitals join the one body of the article whose
initials they spell.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from functools import lru_cache

from tui.core.entities.gazetteer import name_key
from tui.core.models import Entity

Union = Callable[[str, str], bool]
"""Joins two name keys into one entity (refusing clashing labels)."""

_MAX_GAP = 3
_PARTICLES = frozenset(
    "de du des d la le l of the and et for von van der den pour sur en à au aux un une".split()
)


def merge_acronyms(union: Union, mentions: Mapping[str, list[Entity]]) -> None:
    """Join each article's acronyms with the names they spell (see the module)."""
    for ents in mentions.values():
        _merge_spelled_out(union, ents)
        for a, b in itertools.pairwise(ents):
            if b.start - a.end > _MAX_GAP:
                continue
            for short, long_ in ((a, b), (b, a)):
                right_after = short is b and b.start - a.end >= 1  # « … (Cedeao) »
                if " " in long_.text.strip() and _abbreviates(short.text, long_.text, right_after):
                    union(name_key(long_.text), name_key(short.text))


def _abbreviates(short: str, long_: str, right_after: bool) -> bool:
    """Whether ``short`` spells ``long_``: capitals its initials without the small
    words, or, written right after it (a bracket or a space apart), title case too
    and initials that may take the small words."""
    letters = short.replace(".", "")
    if not 2 <= len(letters) <= 8 or not letters.isalpha():
        return False
    key = name_key(long_)
    if letters.isupper() and _initials(key) == letters.lower():
        return True
    titled = letters.isupper() or (letters[0].isupper() and letters[1:].islower())
    return right_after and titled and _spells(tuple(_words(key)), letters.lower())


def _initials(key: str) -> str:
    return "".join(t[0] for t in initial_words(key))


def initial_words(name: str) -> list[str]:
    """The words of ``name`` that give its acronym a letter, as written: all but the
    small words (« de », « la », "of"); hyphens and apostrophes part words."""
    return [w for w in re.split(r"[\s\-'’]+", name) if w and name_key(w) not in _PARTICLES]


def _words(key: str) -> list[str]:
    return key.replace("'", " ").split()


@lru_cache(maxsize=4096)
def _spells(words: tuple[str, ...], letters: str) -> bool:
    """Whether ``letters`` are the initials of ``words``, each small word giving its
    initial or nothing, every other word its initial."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if letters and first[0] == letters[0] and _spells(rest, letters[1:]):
        return True
    return first in _PARTICLES and _spells(rest, letters)


def _merge_spelled_out(union: Union, ents: list[Entity]) -> None:
    """Join an organisation's acronym in capitals with the one organisation of the
    article whose name it spells, wherever the two stand."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        if e.label == "ORG" and " " in e.text.strip():
            key = name_key(e.text)
            bodies[_initials(key)].add(key)
    for e in ents:
        letters = e.text.replace(".", "")
        if e.label != "ORG" or not 3 <= len(letters) <= 8 or not letters.isupper():
            continue
        spelled = bodies.get(letters.lower(), set())
        if len(spelled) == 1:
            union(next(iter(spelled)), name_key(e.text))
