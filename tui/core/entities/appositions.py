"""What an English apposition says an unknown name is.

News introduces a name nobody knows with an apposition that says what it names:
"Rekha Saxena, a legislator from Barhanpur," is a person, "Working Families Rising, a
progressive group," a body. The apposition's head noun is its last word before the
first preposition, relative pronoun or participle that follows a noun ("a logistics
company based in Oslo", "a super PAC backing Mr Hale"); a possessive only qualifies
the head after it ("the union's regional organiser").
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import lowercase_words
from tui.core.entities.lexicon import CALENDAR_WORDS, ORG_NOUNS, TITLES
from tui.core.entities.role_nouns import EN_BODY_HEADS, EN_PERSON_HEADS
from tui.core.models import EntityLabel
from tui.core.text import fold

_DETERMINERS = frozenset("a an the its his her their our".split())
_STOPS = frozenset(
    """of at in for from with on to by as who whom whose which that and or but where
    when since until after before said says told between among against across near
    under over around behind""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
_MAX_WORDS = 7


def apposed_label(text: str, end: int) -> EntityLabel | None:
    """PER or ORG when the name ending at ``end`` is followed by ", a <person noun>"
    or ", a <body noun>"; ``None`` when no apposition follows or its head says
    neither."""
    opening = re.match(r",\s+", text[end : end + 2])
    if opening is None:
        return None
    head = _head(_WORD.findall(text, end + opening.end(), end + 90))
    if head is None:
        return None
    if head in EN_PERSON_HEADS or head in TITLES:
        return "PER"
    if head in EN_BODY_HEADS or head in ORG_NOUNS:
        return "ORG"
    return None


def lone_name(word: str) -> bool:
    """A single word no dictionary writes in lowercase and no day or month: a body's
    name when an apposition says so ("Ofqual, the exams regulator,"), where "However,
    the board" or "Tuesday, the council" open a sentence."""
    low = word.lower()
    return low not in lowercase_words() and low not in CALENDAR_WORDS


def _head(words: list[str]) -> str | None:
    """The folded head noun of an apposition's opening words."""
    if not words or not _opens_noun_phrase(words[0]):
        return None  # "Emma Hall, thanked her team": a verb, no apposition
    words = _past_owner(words)  # "the Department of Transportation's inspector general"
    head: str | None = None
    for n, word in enumerate(words[:_MAX_WORDS]):
        low = fold(word)
        if n == 0 and low in _DETERMINERS:
            continue
        if not word[0].isalpha() or low in _STOPS or low in _DETERMINERS:
            break
        if head is not None and low.endswith("ed") and not _governs(words[n + 1 : n + 2]):
            return None  # "In a post on X, the former president called …": a subject
        if head is not None and low.endswith(("ing", "ed")):
            break  # "a company founded by …", "a PAC backing …"
        if low.endswith(("'s", "’s", "s'", "s’")):
            head = None  # "the union's organiser": the noun after the possessive heads
            continue
        head = low
    return head


def _past_owner(words: list[str]) -> list[str]:
    """The words after the last possessive of the phrase, when a complement sits in
    the owner's name ("the Department of Transportation's inspector general"): the
    noun after the possessive heads the apposition, not the body before "of"."""
    phrase = words[: words.index(",")] if "," in words else words
    owners = [n for n, w in enumerate(phrase[:_MAX_WORDS]) if w.endswith(("'s", "’s"))]
    if not owners or owners[-1] + 1 >= len(phrase) or "of" not in phrase[: owners[-1]]:
        return words
    return ["the", *words[owners[-1] + 1 :]]


def _governs(after: list[str]) -> bool:
    """Whether a word ending in -ed is a participle qualifying the noun before it: a
    preposition follows ("founded by", "based in"), where a verb takes its object."""
    return bool(after) and fold(after[0]) in _PARTICIPLE_LINKS


_PARTICIPLE_LINKS = frozenset("by in at on from to with for near across".split())


def _opens_noun_phrase(word: str) -> bool:
    """A determiner, a possessive or a role noun opens an apposition (", a nurse",
    ", the club's coach", ", spokeswoman for the council")."""
    low = fold(word)
    return (
        low in _DETERMINERS or low.endswith(("'s", "’s")) or low in EN_PERSON_HEADS or low in TITLES
    )
