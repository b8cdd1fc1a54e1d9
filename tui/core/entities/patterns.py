"""Token patterns and closed word sets the entity extractor cuts text with.

One place for the precompiled regular expressions (capitalised runs, name
particles, elisions, datelines) and the small word sets derived from the lexicon,
so every step of the extractor reads the same definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.entities.lexicon import (
    CALENDAR_WORDS,
    HONORIFICS,
    LOC_HEADS,
    ORG_LOWER_HEADS,
    ORG_TRIGGERS,
    PLACE_NAME_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STATE_HEADS,
    TITLES,
)

_UP = "".join(chr(c) for c in (*range(0x41, 0x2000), *range(0x1E00, 0x1F00)) if chr(c).isupper())


_UP_CLASS = "[" + re.escape(_UP) + "]"


_SEP = "[ \u00a0\u202f]"


# A plural possessive stays on its word when a capital follows ("Transport Workers'
# Union"): whether it belongs to the name is then the possessive's question.
_PLURAL_OWNER = rf"(?<=s)['’](?=[ ]{_UP_CLASS})"


_WORD = rf"{_UP_CLASS}(?:\w|[-‐'’](?=\w)|{_PLURAL_OWNER})*"


# "AT&T", "S&P": capitals glued by an ampersand make one token.
_AMPERSAND = r"[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])"


_TOKEN = rf"(?:{_AMPERSAND}|(?:{_UP_CLASS}\.){{2,}}|{_UP_CLASS}\.(?={_SEP}{_UP_CLASS})|{_WORD})"


_SPACED = (
    "de la|von der|van der|van den|de|du|des|von|van|der|den|di|da|do|dos|del|della|"
    "bin|ibn|ben|es|of the|of|for the|for|on|and|et|y|&"
)


_GLUED = "de l[’']|d[’']|al-|el-"


_CONN = rf"(?:(?:{_SPACED}){_SEP}|(?:{_GLUED}))"


# :data:`_TOKEN` with the capital every branch opens on taken out in front, so the
# pattern starts with one character set: the search then skips to the next capital
# instead of trying every branch at every character of the text. The lookbehind keeps
# the ampersand branch to ASCII capitals, as in ``_AMPERSAND``; the matches are the same.
_TOKEN_CAPITAL_FIRST = (
    rf"{_UP_CLASS}(?:(?<=[A-Z])[A-Z]{{0,2}}&[A-Z]{{1,3}}(?![\w&])|\.(?:{_UP_CLASS}\.)+"
    rf"|\.(?={_SEP}{_UP_CLASS})|(?:\w|[-‐'’](?=\w)|{_PLURAL_OWNER})*)"
)


CHUNK = re.compile(rf"{_TOKEN_CAPITAL_FIRST}(?:{_SEP}{_CONN}?{_TOKEN})*")


PIECE = re.compile(rf"(?P<tok>{_TOKEN})|(?P<conn>{_SPACED}|{_GLUED})")


ELISION = re.compile(r"^(?:[LlDdJjNnMmSsCcTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’']")


# A capital N before an apostrophe and a capital opens a name ("N’Diaye", "N’Djamena").
NAME_ELISION = re.compile(r"^N[’'][A-ZÀ-Þ]")


# The hyphenated second part of a Korean given name ("Heung-min", "Ji-eun").
SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


ACRONYM_DEF = re.compile(r"[ \u00a0]\(([A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,7})\)")


VENUE_NUMBER = re.compile(r"[ \u00a0]\d{1,2}(?![\d\u00a0 ]*\d)(?!\w)")


POSSESSIVE = re.compile(r"[’'][sS]?$")


GLUE_POINT = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")


LOWER_WORD = re.compile(rf"{_SEP}([^\W\d_A-ZÀ-Þ][\w’'-]*)")


PREP = re.compile(
    rf"{_SEP}(?:(de l[’']|d[’']|pour l[’']|sur l[’'])"
    rf"|(de la|de|du|des|aux|pour la|pour le|pour les|sur la|sur le|sur les|en){_SEP})"
)


CAP_RUN = re.compile(rf"{_TOKEN}(?:{_SEP}{_TOKEN})*")


LOC_HEAD_BEFORE = re.compile(
    rf"(?:^|(?<=\W))(\w+){_SEP}(?:(?:de la|du|des|de){_SEP}|de l[’']|d[’'])?$"
)


NOUN_OF_BEFORE = re.compile(
    rf"([^\W\d_]+){_SEP}(?:(?:de la|du|des|de|of the|of){_SEP}|de l[’']|d[’'])\Z"
)


OF_TAILS = (
    *(f"{w}{sep}" for w in ("de", "du", "des", "la", "of", "the") for sep in " \u00a0\u202f"),
    "’",
    "'",
)


# A news dateline: ALL-CAPS place, optional region and date (« 2 septembre » too),
# optional (Agency), a dash.
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ ][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
    r"(?:,[ ](?P<region>[A-ZÀ-Þ][\w.'’-]*(?:[ ][A-ZÀ-Þ][\w.'’-]*){0,2}))?"
    r"(?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}|,[ ]\d{1,2}(?:er)?[ ][a-zéû]{3,9})?"
    r"(?:[ ]\((?P<agency>[A-ZÀ-Þ][\w.&'’ -]{0,30})\))?"
    r"[ ]?[-–—]+[ ]",
    re.M,
)


# Endings of English plural and agent nouns that open sentences ("Investors", "Shares").
PLURAL_NOUN = re.compile(
    r"(?:[^s]ers|isers|users|ors|ists|ants|ents|ians|ions|ings|ies|ates|ives)$"
)


SENTENCE_BREAK = frozenset('.!?…\n\r:;«“‘"([—–•')


FUNCTION = frozenset(
    """le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs
    tout toute tous toutes chaque plusieurs certains certaines quelques aucun aucune
    notre nos votre vos mon ma mes qui que quoi dont où il elle ils elles on nous vous
    en à a et ou mais donc or ni car selon pour par sur avec sans dans chez vers
    the an this that these those his her its our their my your and or but of in on at i
    to for with by from as is was are were""".split()
)


JOIN_HEADS = (
    ORG_TRIGGERS
    | LOC_HEADS
    | PLACE_NAME_HEADS
    | frozenset(
        """république republic royaume kingdom émirats côte pays états district
    territoire territoires saint sainte san santa fort port grand grande""".split()
    )
)


ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS


EXTENDING_HEADS = ORG_TRIGGERS | STATE_HEADS


LOWER_HEADS = LOC_HEADS | ORG_LOWER_HEADS


# A capitalised word standing alone that never names anything by itself: English
# subject pronouns too (« ‘She told this House » opens a quotation, not a name).
LONE_NON_NAMES = (
    FUNCTION | TITLES | HONORIFICS | CALENDAR_WORDS | frozenset("he she it we they you".split())
)


ENGLISH_CONNECTORS = frozenset({"of", "of the", "for", "for the", "on", "and"})


MAX_EXTENSION = 4


MAX_GROUP = 12


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    text: str
    is_token: bool
