"""Capitalised words opening a sentence that the recogniser took for a name.

« Jeudi », « Interrogé », a profession before its comma (« Glaciologue, »), a trade
before its complement (« Céréalier à Prahecq, »): the capital is the sentence's, and
the span starts after the word, or holds no name at all.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import (
    common_words,
    given_names,
    known_label,
    lowercase_words,
    name_key,
)
from tui.core.entities.role_nouns import PERSON_NOUNS
from tui.core.text import fold

_WORD = re.compile(r"\S+")
_SENTENCE_END = '.!?…\n\r:«“"•'
_PARTICLES = frozenset("de du des van von der den le la di da del della dos das ter ten".split())
"""Particles a family name may open on (« De Gendt », « Le Pen », "Van Aert")."""


def skip_sentence_opener(text: str, s: int, e: int, *, person: bool = False) -> int:
    """Skip a capitalised common word opening a sentence ("Jeudi", "Interrogé", "Lire",
    a profession before a comma: « Glaciologue, »); a person's name may open on a
    particle (« De Gendt remporte »), which stays."""
    word = _WORD.match(text, s, e)
    if word is None or not at_sentence_start(text, s):
        return s
    if person and word.group().lower() in _PARTICLES and word.end() < e:
        return s
    low = word.group().lower()
    folded = fold(low)
    profession = _QUALIFIED_COMMA.match(text, word.end()) is not None and (
        folded in PERSON_NOUNS or folded.endswith(_PROFESSION_ENDS)
    )  # « Glaciologue, », « Géologue cantonal, »
    listed = _LOWERCASE_LIST.match(text, word.end()) is not None
    if person and word.end() == e and _described_opener(text, word.group(), e):
        return e  # « Céréalier à Prahecq, cet agriculteur … »: a trade, then its place
    if low not in common_words() and not _opening_participle(low) and not (profession or listed):
        return s  # « Glaciologue, Marion X dirige… »: what she is, then who
    if name_key(word.group()) in given_names():
        return s
    if known_label(text[s:e]) is not None:
        return s
    rest = _WORD.search(text, word.end(), e)
    return rest.start() if rest else e


def _described_opener(text: str, word: str, end: int) -> bool:
    """A lone word opening a sentence that a complement follows (« Céréalier à X, »,
    « Maraîcher depuis vingt ans, »), written nowhere else in the text and no given
    name: what the person is, not who; a name's bearer is named again or in full."""
    if _COMPLEMENT_AFTER.match(text, end) is None or name_key(word) in given_names():
        return False
    if known_label(word) is not None:
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) == 1


_COMPLEMENT_AFTER = re.compile(r" (?:à|au|aux|de|du|des|d['’]|en|chez|depuis|dans) ")
"""The preposition opening a trade's complement (« à Prahecq », « depuis vingt ans »)."""

_QUALIFIED_COMMA = re.compile(r"(?: [a-zà-öø-ÿœ'’-]+){0,2},")
"""Up to two lowercase words, then the comma closing a profession (« cantonal, »)."""

_LOWERCASE_LIST = re.compile(r"(?:,(?: [a-zà-öø-ÿœ'’-]+){1,4}){1,6} ?:")
"""The rest of an enumeration of lowercase words up to a colon (« Huées, sifflets,
claquements de pupitres : »): the capital of its first word is the sentence's, not a
name's."""

_PROFESSION_ENDS = ("logue", "graphe", "iste", "nome", "ienne", "euse", "rice")
"""Endings of French professions (« Géographe, », « Politologue, »): a lone capitalised
word with one, opening a sentence before a comma, says what the person named next is."""


def _opening_participle(low: str) -> bool:
    """« Assis au premier rang, X… », « Venue témoigner, Y… »: a French participle or
    adjective the lexicon writes in lowercase opens the sentence, not a name."""
    return low.endswith(_PARTICIPLE_ENDINGS) and low in lowercase_words()


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "is", "ise", "ises", "u", "ue", "us", "ues", "ant")


def at_sentence_start(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and text[i] in " \t\u00a0\u202f":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END
