"""Cues that turn a name into an organisation or a place from the words around it.

Sports and public bodies are often named after their country ("Tennis Australia",
"WWF France", "Région Bretagne"); a company shows itself by what the market does to
it ("Shares in X", "a bid for X"); a place in brackets follows its town ("Vannes
(Morbihan)"); a quoted title is not a person. Each cue is a small, separate test.
"""

from __future__ import annotations

import re

from tui.core.entities.context import (
    is_sentence_start,
    named_mid_sentence,
    org_noun_near,
    word_before,
)
from tui.core.entities.firm_nouns import company_named_before, company_taken_up
from tui.core.entities.gazetteer import (
    given_names,
    known_label,
    lowercase_words,
    name_key,
    world_given_names,
)
from tui.core.entities.lexicon import LOC_CUES, LOC_TAILS, ORG_NOUNS
from tui.core.entities.patterns import PLURAL_NOUN, Piece
from tui.core.entities.shape import is_demonym, is_name_word

# Fields and public services that name a national or regional body after its place
# ("Football Australia", "Sport England", "Tourism New Zealand", "Région Bretagne").
FIELD_WORDS = frozenset(
    """football tennis cricket rugby golf netball hockey basketball baseball softball
    volleyball athletics swimming cycling rowing sailing boxing judo gymnastics triathlon
    surfing skiing snowsports motorsport motorsports equestrian archery badminton squash
    bowls canoeing diving sport sports tourism screen music arts energy universities
    transport water health education business opera ballet heritage région region
    département department""".split()
)
# Local authorities: "la Région Bretagne" is the council, but a headline opening on
# "Région Occitanie :" speaks of the region itself.
_AUTHORITY_WORDS = frozenset("région region département department".split())

# Words before a name that show it is a company: the market acts on it.
_COMPANY_BEFORE = re.compile(
    r"(?:\b[Ss]hares (?:in|of)|\bstake in|\bbid for|\btakeover of|\bacquisition of"
    r"|\bmerger with|\bshareholders in|\bactions? (?:de|d['’])|\brachat (?:de|d['’]))\s*$"
)
# Words after a name that show it is a company ("X's chief executive", "X's shares").
_COMPANY_AFTER = re.compile(
    r"^['’]s (?:chief executive|chief financial officer|shares|share price|board"
    r"|shareholders|chairman|chairwoman|profits?|revenue|bid)\b"
    # "Koldbrew chief executive Pieter Aalst": a company's officer named after it.
    r"|^ (?:chief executive|chief financial officer|chief operating officer|chairman"
    r"|chairwoman|founder|co-founder|spokesman|spokeswoman|spokesperson) [A-Z]"
)

# A French national or departmental road: "la RN165", "la RD948".
ROAD = re.compile(r"R[ND]\d{1,4}")
# Offices whose complement "de la République" is not a place.
_REPUBLIC_OFFICE = re.compile(r"\b(?:procureure?|président(?:e)?|garde des Sceaux)\s+de\s+la\s+$")


def field_body(text: str, tokens: list[Piece]) -> bool:
    """Whether the tokens are a field word or an organisation followed by a place.

    "Tennis Australia" and "WWF France" are bodies, not the country they end with.
    """
    if len(tokens) < 2:
        return False
    if name_key(tokens[0].text) in _AUTHORITY_WORDS and is_sentence_start(text, tokens[0].start):
        return False
    for cut in (1, 2, 3):
        if len(tokens) <= cut:
            break
        place = " ".join(t.text for t in tokens[-cut:])
        if known_label(place) != "LOC":
            continue
        head = " ".join(t.text for t in tokens[:-cut])
        if name_key(head) in FIELD_WORDS or known_label(head) == "ORG":
            return True
    return _place_then_field(tokens)


def _place_then_field(tokens: list[Piece]) -> bool:
    """ "Manitoba Health", "Queensland Health": a province's or state's service named
    place first, one field word after."""
    field = name_key(tokens[-1].text)
    if field not in FIELD_WORDS or field in _AUTHORITY_WORDS:
        return False
    return known_label(" ".join(t.text for t in tokens[:-1])) == "LOC"


def republic_office(text: str, start: int) -> bool:
    """Whether "République" here completes an office ("procureur de la République")."""
    return _REPUBLIC_OFFICE.search(text, max(0, start - 40), start) is not None


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the name fills a pair of quotation marks, as a song or book title does."""
    return start > 0 and end < len(text) and text[start - 1] in '"“«‘' and text[end] in '"”»’'


_COMPANY_BEFORE_ENDS = ("in", "of", "for", "with", "de", "d'", "d’")
"""The words :data:`_COMPANY_BEFORE` ends on, before its final spaces."""


_WHICH_AFTER = re.compile(r", which (?!is |was |means )")
"""An English relative of things right after a name of several words: a body."""


def _body_like(surface: str) -> bool:
    """A name of several words, unlisted, not ending on a place word ("Sable Creek")."""
    words = surface.split()
    place = name_key(words[-1]) in LOC_TAILS or name_key(words[-1]) in _PLACE_ENDS
    return len(words) > 1 and not place and known_label(surface) is None


_PLACE_ENDS = frozenset("creek river lake mount hill village town ridge springs".split())


def _company_before(text: str, start: int) -> bool:
    """A cue before the name shows a company; the search runs only when the text
    before it ends on one of the cue's last words (it cannot match otherwise)."""
    low = max(0, start - 24)
    if not text[low:start].rstrip().endswith(_COMPANY_BEFORE_ENDS):
        return False
    return _COMPANY_BEFORE.search(text, low, start) is not None


def company_surfaces(text: str, found: list[tuple[int, int, str]]) -> set[str]:
    """Surfaces the article shows to be companies somewhere ("Shares in Castlegate")."""
    out: set[str] = set()
    for s, e, label in found:
        if label == "PER" or known_label(text[s:e]) == "LOC":
            continue
        if _company_before(text, s) or _COMPANY_AFTER.match(text[e : e + 30]):
            out.add(text[s:e])
        elif _WHICH_AFTER.match(text, e) and _body_like(text[s:e]):
            out.add(text[s:e])  # "Rand Water, which supplies the city,": a body, not a person
    return out


def cued_label(
    text: str,
    tokens: list[Piece],
    start: int,
    end: int,
    *,
    the_name: bool,
    known: str | None,
) -> str | None:
    """A label the context settles before any other rule ("-" means no entity).

    ``known`` is the listed label of the name, if any: only the office test
    overrides a listed name.
    """
    surface = text[start:end]
    if surface == "République" and republic_office(text, start):
        return "-"
    if known is not None:
        return None
    if field_body(text, tokens) or the_name:
        return "ORG"
    if len(tokens) == 1 and ROAD.fullmatch(surface):
        return "LOC"
    if quoted_title(text, start, end):
        return "MISC"
    last_key = name_key(tokens[-1].text)
    if len(tokens) >= 2 and last_key in LOC_TAILS and word_before(text, start) in LOC_CUES:
        return "LOC"  # "at Albert Park": the place word outweighs the given name
    if (
        2 <= len(tokens) <= 3
        and name_key(tokens[0].text) in given_names()
        and known_label(tokens[0].text) is None
        and all(is_name_word(t.text) for t in tokens)
        and word_before(text, start) in ORG_NOUNS
        and not org_noun_near(text, end, end)
    ):
        return "PER"  # "the producer Tom Ashdown": a person after a trade noun
    if (
        len(tokens) == 1
        and surface[-1] == "s"
        and is_sentence_start(text, start)
        and PLURAL_NOUN.search(surface.lower())
        and surface.lower()[:-1] in lowercase_words()
        and not named_mid_sentence(text, surface)
    ):
        return "-"  # "Organisers said": a plural common noun opening the sentence
    return None


def with_company_cues(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Label every mention of a name the article shows to be a company as ORG."""
    companies = company_surfaces(text, found)
    if not companies:
        return found
    return [(s, e, "ORG" if text[s:e] in companies else lab) for s, e, lab in found]


def with_bracketed_places(
    text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Label a name in brackets right after a place as a place: "Vannes (Morbihan)"."""
    out = list(found)
    for i in range(1, len(out)):
        s, e, label = out[i]
        _, pe, plabel = out[i - 1]
        if (
            label == "MISC"
            and plabel == "LOC"
            and text[pe : pe + 2] == " ("
            and s == pe + 2
            and text[e : e + 1] == ")"
        ):
            out[i] = (s, e, "LOC")
    return out


# French demonym nouns the endings list leaves out ("le Malawite", "l’Argentin").
_DEMONYM_NOUN_ENDINGS = ("ite", "ites", "ote", "otes", "ète", "ètes", "in", "ine", "i")


def demonym_noun(text: str, start: int, low: str) -> bool:
    """Whether a capitalised word after "le"/"la"/"l’" is a nationality before a name.

    "le Malawite Evans Njewa" presents a person by nationality; the caller only asks
    when at least two more capitalised words follow.
    """
    if not low.endswith(_DEMONYM_NOUN_ENDINGS):
        return False
    before = text[max(0, start - 4) : start].rstrip(" \u00a0")
    return before.endswith((" le", " la", " l’", " l'")) or before in ("le", "la")


# French nouns that present an English "The ..." name as a group or a publication,
# where French text otherwise uses "The ..." for titles ("l’émission The Voice").
_THE_NAME_NOUNS = frozenset(
    """groupe revue journal quotidien hebdomadaire magazine site label agence chaîne
    ong association""".split()
)


def english_the_name(text: str, start: int, *, english: bool) -> bool:
    """Whether a capital "The" mid-sentence opens an organisation's name.

    In English it always does ("in The Lancet"); in French only after a noun that
    presents a group or a publication ("le groupe irlandais The Cranberries").
    """
    if english:
        return True
    words = text[max(0, start - 40) : start].split()
    if len(words) >= 2 and words[-1].islower() and is_demonym(words[-1]):
        words = words[:-1]
    return bool(words) and words[-1].lower() in _THE_NAME_NOUNS


def with_company_anaphora(
    text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Label as ORG a run read as a person that "the company said" takes up right after
    one of its mentions, when no given name opens it ("Northwind Ferries said in a
    statement that it accepted the findings. … the company said")."""
    if not company_taken_up(text):
        return found  # most articles: no company noun as a subject
    firms: set[str] = set()
    for n, (s, e, label) in enumerate(found):
        surface = text[s:e]
        if label != "PER" or " " not in surface or surface in firms:
            continue
        if name_key(surface.split()[0]) in world_given_names():
            continue
        until = found[n + 1][0] if n + 1 < len(found) else len(text)
        if company_named_before(text, e, until):
            firms.add(surface)
    if not firms:
        return found
    return [(s, e, "ORG" if text[s:e] in firms else lab) for s, e, lab in found]
