"""One-word names the text itself says are no short form of a full name.

A given name under a title (« le pape François » is not François Hollande); a surname
titled for the other gender ("Mrs. Okafor" in an article about Raymond Okafor is his
wife, « M. Roy » beside Véronique Roy her husband); the first of two people sharing a
surname (« Thierry et Véronique Roy »); a surname titled for both genders ("Mr
Quinlan", "Mrs Quinlan"), which two people share.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from tui.core.courtesy_titles import title_before
from tui.core.entities.gazetteer import given_name_genders, name_key
from tui.core.models import Entity
from tui.core.text import fold

SHORT_LABELS = frozenset(("PER", "MISC"))  # labels a lone surname may carry

# Titles before a given name standing alone for a pope, monarch, saint or patriarch.
_TITLES = frozenset(
    fold(w)
    for w in """pape pope roi reine king queen prince princesse princess infante saint
    sainte patriarche patriarch empereur impératrice emperor empress tsar tsarine czar
    sultan émir emir cheikh sheikh""".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def standalone(
    mentions: dict[str, list[Entity]], texts: Mapping[str, str]
) -> tuple[set[str], set[str]]:
    """Keys of one-word names the text itself says are no full name's short form: a given
    name after a title (« le pape François »), a surname titled for the other gender
    ("Mrs. Okafor"), the first of two people sharing a surname (« Thierry et Véronique
    Roy »)."""
    titled: set[str] = set()
    coupled: set[str] = set()
    for aid, ents in mentions.items():
        text = texts.get(aid)
        if not text:
            continue
        titled.update(name_key(name) for name in titled_both_ways(text, ents))
        for e, nxt in itertools.zip_longest(ents, ents[1:]):
            if e.label not in SHORT_LABELS or len(e.text.split()) != 1 or e.start > len(text):
                continue
            m = _WORD_BEFORE.search(text, max(0, e.start - 24), e.start)
            if (m and fold(m.group(1)) in _TITLES) or titled_for_other_gender(text, e, ents):
                titled.add(name_key(e.text))
            elif (
                nxt is not None
                and nxt.label == "PER"
                and len(nxt.text.split()) > 1
                and fold(text[e.end : nxt.start]).strip() in ("et", "and", "&")
            ):
                coupled.add(name_key(e.text))
    return titled, coupled


def titled_for_other_gender(text: str, e: Entity, ents: Sequence[Entity]) -> bool:
    """Whether the lone surname ``e`` follows a title whose gender differs from that of
    the given name of a full name the article ends with it."""
    title = _title_gender(text, e)
    if title is None:
        return False
    key = name_key(e.text)
    table = given_name_genders()
    for other in ents:
        words = other.text.split()
        if other.label == "PER" and len(words) > 1 and name_key(words[-1]) == key:
            given = table.get(fold(words[0]).split("-")[0])
            if given is not None and given != title:
                return True
    return False


def titled_both_ways(text: str, ents: Sequence[Entity]) -> set[str]:
    """Lone surnames the article titles for both genders ("Mr Quinlan" and "Mrs
    Quinlan"): two people share them, so neither is the short form of one full name."""
    seen: dict[str, set[str]] = {}
    for e in ents:
        if e.label != "PER" or " " in e.text:
            continue
        title = _title_gender(text, e)
        if title is not None:
            seen.setdefault(e.text, set()).add(title)
    return {name for name, titles in seen.items() if len(titles) == 2}


def _title_gender(text: str, e: Entity) -> str | None:
    """ "f" or "m" for the gendered title written just before ``e`` ("Mrs", « M. »)."""
    return title_before(text, e.start) or None
