"""« les Japonais », « une Suissesse », « deux Nantais », « la Suissesse Daniela X »:
words for people that the recogniser, meeting them for the first time, may read as
places."""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import known_label

_PEOPLE_ENDINGS = (
    "ienne", "iennes", "éenne", "éennes", "aise", "aises", "oise", "oises", "esse",
    "esses", "iens", "éens", "ains", "ais", "ois", "aque", "aques",
)  # fmt: skip
"""Endings of French words for people of a country or a town that no place name of the
tables shares once counted (« les Nantais », « une Suissesse »); « -aine » (la
Lorraine) and « -andes » (les Landes) are left out."""
_COUNTED_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:les|des|ces|aux|une|un|deux|trois|quatre|cinq|six|dix|plusieurs"
    r"|quelques|le|la|du|au)\s+|(?i:l)['’]\s*)$"
)


def counted_people_word(text: str, start: int, surface: str) -> bool:
    """« les Japonais », « une Suissesse », « deux Nantais », « l'Australienne »: a word
    for people after an article or a number, read as a place by the recogniser. Its
    ending is one no place shares with an article (« la Lorraine » ends otherwise), and
    a place of the tables (« les Pays-Bas », « la Vienne ») keeps its label."""
    low = surface.lower()
    if not low.endswith(_PEOPLE_ENDINGS) or known_label(surface) == "LOC":
        return False
    if known_label(surface.rstrip("s")) == "LOC":
        return False
    return _COUNTED_BEFORE.search(text, max(0, start - 14), start) is not None
