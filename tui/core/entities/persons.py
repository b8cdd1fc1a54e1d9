"""English cues that a capitalised run of two or three words names a person.

English news names people the same way everywhere: as the subject of a speech verb
("X said", "said X", "X told reporters", "according to X"), of a verb only people take
("X resigned", "X was arrested", "X's wife", "X, 54,", "X, who …"), or with a given
name first ("Jakub Novotny"). A run that opens on a place head ("Port Lenning",
"Lake Orsa"), ends on a place tail ("Fulton County"), or opens on or holds an
organisation head ("Royal Mail", "Bank of Meridian") is a place or a body whatever verb
follows it, so :func:`head_label` is asked first.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import known_label, name_key
from tui.core.entities.lexicon import (
    EN_ORG_HEADS,
    EN_PLACE_HEADS,
    LOC_HEADS,
    LOC_TAILS,
    ORG_OF_HEADS,
    ORG_TAILS,
    ORG_TRIGGERS,
)
from tui.core.entities.patterns import Piece
from tui.core.entities.shape import team_name
from tui.core.models import EntityLabel

_SPEECH = (
    r"(?:said|says|told|tells|added|adds|explained|warned|insisted|argued|admitted"
    r"|conceded|acknowledged|noted|replied|recalled|wrote|stressed|complained|joked"
    r"|testified|recounted|remarked|tweeted)"
)
"""Verbs of saying whose subject in a news report is mostly a person."""

_REPORTS = (
    rf"(?:{_SPEECH}|called|described|urged|announced|confirmed|claimed|declared|responded"
    r"|answered|predicted|cautioned|vowed|pledged|promised|suggested|accused|critici[sz]ed"
    r"|praised|welcomed|hailed|dismissed|denied|stated|observed|commented|posted|asserted"
    r"|maintained|countered|retorted|quipped|lamented|boasted)"
)
"""Verbs that report words when they follow their subject ("X called it a disgrace"):
before a name most of them mean something else ("a group called X"), so
:data:`_BEFORE` keeps to :data:`_SPEECH`."""

_HUMAN_VERB = (
    r"(?:resigned|died|retired|smiled|laughed|shrugged|nodded|wept|sighed|pleaded"
    r"|apologi[sz]ed|stepped\s+down|grew\s+up|was\s+born"
    r"|(?:was|is|has\s+been|had\s+been|were)\s+(?:arrested|sentenced|jailed|charged"
    r"|convicted|acquitted|killed|injured|wounded|hospitali[sz]ed|married|elected"
    r"|re-elected|appointed|sworn\s+in|born))"
)
"""Verbs and passives whose subject is a person."""

_KIN = (
    r"(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|parents"
    r"|brother|sister|children|family|partner|girlfriend|boyfriend|fiancée?|lawyer"
    r"|lawyers|attorney|coach|spokesman|spokeswoman|spokesperson|grandmother|grandfather)"
)
"""Nouns of the people around a person ("X's wife", "X's lawyer")."""

_PARTY = r"(?:Party|Front|Alliance|Movement|Coalition|Congress|League|Union)"
"""Heads of the parties and movements a politician is "of" ("X of the Y Party")."""

_AFTER = re.compile(
    rf"\s+{_REPORTS}\b"  # "X said"
    rf"|\s+{_HUMAN_VERB}\b"  # "X resigned", "X was arrested"
    rf"|['’]s\s+{_KIN}\b"  # "X's wife"
    rf"|\s+and\s+(?:his|her|their)\s+{_KIN}\b"  # "X and her husband"
    r"|,\s+\d{1,3},"  # "X, 54,"
    r"|,\s+who(?:se)?\s"  # "X, who …", "X, whose sons …": the relative pronouns of people
    rf"|,\s+{_REPORTS}\b"  # "Another, X, said"
    rf"|,\s+(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s[^,.;:!?\"“”()]{{1,140}},\s+{_REPORTS}\b"
    # "X, the union's regional organiser, said"
    rf"|\s+(?:of|at|from)\s+(?:the\s+)?(?:(?:[A-Z][\w’'&-]*|of|for|and|in|at|on|the|de)\s+){{1,10}}"
    rf"{_REPORTS}\b"  # "X of the Institute for Fiscal Studies in Port Lenning said"
    rf"|\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'&-]*"
    rf"(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|in|at|on|the|de)){{0,9}},\s+who(?:se)?\s"
    # "X of the Chennai Wetlands Collective, who …": a member of a body, described
    rf"|\s+of\s+the\s+(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+){{0,4}}{_PARTY}\b"
    # "X of the governing National Progress Party", "X of the Zambia Democratic Front"
)
"""What follows a person's name; matched right at the end of the run."""

_BEFORE = re.compile(
    rf"(?:\b{_SPEECH}|\baccording\s+to|\basked)\s+$",
)
"""What precedes a person's name: "said X", "according to X"."""

_BEFORE_LAST_WORDS = (*_SPEECH[3:-1].split("|"), "to", "asked")
"""The words :data:`_BEFORE` ends on: text ending on none of them needs no search."""


_AGENCY_FIELDS = frozenset(
    """public health environment transport statistics parks fisheries sport tourism
    education water forestry agriculture heritage housing citizenship immigration
    revenue customs border infrastructure energy police fire ambulance historic natural
    food standards""".split()
)
"""What a public agency named after its country or region looks after ("Health
Canada", "Environment Southland", "Police Scotland")."""


_ONE_KIN_WORDS = tuple(
    """wife husband widow widower son daughter mother father brother sister partner
    girlfriend boyfriend fiancé fiancée lawyer attorney coach spokesman spokeswoman
    spokesperson grandmother grandfather grandson granddaughter niece nephew cousin""".split()
)
_ONE_KIN = "(?:" + "|".join(_ONE_KIN_WORDS) + ")"
_KIN_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s)\s+{_ONE_KIN},?\s*$")
"""A kin or counsel noun just before a name, set off or not: "his wife, X", "her son X"."""
_KIN_BEFORE_ENDS = (",", *_ONE_KIN_WORDS)
"""What :data:`_KIN_BEFORE` ends on: text ending on none of them needs no search."""

_NAMED_ONLY_AS = re.compile(
    r"\b(?:(?:gave|gives|giving|give|offered|offering)\s+(?:only\s+)?(?:his|her|their)"
    r"\s+(?:first\s+|full\s+|last\s+)?names?\s+(?:only\s+)?"
    r"|identified\s+(?:(?:himself|herself|themselves)\s+)?(?:only\s+)?)as\s*$"
)
"""How news names someone who withholds the rest ("a man who gave his name only as X",
"a resident who identified herself as X"): a lone given name after it is a person."""


def named_only_as(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "gave his name (only) as" or "identified
    herself as": the person withholds the rest of it."""
    before = text[max(0, start - 60) : start].rstrip()
    return before.endswith(" as") and _NAMED_ONLY_AS.search(before) is not None


def head_label(text: str, tokens: list[Piece]) -> EntityLabel | None:
    """LOC for a run opening on a place head, ORG for one holding an organisation
    head or tail; ``None`` when neither (the run may name a person)."""
    if len(tokens) < 2:
        return None
    keys = [name_key(t.text.split("-")[0]) for t in tokens]
    if any(k in ORG_TRIGGERS or k in ORG_TAILS for k in keys) or team_name(tokens):
        return "ORG"  # "Bank of Meridian", "Meridian Savings Bank", "New York Red Bulls"
    if all(k in _AGENCY_FIELDS for k in keys[:-1]) and known_label(tokens[-1].text) == "LOC":
        return "ORG"  # "Health Canada", "Public Health Ontario", "Police Scotland"
    if keys[0] in ORG_OF_HEADS and " of " in text[tokens[0].start : tokens[-1].end]:
        return "ORG"  # "Port of Antwerp": the port authority
    if keys[0] in EN_PLACE_HEADS or keys[0] in LOC_HEADS or keys[-1] in LOC_TAILS:
        return "LOC"  # "Port Lenning", "Lake Orsa", "Mount Kelso", "Fulton County"
    if keys[0] in EN_ORG_HEADS:
        return "ORG"  # "Royal Mail", "National Grid"
    return None


def person_cue(text: str, tokens: list[Piece], start: int, end: int) -> bool:
    """Whether a run of up to three words stands where English news puts a person
    (one word only after a kin noun: "Kovac's mother, Ivana,")."""
    # Both searches end on ``\s*$``: the text before the name, its spaces stripped,
    # must end on the pattern's last character or word for them to match at all.
    before = text[max(0, start - 40) : start].rstrip()
    if before.endswith(_KIN_BEFORE_ENDS) and _KIN_BEFORE.search(text, max(0, start - 40), start):
        return len(tokens) <= 3
    if named_only_as(text, start):
        return len(tokens) <= 3
    if not 2 <= len(tokens) <= 3:
        return False
    if follows_as_person(text, end) or _of_a_country(before):
        return True
    return before.endswith(_BEFORE_LAST_WORDS) and (
        _BEFORE.search(text, max(0, start - 30), start) is not None
    )


def follows_as_person(text: str, end: int) -> bool:
    """Whether what follows the name ending at ``end`` is what follows a person ("X
    said", "X, who", "X's wife"): alone, not enough for one word, which may be a body."""
    return _AFTER.match(text, end) is not None


_COUNTRY_BEFORE = re.compile(r"([A-Z][\w-]+)['’]s$")


def _of_a_country(before: str) -> bool:
    """ "Ethiopia's Hiwot Tadesse", "Norway's Kari Lund": a country's possessive before
    a run that holds no place or body head is one of its people."""
    m = _COUNTRY_BEFORE.search(before)
    return m is not None and known_label(m.group(1)) == "LOC"
