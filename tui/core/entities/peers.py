"""Labels shared along a list of names: "Walmart and Costco", "Lyon, Lille et Nantes".

Names coordinated in one list are nearly always of one kind, so a name the rules could
not label takes the label of a neighbour the lists or cues did label.
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import common_words, lowercase_words

# What may stand between two names of one list: a comma, "and", "et", "or", "ou".
# A comma before "and" more often joins two clauses ("across Victoria, and Motorsport
# Australia confirmed"), so it does not count.
_JOINER = re.compile(r"(?:, *|\s+(?:and|et|or|ou)\s+)")

_SHARED = ("LOC", "ORG")


def with_listed_peers(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give an unlabelled (MISC) name the LOC or ORG label of the name it is listed with."""
    if len(found) < 2 or not any(label == "MISC" for _, _, label in found):
        return found
    labels = [label for _, _, label in found]
    joined = [
        _JOINER.fullmatch(text, found[i][1], found[i + 1][0]) is not None
        for i in range(len(found) - 1)
    ]
    for order in (range(1, len(found)), range(len(found) - 2, -1, -1)):
        for i in order:
            if labels[i] != "MISC" or not _plain_name(text[found[i][0] : found[i][1]]):
                continue
            j = i - 1 if order.step == 1 else i + 1
            link = joined[min(i, j)]
            if link and labels[j] in _SHARED:
                labels[i] = labels[j]
    return [(s, e, label) for (s, e, _), label in zip(found, labels, strict=True)]


def _plain_name(surface: str) -> bool:
    """A short run of name words: a product line, a title or a common word is left alone.

    "Securities and Exchange Commission" lists no names: its first word is an
    English word that only the whole name makes into one.
    """
    words = surface.split()
    if not 1 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
        return False
    low = words[0].lower()
    return low not in lowercase_words() and low not in common_words()
