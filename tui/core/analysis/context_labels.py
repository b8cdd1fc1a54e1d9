"""The label the words around one mention give a name, over the model's.

A recogniser reads a name from the name alone; the sentence often says more: « la
commune de X », « basée à X », « la rue X » make it a place, « la pandémie de X » an
illness, « la plateforme X » or « le PDG de X » a firm, a title only a person bears
(« Monsieur X ») a person. What one mention shows holds for the name's other
mentions in the article, where the model may have read it otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tui.core.courtesy_titles import title_before
from tui.core.models import Entity, EntityLabel

if TYPE_CHECKING:
    from tui.core.entities.firm_takeups import FirmTakeUps

_DISEASE_BEFORE = re.compile(
    r"(?i:pandémie|épidémie|virus|maladie|fièvre|variant)\s+(?:de\s+|d['’]|du\s+)?$"
)
"""Nouns after which a capitalised word names an illness (« l'épidémie d'Ebola »)."""

_STREET_BEFORE = re.compile(
    r"(?<![\w-])(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Rr]ang|[Aa]llée|[Ii]mpasse|[Qq]uai)\s+$"
)
"""« la rue Saint-Denis », « le rang Saint-Amable »: the name of a street or a road."""

_TERRITORY_OF = re.compile(
    r"(?<![\w-])(?i:(?:sous-)?préf(?:et|ète)|gouverneure?|marché)\s+(?:de\s+|du\s+|d['’]\s*)$"
)
"""« le préfet de X », « au marché de X »: an office over a territory, a town's
market; what follows is the place, never a person."""

_SITED_WORDS = ("basé", "situé", "implanté", "installé", "domicilié", "établi", "né")
_SITED = re.compile(r"(?<![\w-])(?i:(?:" + "|".join(_SITED_WORDS) + r")(?:e|s|es)?)\s+(?:à|a)\s+$")
"""« basée à X », « né à X »: where a firm sits or a person was born, a place."""


def label_by_context(
    text: str, s: int, e: int, label: str, taken_up: FirmTakeUps | None
) -> tuple[EntityLabel, bool]:
    """The label the words around a name give it over the model's, and whether they
    make it a firm: an illness after « la pandémie de », a place after « la commune
    de » or a street, a firm after « la plateforme », « le PDG de » or before
    « l'entreprise » takes it up."""
    from tui.core.entities.context import club_name, occupation_at, place_noun_before
    from tui.core.entities.initialisms import body_initialism

    final = "MISC" if _after_disease_noun(text, s) else label
    if final == "MISC" and _lone_given_name(text[s:e]):
        final = "PER"  # « Une voisine, Nadia, a été réveillée »: a person's first name
    if final == "LOC" and body_initialism(text[s:e]):
        final = "ORG"  # « les FARDC », « la FFTri »: a body's initials, no known place
    if final in ("LOC", "MISC") and title_before(text, s) is not None:
        return "PER", False  # « Monsieur Garnier nous a dit »: a title only a person bears
    if final != "ORG" and club_name(text[s:e]):
        return "ORG", False  # « le SC Emmental »: a club
    if final == "PER" and (
        place_noun_before(text, s)
        or _SAINT_PLACE.fullmatch(text, s, e)
        or _SITED.search(text, max(0, s - 30), s)
        or _STREET_BEFORE.search(text, max(0, s - 12), s)
        or _TERRITORY_OF.search(text, max(0, s - 24), s)
        or occupation_at(text, s)
    ):
        return "LOC", False  # « la commune d'Arvène », « basée à Albert », « le rang X »
    if _firm_by_context(text, s, e, final, taken_up):
        return "ORG", True  # « la plateforme X », « le PDG d'X » (« de Snapchat »: an app)
    return final, False  # type: ignore[return-value]


_SAINT_PLACE = re.compile(r"Sainte?-[A-ZÀ-Þ][\w'’-]+")
"""« Saint-Ouen », « Sainte-Foy »: a saint's name joined by hyphens names a place; the
French write a saint, or a person named after one, with a space (« Saint Louis »)."""


def _firm_by_context(text: str, s: int, e: int, label: str, taken_up: FirmTakeUps | None) -> bool:
    """« la plateforme X », « X, la coentreprise », « le PDG de X », or a name
    « l'entreprise » takes up (only looked for when ``taken_up`` is given: the article
    holds such a subject)."""
    from tui.core.entities.firm_nouns import (
        firm_noun_after,
        firm_noun_before,
        firm_role_before,
        firm_tail,
    )

    return (
        firm_noun_before(text, s, e)
        or firm_noun_after(text, s, e)
        or firm_tail(text[s:e])
        or (
            label != "MISC"
            and (
                firm_role_before(text, s)
                or (taken_up is not None and _anaphoric_firm(text[s:e], label, taken_up))
            )
        )
    )


def _anaphoric_firm(surface: str, label: str, taken_up: FirmTakeUps) -> bool:
    """A name no given name opens and no list holds as a place, that « l'entreprise » or
    « le groupe » takes up as the next subject after one of its mentions, when no
    organisation stands before it in its sentence (« SNCF Voyageurs annonce … sur la
    ligne Nîmes-Alès. L'entreprise … » is SNCF's): a company the model did not know."""
    from tui.core.entities.gazetteer import given_names, known_label, name_key

    if label == "PER" and name_key(surface.split()[0].split("-")[0]) in given_names():
        return False
    if label == "LOC" and known_label(surface) is not None:
        return False
    return taken_up.takes_up(surface)


def _lone_given_name(surface: str) -> bool:
    """A single word that is a given name and no listed place or body."""
    from tui.core.entities.gazetteer import given_names, known_label, name_key

    return surface.isalpha() and name_key(surface) in given_names() and not known_label(surface)


def _after_disease_noun(text: str, start: int) -> bool:
    """« la pandémie de Covid-19 »: an illness, not a person or a place."""
    return _DISEASE_BEFORE.search(text, max(0, start - 30), start) is not None


def relabelled(found: list[Entity], firms: set[str], places: set[str]) -> list[Entity]:
    """Every mention of a name the words around one mention showed to be a firm or a
    place (where the model read a person) takes that label."""
    out = []
    for x in found:
        if x.text in firms:
            x = replace(x, label="ORG")
        elif x.text in places and x.label == "PER":
            x = replace(x, label="LOC")
        out.append(x)
    return out
