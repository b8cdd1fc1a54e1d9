"""A firm's site named with its place: « l'usine Forgeval de Sainte-Marie ».

French business news names a plant, a refinery or a shop by its owner and its town:
« l'usine Valdor de Vierzon », « la raffinerie Petrolis de Donges », « le magasin
Bricoplus de Rodez ». The noun says a company's name follows; the « de » after that
name opens the town, not the rest of the name (a plant is not called "Valdor de
Vierzon"). A recogniser that has never seen the firm takes the whole run for one
place, or only the town; this cuts the run in two: the firm, then the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int, str]

SITE_NOUNS = (
    "usine",
    "raffinerie",
    "papeterie",
    "fonderie",
    "aciérie",
    "cimenterie",
    "verrerie",
    "sucrerie",
    "conserverie",
    "laiterie",
    "abattoir",
    "entrepôt",
    "magasin",
    "hypermarché",
    "supermarché",
)
"""Nouns of a firm's site: right before a capitalised name they announce its owner."""

FIRM_ARTICLE = r"(?i:l['’]\s*|(?:le|la|les|du|au|aux|un|une|des|de\s+la|à\s+la)\s+)"
"""The article or contraction before a company or site noun (« l'usine », « à la
banque », « des groupes »), as the firm rules read it."""

_SITE_BEFORE = re.compile(
    r"(?<![\w-])" + FIRM_ARTICLE + r"(?i:" + "|".join(map(re.escape, SITE_NOUNS)) + r")s?\s+$"
)
_PLACE_AFTER = re.compile(r"\s+(?:de|du|d['’])\s*(?=[A-ZÀ-Þ])")
"""Where the owner's name ends and its town begins (« Valdor de Vierzon »)."""


def site_noun_before(text: str, start: int) -> bool:
    """Whether a site noun with its article stands right before ``start``."""
    return _SITE_BEFORE.search(text, max(0, start - 30), start) is not None


def owner_end(text: str, start: int, end: int) -> int:
    """Where the owner's name the site noun announces ends, within start…end: before
    the « de » that opens its town, or at ``end`` when no town follows."""
    town = _town(text, start, end)
    return end if town is None else town.start()


def _town(text: str, start: int, end: int) -> re.Match[str] | None:
    """The « de » and the town after the owner's name within start…end, if any."""
    town = _PLACE_AFTER.search(text, start, end)
    return town if town is not None and town.start() > start and town.end() < end else None


def with_sited_firms(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each run a site noun announces cut into its owner, an
    organisation, and its town, a place."""
    out: list[Span] = []
    for start, end, label in spans:
        town = _town(text, start, end) if site_noun_before(text, start) else None
        if town is None:
            out.append((start, end, label))
        else:
            out += [(start, town.start(), "ORG"), (town.end(), end, "LOC")]
    return out
