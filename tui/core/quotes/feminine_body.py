"""The organisation a French « elle » stands for.

« La direction de SNCF Voyageurs conteste ces chiffres. Dans un communiqué, elle
évoque « … » »: French gives a body the gender of the noun that names it, so « elle »
may be the association, the agency or the company named just before, when the text
calls it « la … » or its name opens on a feminine noun. « il » is never read so: a
masculine pronoun stays with people, as the speaker constraints ask.
"""

from __future__ import annotations

import re

from tui.core.models import Entity
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.source_body import governed_by_person, source_body
from tui.core.quotes.words import BODY_BEFORE_PLACE
from tui.core.text import fold

_FEMININE_HEADS = frozenset(
    fold(w)
    for w in """association agence direction société entreprise région mairie préfecture
    commission fédération confédération union compagnie banque chambre communauté ville
    municipalité organisation fondation cour administration gendarmerie police caisse
    université coopérative enseigne plateforme assemblée collectivité métropole autorité
    inspection académie ligue délégation firme ONG province commune armée marine
    présidence coalition institution équipe formation instance juridiction chancellerie
    alliance mutuelle intersyndicale coordination""".split()
)
"""Nouns of bodies that take « elle »: a name opening on one is feminine."""

_CALLED_FEMININE = re.compile(
    r"(?i:\b(?:la|cette|sa|notre|votre|leur)\s+(?:[\w-]+\s+(?:de|du|des)\s+|[\w-]+\s+d['’]\s*)?)$"
)
"""« la CGT », « la direction de X », « cette Agence … »: the text's own article."""

_WHERE = re.compile(r"(?<![\w'’])(?:à|au|aux|dans|vers|chez)\s+(?:l['’]\s*|la\s+|les\s+)?$")
"""A body named as a place someone is at or goes to: never the « elle » after it."""

ACTED_ON = re.compile(
    r"(?<![\w'’])(?!(?:contre|entre|outre)\b)[a-zà-ÿ]+(?:er|ir|re)\s+(?:la\s+|l['’]\s*)$"
)
"""A body named right after an infinitive (« envisage de saisir la Cour »): what the
subject means to act on, not whom « elle » goes on with. A body a finite verb acted
on (« n'a guère rassuré l'Association ») may well be the next sentence's « elle »."""

_OF = re.compile(r"(?:([\w-]+)|,)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?$")
"""A body named after « de » (« la sélection de la Fédération », « X, de l'université
Y »): the complement of a noun or a person's affiliation."""

_ISSUED = frozenset(
    fold(w)
    for w in """communiqué rapport déclaration texte lettre courrier note avis bulletin
    message porte-parole part nom compte""".split()
)
"""Nouns after which the body named by « de » is the one that speaks (« un communiqué
de l'Agence », « au nom de la Fédération »)."""


def _complement(text: str, start: int) -> bool:
    """Whether the body at ``start`` is a noun's complement or a person's affiliation."""
    m = _OF.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = fold(m[1]) if m[1] else None  # None: a comma, a person's affiliation
    # « la direction de X », « un communiqué de X »: X's own organ or statement
    return noun is None or (noun not in _ISSUED and noun not in _FEMININE_HEADS)


_REACH = 400
"""How far back « elle » may look for its body: the sentences just before it."""


def feminine_body(ctx: _Context, at: int) -> _Speaker | None:
    """The last organisation named before « elle » at ``at``, in its paragraph and
    within a few sentences, that the text treats as feminine, when no person is
    named between them."""
    floor = max(ctx.line_start(at), at - _REACH)
    for e in reversed(ctx.entities_in(floor, at)):
        if ctx.in_quote(e.start):
            continue
        if e.label == "PER":
            return _acting_body(ctx, e.end, at)
        if e.label == "ORG" and governed_by_person(ctx.text, e.start):
            return None  # « la présidente de l'Agence X »: « elle » is the president
        if e.label == "ORG" and _WHERE.search(ctx.text, max(0, e.start - 16), e.start):
            continue  # « entrer à l'université Rennes 2 »: where she goes, not her
        if e.label == "ORG" and _complement(ctx.text, e.start):
            continue  # « X, de l'université Y »: her affiliation, not a subject
        if e.label == "ORG" and ACTED_ON.search(ctx.text, max(0, e.start - 24), e.start):
            continue  # « envisage de saisir la Cour de X »: what the subject acts on
        if e.label == "ORG" and _feminine(ctx.text, e):
            return _Speaker(e.canonical, "ORG", e.start)
        governing = _body_over_place(ctx, e)
        if governing is not None:
            return governing  # « la préfecture du Lot a autorisé … Elle précise »
    return _described_body(ctx, floor, at) or _acting_body(ctx, floor, at)


_ACTING_HEADS = (
    _FEMININE_HEADS
    - frozenset(
        fold(w)
        for w in """ville commune communauté région province métropole collectivité armée
        marine équipe formation cour assemblée instance juridiction chancellerie union
        enseigne plateforme""".split()
    )
) | {fold("sous-préfecture")}
"""Feminine nouns of bodies that act and speak (« la préfecture a levé l'alerte »); a
town, a region, a team or a court also takes « elle » but is more often the scene or
the object of the story."""

_ACTING = re.compile(
    r"(?:^ ?|(?<=[.!?]\s)|(?<=,\s))(?:[Ll]a\s+|[Ll]['’]\s*)(?P<head>[\w-]+)"
    r"(?P<rest>\s+(?:de|du|des|d['’])\s*[^,.;:!?«»\n]{1,50}?)?\s+(?:a|avait)\s+(?!été\b)\w+",
    re.MULTILINE,
)
"""« La préfecture a levé », « , la direction du site avait annoncé », « L'entreprise a
reconnu »: a body opening a clause as the subject of an active verb."""


def _acting_body(ctx: _Context, lo: int, at: int) -> _Speaker | None:
    """The unnamed feminine body that last acted as a subject between ``lo`` and « elle »
    at ``at``, with no person named since: « À X, la préfecture a levé l'alerte lundi.
    « … », a-t-elle prévenu »."""
    last = None
    for m in _ACTING.finditer(ctx.text, lo, at):
        if fold(m["head"]) in _ACTING_HEADS and not ctx.in_quote(m.start()):
            last = m
    if last is None:
        return None
    if any(e.label == "PER" for e in ctx.entities_in(last.start(), at)):
        return None
    head = last.start("head")
    if not last["rest"] and fold(last["head"]) in _NAMED_ELSEWHERE:
        named = source_body(ctx, _Tok(head, last.end("head"), last["head"], last["head"].lower()))
        if named is not None:
            return _Speaker(named.canonical, "ORG", head)  # the company named before
    name = ctx.text[head : last.end("rest") if last["rest"] else last.end("head")]
    placed = (
        None if last["rest"] else _PLACED.search(ctx.text, max(0, last.start() - 60), last.start())
    )
    place = ctx.entity_at(placed.start("place")) if placed else None
    if placed and place is not None and place.label == "LOC" and place.end == placed.end("place"):
        of = {"au": "du", "aux": "des"}.get(placed["prep"].lower(), "de")
        name = f"{name} {of} {place.text}"  # « À X, la préfecture »: the préfecture de X
    return _Speaker(name, "NP", head)


_NAMED_ELSEWHERE = frozenset(fold(w) for w in "entreprise société compagnie firme".split())
"""Bare nouns a French article uses for the company it has named (« l'entreprise »)."""

_PLACED = re.compile(r"(?:^|(?<=[.!?]\s))(?P<prep>À|Au|Aux|En)\s+(?P<place>[^,.;:!?«»\n]+),\s*$")
"""The place a clause opens on (« À La Réunion, »), which the body after it serves."""


def _described_body(ctx: _Context, floor: int, at: int) -> _Speaker | None:
    """The unnamed body that spoke last, just before « elle », when a feminine noun
    heads its description (« la mairie a expliqué … Elle appelle « … » »)."""
    for sp in reversed(ctx.speakers):
        if sp.at >= at:
            continue
        if sp.at < floor or sp.label != "NP" or not sp.name:
            return None
        head = fold(sp.name.split()[0].strip("'’"))
        people = [e for e in ctx.entities_in(sp.at, at) if e.label == "PER"]
        return sp if head in _FEMININE_HEADS and not people else None
    return None


def _body_over_place(ctx: _Context, place: Entity) -> _Speaker | None:
    """The body a feminine noun makes of the place it governs (« la préfecture du Lot »,
    « la province d'Ifrane »): the noun and the place together, as the text writes them."""
    if place.label != "LOC":
        return None
    m = BODY_BEFORE_PLACE.search(ctx.text, max(0, place.start - 40), place.start)
    if m is None or fold(m[1]) not in _FEMININE_HEADS:
        return None
    if _WHERE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # « reçus à la préfecture du Lot »: where they were
    return _Speaker(ctx.text[m.start(1) : place.end], "NP", m.start(1))


def _feminine(text: str, e: Entity) -> bool:
    head = fold(e.text.split()[0].strip("'’")) if e.text.split() else ""
    if head in _FEMININE_HEADS:
        return True
    if _CALLED_FEMININE.search(text, max(0, e.start - 30), e.start) is not None:
        return True
    headed = _HEADED_BY.search(text, max(0, e.start - 60), e.start)
    return headed is not None and fold(headed["head"]) in _FEMININE_HEADS


_HEADED_BY = re.compile(
    r"(?:^|(?<=[.!?,]\s))(?i:(?:la|cette|sa|notre|votre|leur)\s+|l['’]\s*)"
    r"(?P<head>[\w-]+)(?:\s+[a-zà-ÿ][\w-]*){0,2},?\s+$",
    re.MULTILINE,
)
"""« L'association lyonnaise X » opening a sentence or a clause: a feminine body noun
and its epithets set before the name of the subject. After a verb or « de » the body
is what someone acts on or belongs to (« elle préside l'association X »)."""
