"""Words a recogniser takes for a name that name nobody.

« outre-Rhin » says where without naming a place, « le DRH » is a role written short,
« un CDD » a common noun in capitals, « le CO2 » a formula, « un Nord-Coréen » a
people word, « le plan Orsec » a scheme's code name: the conventions drop them
whatever label the model gave.
"""

from __future__ import annotations

import re

_BEYOND = re.compile(r"[Oo]utre[-‐](?![Mm]er$)[A-Z][\w-]+")
"""« outre-Rhin », « outre-Manche », « outre-Atlantique »: a way of saying "over there"
(in Germany, Britain, America), no name of its own; « l'Outre-mer » is kept."""

ROLE_ACRONYMS = frozenset("pdg dg drh dgs daf dsi ceo cfo coo cto".split())
"""Roles written as initials (« le PDG », « la DRH », "the CEO"): a person's office,
never an organisation's name."""


def names_nobody(text: str, start: int, surface: str, label: str) -> bool:
    """Words the recogniser took for a name that name nobody: « outre-Rhin » (where),
    « le DRH » (a role written short), « un CDD » (a common noun written short), a
    nationality or people word alone."""
    from tui.core.entities.initialisms import common_initialism
    from tui.core.entities.people_words import counted_people_word
    from tui.core.entities.shape import is_demonym, lone_demonym

    if _BEYOND.fullmatch(surface) or surface.replace("-", "").lower() in ROLE_ACRONYMS:
        return True
    if common_initialism(surface) or _FORMULA.match(text, start):
        return True  # « un CDD », « le CO2 »
    if len(surface) == 1 and label in ("LOC", "MISC"):
        return True  # « deux individus, A et B »: a letter names a case (« X » may be a firm)
    if surface == "État" and _OF_STATE.search(text, max(0, start - 24), start):
        return True  # « la secrétaire d'État », « un coup d'État »: the state, no place
    if _COMPASS_DEMONYM.fullmatch(surface) and is_demonym(surface.rsplit("-", 1)[1].lower()):
        return True  # « un Nord-Coréen », « les Néo-Zélandais »
    if _code_name(text, start, surface):
        return True  # « le plan Orsec », « l'opération Sentinelle »
    if surface in ("2A", "2B") and text[start - 1 : start] == "(":
        return True  # « Porto-Vecchio (2A) »: Corsica's département numbers
    return " " not in surface and (
        lone_demonym(surface)
        or (label == "MISC" and is_demonym(surface.lower()))
        or (label == "LOC" and counted_people_word(text, start, surface))
    )


def _code_name(text: str, start: int, surface: str) -> bool:
    """A one-word name a scheme or an operation is given (« le plan Orsec »), found
    nowhere else in the text but after such a noun: it names no one and no place."""
    if " " in surface or not _SCHEME_BEFORE.search(text, max(0, start - 16), start):
        return False
    alone = len(re.findall(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text))
    schemes = len(re.findall(rf"{_SCHEME_BEFORE.pattern[:-1]}{re.escape(surface)}\b", text))
    return alone == schemes


_SCHEME_BEFORE = re.compile(r"\b(?:plan|opération|dispositif)\s+$")
"""Lowercase nouns a code name follows (« le plan Vigipirate », « l'opération X »)."""


_FORMULA = re.compile(r"CO\s?[2₂]|NO\s?[2₂x]|CH\s?[4₄]|SO\s?[2₂]")
"""Chemical formulas news writes in capitals (« émissions de CO 2 »)."""
_OF_STATE = re.compile(
    r"\b(?:secrétaires?|ministres?|coups?|chefs?|cheffes?|hommes?|femmes?|raison|sûreté)"
    r"\s+d['’]\s*$",
    re.IGNORECASE,
)
"""Offices and phrases « d'État » completes: the state as an idea, not a place."""
_COMPASS_DEMONYM = re.compile(r"(?:Nord|Sud|Est|Ouest|Néo|Centre)-[A-ZÀ-Þ][\w-]+")
"""« Nord-Coréen », « Sud-Africaine », « Néo-Zélandais »: a people word, no place."""
