"""Labelling a name no list knows, from the words around it and its own shape.

The last resort of :func:`tui.core.entities.label.label_group`: heads and tails
("… Fund", "… County"), cue words nearby ("the Nikkei newspaper", "at Bernstein"),
then the look of the words themselves.
"""

from __future__ import annotations

import re
from typing import cast

from tui.core.entities.appositions import apposed_label, lone_name
from tui.core.entities.context import (
    apposition_after,
    employer_before,
    in_capitals_line,
    named_mid_sentence,
    org_noun_near,
    place_noun_after,
    place_noun_before,
    plain_word_here,
    title_before,
    word_before,
)
from tui.core.entities.gazetteer import (
    common_words,
    english_lowercase_words,
    given_name_genders,
    given_names,
    lowercase_words,
    name_key,
    world_given_names,
)
from tui.core.entities.lexicon import (
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_ROLE_HEADS,
    BUILDING_TAILS,
    CALENDAR_WORDS,
    COMMON_ACRONYMS,
    COMPASS,
    DEMONYM_ENDINGS,
    LOC_CUES,
    LOC_HEADS,
    LOC_TAILS,
    ORG_ACRONYM_HEADS,
    ORG_OF_HEADS,
    ORG_TAILS,
    ORG_TRIGGERS,
    PLACE_NAME_HEADS,
    ROLE_HEADS,
    STORM_HEADS,
    TITLES,
)
from tui.core.entities.patterns import (
    FUNCTION,
    PLURAL_NOUN,
    Piece,
)
from tui.core.entities.persons import head_label, person_cue
from tui.core.entities.role_nouns import PERSON_NOUNS
from tui.core.entities.shape import (
    is_acronym,
    is_name_word,
    korean_name,
    lone_demonym,
    team_name,
)
from tui.core.models import EntityLabel

_PARTICLE = re.compile(r"\s(?:von|van|de|der|den|da|di|dos|du|ter|bin|ibn)\s")
"""A family-name particle between capitalised words (« Pieter de Boer »)."""

_PERSON_AFTER = re.compile(r",\s\d{1,3},|\s+[a-z]+\s+(?:her|his)\s")
"""What follows a person's name: an age ("Ada Quell, 34,"), or a verb with a
possessive ("Ada Quell retained her title")."""

_ORG_LAST_WORDS = ORG_TRIGGERS | ORG_TAILS
"""Last words that make a run an organisation; built once, not per name."""

_ENGLISH_OFFICE_INITIALS = frozenset("mp mps mep meps mla mlas mpp msp msps mec td tds pm".split())
"""Offices English copy writes as capitals ("the MP said"): people, never an
organisation. French business offices (« le PDG », « la DRH ») are dropped from the
trained engine's names by ``nameless.ROLE_ACRONYMS``."""

_UNDECIDED = "?"
"""What a step of :func:`guess_label` answers when it cannot tell."""


class _Unsupported(str):
    """The label of a name no cue supports. It reads as MISC, so the passes over the
    whole article may still label it from a cue they see (a list of places it stands
    in, a longer name it repeats); one still unsupported at the end is dropped."""

    __slots__ = ()


UNSUPPORTED = cast(EntityLabel, _Unsupported("MISC"))


def unsupported(label: str) -> bool:
    """Whether ``label`` is still :data:`UNSUPPORTED` (no cue ever labelled the name)."""
    return isinstance(label, _Unsupported)


def guess_label(
    text: str,
    tokens: list[Piece],
    start: int,
    end: int,
    per_cue: bool,
    start_of_sentence: bool,
    *,
    english: bool = False,
) -> EntityLabel | None:
    """A label for a name no list knows, from the words around it and its shape.

    Never MISC by default: an unknown word nothing supports is :data:`UNSUPPORTED`,
    and not an entity unless a pass over the article finds a cue. A French run of
    name-like words is taken for a person (French news names many people whose given
    names no list holds: « Sergueï Choïgou »); an English one is not, since
    companies, products and foreign places look just the same there.
    """
    found = _label_from_cues(text, tokens, start, end, per_cue, english=english)
    if found != _UNDECIDED:
        return found  # type: ignore[return-value]
    if len(tokens) >= 2:
        if english and (_role_apposition(text, start) or _PERSON_AFTER.match(text, end)):
            return "PER"  # "the company's chief executive, Ada Quell, said"
        return _label_of_words(text[start:end], tokens, english=english)
    return _label_of_one_word(text, start, end, start_of_sentence)


_PARTY_MEMBERS = frozenset(("republican", "democrat"))
"""One member of an American party, as copy describes a legislator ("a Texas Democrat")."""

_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*[,.]")
"""An age set off after a name, as English news gives it ("Denise Pruitt, 63,")."""


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _spelled_out(tokens: list[Piece], first_key: str, acronym: re.Match[str] | None) -> bool:
    """Whether the acronym in brackets after a run is made of its words' initials (a
    person's initials aside: the run opening on a given name stays a name)."""
    if acronym is None or len(tokens) < 2 or first_key in given_names():
        return False
    initials = "".join(t.text[0] for t in tokens if t.text[:1].isupper())
    return initials == acronym.group(1)


def _named_person(text: str, tokens: list[Piece], start: int, end: int, first_key: str) -> bool:
    """ "Ethan Park, who sits his exam", "Kim Park, the team's captain,": a given name
    and a place-like surname that a person's cue or apposition follows name a person,
    not a park."""
    given = first_key in given_names() or first_key in world_given_names()
    if len(tokens) != 2 or not given:
        return False
    return person_cue(text, tokens, start, end) or apposed_label(text, end) == "PER"


_VOICE_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|representative)s? for\s+$")


def _voice_of_a_body(text: str, start: int, word: str) -> bool:
    """Whether one unknown word follows "a spokesman for": a body speaks so, unless the
    word is a given name or the surname the text gives a person elsewhere."""
    return _VOICE_FOR.search(text, max(0, start - 30), start) is not None and _no_person(text, word)


def _no_person(text: str, word: str) -> bool:
    """Whether ``word`` is no given name, nor a surname the text writes after a capital."""
    if name_key(word) in given_names():
        return False
    return re.search(rf"\b[A-Z][\w.'’-]* {re.escape(word)}\b", text) is None


def _body_by_cue(text: str, tokens: list[Piece], start: int, end: int) -> bool:
    """Whether English words around a name make it a body, whatever verb follows: "a
    spokesman for Corvella", "Unite national officer Gary X", "analysts at Peel Hunt"."""
    if _voice_of_a_body(text, start, tokens[0].text):
        return True  # "a spokesman for Corvella", "… for Save Fenwick Park"
    if len(tokens) == 1 and _officer_after(text, end, tokens[0].text):
        return True
    return len(tokens) >= 2 and employer_before(text, start)


_OFFICER_AFTER = re.compile(r"\s+((?:[a-z][a-z-]+\s+){0,2}?)([a-z]+)\s+[A-Z][a-z]")
_BODY_OFFICERS = frozenset(
    """officer executive chairman chairwoman chair director president secretary economist
    analyst organiser organizer founder ceo treasurer""".split()
)
"""Offices a body has, as a person has aides and spokesmen ("Clinton spokesman X")."""


def _officer_after(text: str, end: int, word: str) -> bool:
    """ "Unite national officer Gary X", "Halvern chief executive Ada Y": one unknown
    word before a body's office and its holder's name is the body; a candidate's
    campaign ("the Trask campaign chairman X") or a given name is a person's."""
    m = _OFFICER_AFTER.match(text, end)
    if m is None or m[2] not in _BODY_OFFICERS or "campaign" in m[1]:
        return False
    return _no_person(text, word)


_HOME_OF_OFFICEHOLDER = re.compile(
    r"\b(?:Rep|Reps|Sen|Sens|Gov|Del|Assemblyman|Assemblywoman|Congressman|Congresswoman|"
    r"Senator|Representative|Governor|Mayor|Leader|Speaker|Whip)\.?\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}of\s+$"
)
"""An elected official's name and "of": the name that follows is their state or town."""

_PLACE_BEFORE = frozenset(("in", "near", "from", "across", "outside"))
"""English prepositions that put a lone name in its place, whatever verb follows."""


def _label_from_cues(
    text: str, tokens: list[Piece], start: int, end: int, per_cue: bool, *, english: bool
) -> str | None:
    """Heads, tails and cue words that settle the label; :data:`_UNDECIDED` if none."""
    surface = text[start:end]
    first = tokens[0].text
    first_key = name_key(first.split("-")[0])
    last_key = name_key(tokens[-1].text)
    if "&" in surface or _spelled_out(tokens, first_key, _ACRONYM_AFTER.match(text, end)):
        return "ORG"  # "AT&T", "Independent Hospitals Inspectorate (IHI)": a body
    if last_key not in ORG_TRIGGERS and any(name_key(t.text) in STORM_HEADS for t in tokens[:-1]):
        return "MISC"  # "Hurricane Delphine", "Tropical Storm Ana"
    if english and _HOME_OF_OFFICEHOLDER.search(text, max(0, start - 80), start):
        return "LOC"  # "Senate Minority Leader Carla Jensen of Fresno": her home
    if english and _body_by_cue(text, tokens, start, end):
        return "ORG"  # "a spokesman for Corvella", "Unite national officer X", "analysts at Y"
    if per_cue or korean_name(tokens):
        return "PER"
    if english and len(tokens) >= 2 and _AGE_AFTER.match(text, end):
        return "PER"  # "Doreen Castle, 71,": an age in apposition outweighs a place tail
    if tokens[0].text in ORG_ACRONYM_HEADS:
        return "ORG"  # "CHU de Rennes"
    if len(tokens) >= 2 and last_key in _ORG_LAST_WORDS:
        return "ORG"  # "German Marshall Fund said": the head outweighs the verb
    if len(tokens) >= 2 and last_key in BUILDING_TAILS and first_key not in given_names():
        return "LOC"  # "Kensington Palace said": the building, as for a capital
    role = english and first.lower() in _ENGLISH_OFFICE_INITIALS
    if len(tokens) == 1 and (first in COMMON_ACRONYMS or role):
        return None  # "GDP"; "the MP said", "the MEC said": a role, not a body
    if len(tokens) == 1 and is_acronym(first):
        return None if in_capitals_line(text, start, end) else "ORG"
    if english and ((len(tokens) == 1 and lone_demonym(first)) or last_key in _PARTY_MEMBERS):
        return None  # "Every European carmaker", "an Arizona Republican": no one's name
    if end - start > 1 and org_noun_near(text, start, end):
        return "ORG"  # "the Nikkei newspaper", "news agency WAM"
    if place_noun_after(text, end):
        return "LOC"  # "the Cité Soleil district"
    if english and (found := _english_cue_label(text, tokens, start, end, first_key)):
        return found
    placed = english and len(tokens) == 1 and word_before(text, start) in _PLACE_BEFORE
    if not placed and (title_before(text, start) or apposition_after(text, end)):
        return "PER"  # but "officials in Lansing said": the verb is the officials'
    if len(tokens) >= 2 and employer_before(text, start):
        return "ORG"  # "his lawyers at Kingsley Napley": a firm named after its founders
    if len(tokens) >= 2 and first_key in given_names():
        return "PER"
    if english and len(tokens) in (2, 3) and _given_name_first(text, tokens, first_key, last_key):
        return "PER"
    if len(tokens) >= 2 and last_key in ROLE_HEADS and last_key not in AMBIGUOUS_ROLE_HEADS:
        return "MISC"  # "Manhattan District Attorney": an office, not a person
    if last_key in ORG_TRIGGERS or any(name_key(t.text) in ORG_TRIGGERS for t in tokens[1:]):
        return "ORG"
    if team_name(tokens):
        return "ORG"
    if first_key in LOC_HEADS or (len(tokens) >= 2 and first_key in PLACE_NAME_HEADS):
        return "LOC"
    return _UNDECIDED


def _english_cue_label(
    text: str, tokens: list[Piece], start: int, end: int, first_key: str
) -> str | None:
    """The label an English name's head, apposition or verb gives it, else ``None``."""
    head = head_label(text, tokens)
    if head is not None and not _named_person(text, tokens, start, end, first_key):
        return head  # "Port Lenning said": a place whatever its verb
    apposed = apposed_label(text, end) if len(tokens) >= 2 or lone_name(tokens[0].text) else None
    if apposed is not None and (len(tokens) >= 2 or apposed == "ORG"):
        return apposed  # "X, a retired nurse,", "X, a body,", "Ofqual, the regulator,"
    if person_cue(text, tokens, start, end):
        return "PER"  # "Priya Raman of the Institute … said", "X resigned"
    return None


def _given_name_first(text: str, tokens: list[Piece], first_key: str, last_key: str) -> bool:
    """ "Jakub Novotny": a common given name of any culture first; "Grace Adeyemi": a
    given name that is also a word, then a surname the text repeats alone."""
    if first_key in world_given_names() and last_key not in LOC_TAILS:
        return True
    return _surname_again(text, tokens, first_key, last_key)


def _surname_again(text: str, tokens: list[Piece], first_key: str, last_key: str) -> bool:
    """Whether a run opening on a given name that is also a word ("Grace", "Joy",
    "Will") ends on a surname the text uses again on its own: news names a person in
    full once, then by surname."""
    if first_key not in given_name_genders() or last_key in LOC_TAILS or last_key in ORG_TRIGGERS:
        return False
    surname = tokens[-1].text
    low = surname.lower()
    if not surname[:1].isupper() or low in english_lowercase_words() or low in lowercase_words():
        return False
    word = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
    return any(_alone(text, m.start(), m.end()) for m in word.finditer(text))


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands without a capitalised word on either
    side: "Adeyemi, 44," alone, not "Sable River" nor "River Came Back"."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return before is None and _CAPITALISED_AFTER.match(text, end) is None


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def _role_apposition(text: str, start: int) -> bool:
    """The name stands in apposition to a role named just before it, in the same
    clause ("chief executive, …", "the mayor of Kestrel Bay, …", "Secretary of
    State, …")."""
    window = text[max(0, start - 60) : start].rstrip(" \u00a0")
    if not window.endswith(","):
        return False
    phrase = re.split(r"[.;:!?,()\n]", window[:-1])[-1]  # back to the clause's start
    words = phrase.split()[-6:]
    for i in range(len(words) - 1, -1, -1):
        word = words[i].strip("’'s").lower()
        if word in TITLES or word in ROLE_HEADS or word in PERSON_NOUNS:
            return True  # "the mayor of Kestrel Bay, …": the role, then its complement
        if not (words[i][:1].isupper() or word in ("of", "in", "at", "for", "the")):
            return False  # "visited Kestrel Bay, …": a verb, not a role
    return False


def _label_of_words(surface: str, tokens: list[Piece], *, english: bool) -> EntityLabel:
    """Several capitalised words no cue explains: a place by its tail, a port
    authority by its head; in French a person when the words look like a name;
    else :data:`UNSUPPORTED`."""
    first_key = name_key(tokens[0].text.split("-")[0])
    last_key = name_key(tokens[-1].text)
    if last_key in COMPASS or last_key in LOC_TAILS:
        return "LOC"  # "Fulton County", "Melbourne Park"
    if first_key in ORG_OF_HEADS and " of " in surface:
        return "ORG"  # "Port of Antwerp": the port authority
    if english and _PARTICLE.search(surface) and surface[0].isupper():
        return "PER"  # "Ursula von der Leyen": a family-name particle names a person
    if (
        not english
        and len(tokens) <= 4
        and all(is_name_word(t.text) for t in tokens)
        and not all(t.text.lower() in lowercase_words() for t in tokens)
    ):
        return "PER"  # but "Pod Save", "Dark Energy" are words, not a name
    return UNSUPPORTED


def _label_of_one_word(
    text: str, start: int, end: int, start_of_sentence: bool
) -> EntityLabel | None:
    """One capitalised word no cue explains: often a common word opening a sentence."""
    surface = text[start:end]
    low = surface.lower()
    if low in AMBIGUOUS_MONTHS and text[end : end + 3].lstrip()[:1].isdigit():
        return None  # "March 4"
    if start_of_sentence and PLURAL_NOUN.search(low) and not named_mid_sentence(text, surface):
        return None  # "Investors said": a common noun opening the sentence
    if low in CALENDAR_WORDS or (
        start_of_sentence and (low in common_words() or low.split("-")[0] in common_words())
    ):
        return None
    if (
        start_of_sentence
        and low in lowercase_words()
        and plain_word_here(text, surface, low, common_words())
    ):
        return None  # "Nobody wins", "Budget : ..."
    if name_key(low) in COMPASS:
        return "LOC"
    if low.endswith(DEMONYM_ENDINGS) and word_before(text, start) in FUNCTION:
        return None
    if lone_demonym(surface):
        return None
    if low in common_words() and len(surface) <= 3:
        return None
    if employer_before(text, start):
        return "ORG"  # "an analyst at Bernstein"
    if word_before(text, start) in LOC_CUES and low not in common_words():
        return "LOC"
    if place_noun_before(text, start):
        return "LOC"
    return UNSUPPORTED  # a town, a company, a code (« A8 ») look alike
