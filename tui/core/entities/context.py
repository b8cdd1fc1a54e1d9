"""Context cues around a candidate name: the words just before and after it.

Sentence starts, titles and appositions, place and employer nouns, portfolio
titles and organisation nouns decide labels the spelling alone cannot.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import (
    given_names,
    name_key,
    starts_known_name,
)
from tui.core.entities.lexicon import (
    EMPLOYEE_NOUNS,
    HONORIFICS,
    LOC_HEADS,
    ORG_NOUNS,
    PLACE_NOUNS,
    PLACE_NOUNS_AFTER,
    PORTFOLIO_HOLDERS,
    TITLES,
)
from tui.core.entities.patterns import (
    FUNCTION,
    LOC_HEAD_BEFORE,
    NOUN_OF_BEFORE,
    OF_TAILS,
    SENTENCE_BREAK,
)
from tui.core.entities.shape import is_demonym
from tui.core.text import fold


def plain_word_here(text: str, word: str, low: str, common: frozenset[str]) -> bool:
    """Whether a sentence-initial lone word is the ordinary word it spells.

    Short frequent words always are; a word from the larger dictionary list only
    when the article never writes it capitalised inside a sentence ("Clement said"
    after "Paul Clement" is still the lawyer) and it is not a given name.
    """
    if low in common:
        return True
    return (
        name_key(word) not in given_names()
        and not starts_known_name(word)
        and not named_mid_sentence(text, word)
    )


def place_noun_after(text: str, end: int) -> bool:
    """Whether a place noun follows the name directly ("the Kibera district")."""
    after = text[end : end + 16].split(maxsplit=1)
    return bool(after) and after[0].rstrip(".,;:!?").lower() in PLACE_NOUNS_AFTER


def employer_before(text: str, start: int) -> bool:
    """Whether the name follows "<job noun> at", which names an employer."""
    words = text[max(0, start - 30) : start].split()
    return len(words) >= 2 and words[-1] == "at" and words[-2].lower() in EMPLOYEE_NOUNS


def in_capitals_line(text: str, start: int, end: int) -> bool:
    """Whether an all-caps word sits among other all-caps words (a shouted headline)."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
    return bool(near) and all(w.isupper() and len(w) > 1 for w in near)


def org_noun_near(text: str, start: int, end: int) -> bool:
    after = text[end : end + 20].split()
    if after and after[0].strip(",.;:").lower() in ORG_NOUNS:
        return True
    return word_before(text, start) in ORG_NOUNS


def named_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word`` also appears capitalised inside a sentence (then it is a name)."""
    pos = text.find(word)
    seen = 0
    while pos >= 0 and seen < 20:
        end = pos + len(word)
        whole = (pos == 0 or not text[pos - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole and not is_sentence_start(text, pos):
            return True
        pos = text.find(word, end)
        seen += 1
    return False


def _noun_of_before(text: str, start: int) -> re.Match[str] | None:
    """Match "<noun> de " right before ``start``; a cheap tail test skips most calls."""
    if not text[max(0, start - 4) : start].endswith(OF_TAILS):
        return None
    return NOUN_OF_BEFORE.search(text, max(0, start - 40), start)


def place_noun_before(text: str, start: int) -> bool:
    m = _noun_of_before(text, start)
    if m is None:
        return False
    before = text[max(0, m.start() - 20) : m.start()].split()
    return m.group(1).lower() in PLACE_NOUNS or (bool(before) and before[-1].lower() in PLACE_NOUNS)


def after_portfolio_title(text: str, start: int) -> bool:
    m = _noun_of_before(text, start)
    if m is None:
        return False
    before = text[max(0, m.start() - 25) : m.start()].split()
    words = [m.group(1).lower(), *(w.lower() for w in before[-2:])]
    return any(w in PORTFOLIO_HOLDERS for w in words[:3])


def word_before(text: str, start: int) -> str:
    window = text[max(0, start - 30) : start].rstrip(" \u00a0\u202f'’")
    i = len(window)
    while i > 0 and (window[i - 1].isalpha() or window[i - 1] in "-."):
        i -= 1
    return window[i:].lower()


def title_before(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start].rstrip(" \u00a0\u202f,")
    words = window.split()
    if len(words) >= 2 and words[-1].islower() and is_demonym(words[-1]):
        words = words[:-1]  # "le rappeur belge Stromae"
    return bool(words) and (
        words[-1].lower() in TITLES
        or words[-1].lower() in HONORIFICS
        or words[-1].lower() in ("said", "says", "told", "asked", "dit", "déclare", "affirme")
    )


def apposition_after(text: str, end: int) -> bool:
    window = text[end : end + 40]
    if not window.startswith((",", " a ", " said", " says", " told")):
        return window.startswith((" a déclaré", " a affirmé", " a dit", " a expliqué"))
    if not window.startswith(","):
        return True
    words = window[1:].replace("’", " ").replace("'", " ").split()
    for n, word in enumerate(words[:3]):
        if word.lower() in TITLES:
            return True
        if word.lower() in _HEAD_OF and n + 1 < len(words) and words[n + 1] in ("of", "at"):
            return True  # ", chair of the council,": a role, though "chair" is also a thing
        if word.lower() not in FUNCTION:
            return False
    return False


_HEAD_OF = frozenset("chair head boss member owner founder co-founder leader".split())
"""Nouns that name a role only before "of" or "at" (", chair of X,", ", head of Y,")."""


def is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \u00a0\u202f\t'’":
        if text[i] in "'’" and i > 0 and text[i - 1].isalpha():
            i -= 2  # an elided article ("L’Ukraine") still starts the sentence
            continue
        i -= 1
    if i >= 0 and text[i].isalpha() and i == start - 2 and text[start - 1] in "'’":
        i -= 1
    while i >= 0 and text[i] in " \u00a0\u202f\t":
        i -= 1
    return i < 0 or text[i] in SENTENCE_BREAK or text[i] in "»”"


def loc_head_before(text: str, start: int, heads: frozenset[str] = LOC_HEADS) -> int | None:
    """Return where a lowercase place head starts ("mer du Japon"), if one precedes."""
    found = word_before_name(text, start)
    if found is None or found[0] not in heads:
        return None
    return found[1]


_HEAD_ENDS = " \u00a0\u202f’'"
"""The characters :data:`LOC_HEAD_BEFORE` can end on (a space or an elision)."""


def word_before_name(text: str, start: int) -> tuple[str, int] | None:
    """The lowercase word that may head the name at ``start`` ("mer" of "mer du
    Japon") and where it starts, whatever set of heads it is then looked up in.

    One search serves every set; the pattern ends on a space or an apostrophe
    (before ``$``, which also matches ahead of a final newline), so a window ending
    on anything else is answered at once, without the search.
    """
    window_start = max(0, start - 30)
    window = text[window_start:start]
    tail = window[:-1] if window.endswith("\n") else window
    if not tail or tail[-1] not in _HEAD_ENDS:
        return None
    m = LOC_HEAD_BEFORE.search(window)
    if m is None:
        return None
    return m.group(1), window_start + m.start(1)


_OCCUPATION_AT = re.compile(
    r"(?:^|[,(;]\s*|\b(?:ancien|ancienne|anciens|anciennes|jeune|jeunes)\s+)"
    r"([^\W\d_]+)\s+(?:à|au)\s+$"
)
"""A bare occupation set off before « à » (« , ancien instituteur à X », « , avocate à
X »): where the person works or lives."""


def occupation_at(text: str, start: int) -> bool:
    """Whether a bare person noun and « à » come right before ``start``: the name there
    is where that person works or lives, a place (« une lettre du président à X », with
    its article, stays a person's address)."""
    from tui.core.entities.role_nouns import PERSON_NOUNS

    m = _OCCUPATION_AT.search(text, max(0, start - 40), start)
    return m is not None and fold(m[1]) in PERSON_NOUNS


_CLUB_MARKS = frozenset(
    "FC SC HC AS AC RC CF SV BC HBC OGC EHC FK SK AFC VfB VfL RCD ASM USM".split()
)
"""Letters a sports club's name opens or ends on (« le SC Emmental », « Lugano HC »)."""


def club_name(surface: str) -> bool:
    """Whether a name is a sports club's by the letters it opens or ends on: a club is an
    organisation, whatever the place it is named after."""
    words = surface.split()
    return len(words) > 1 and (words[0] in _CLUB_MARKS or words[-1] in _CLUB_MARKS)
