"""Who a described subject is: « le porte-parole du Kremlin », "the company", « un
communiqué du ministère ».

A subject with no name in it is tied to the name the article gives the description
(an apposition, a role it introduced, the body a bare noun refers back to), to the
body a spokesperson or a statement speaks for, else kept as the phrase itself. The
complement of a description (« de X ») is a subject of its own, read by the caller's
``resolve``, so this module never imports the subject reader that calls it.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Protocol

from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.demonstratives import role_meant
from tui.core.quotes.described import (
    bare_body,
    referred_back,
    spoken_before,
    tail_body,
)
from tui.core.quotes.documents import HANDLED_PARTICIPLES, document_speaker
from tui.core.quotes.kin import relative_named
from tui.core.quotes.linked_roles import linked_role
from tui.core.quotes.possessed_voice import possessed_voice
from tui.core.quotes.pronouns import MAY_NAME, _pronoun
from tui.core.quotes.role_gender import feminine_role
from tui.core.quotes.source_body import STATE_BODIES, council_of, source_body
from tui.core.quotes.spokes import body_spoken_for, earlier_voice, issuer, spokesperson_body
from tui.core.quotes.subject_heads import voiced_owner
from tui.core.quotes.words import (
    _DETERMINERS,
    _INDEFINITE,
    _OF,
    _SOURCE_NOUNS,
    _SPOKES_NOUNS,
    _STATEMENT_NOUNS,
    ORGAN_NOUNS,
    SINGULAR_DEFINITE,
)
from tui.core.text import fold

_STAFFS = frozenset("cabinet entourage office".split())
"""Nouns of the staff that speaks for a person (« le cabinet de la ministre »)."""


class Resolve(Protocol):
    """The subject reader: a subject's tokens to a speaker."""

    def __call__(
        self, ctx: _Context, toks: list[_Tok], before: int, *, appositive: bool = False
    ) -> _Speaker | None: ...


def described(
    ctx: _Context,
    words: list[_Tok],
    body: list[_Tok],
    ents: list[Entity],
    before: int,
    *,
    appositive: bool,
    resolve: Resolve,
) -> _Speaker | None:
    """A subject the text describes: the name tied to the description, the body a
    spokesperson or statement speaks for, else the phrase itself."""
    body = _core(body)
    bare = (len(body) == 1 or _qualified(body, ctx.language)) and (
        # « la mairie », « la banque centrale », "the department", English "police"
        words[0].low in SINGULAR_DEFINITE or (len(words) == 1 and ctx.language == "en")
    )
    named = _description_named(
        ctx, words, body, before, bare=bare, appositive=appositive, resolve=resolve
    )
    if named is not None:
        return named
    phrase = ctx.text[body[0].start : body[-1].end]
    voice = _owner_voice(ctx, words, body, before, resolve) or _members_voice(ctx, body)
    if voice is not None:
        return voice
    spokes = any(t.low in _SPOKES_NOUNS for t in body)
    if spokes:
        unnamed = words[0].low in _INDEFINITE
        who = _spoken_for(
            ctx, body, ents, before, phrase, appositive=appositive, unnamed=unnamed, resolve=resolve
        )
        if who is not None and who.name:
            return who
    if (author := _author(ctx, words, body)) is not None:
        return author
    if (org := _source_org(ctx, body, definite=words[0].low in SINGULAR_DEFINITE)) is not None:
        return org
    # « l'association » is no person whose role names it (« le trésorier de l'association »)
    linked = None if spokes or noun_kind(phrase) == "body" else linked_role(ctx, phrase)
    if linked:
        return _Speaker(linked, "PER", body[0].start)
    if appositive or len(body) > 8 or "\n" in phrase:
        return None
    generic = _generic_body(words, body)  # « l'institution » is no person's role
    if bare:
        # "the campaign said" after "Finch's campaign said": the same body again.
        again = spoken_before(ctx, body[0].low, body[0].start)
        if again is not None:
            return _Speaker(again, "NP", body[0].start)
    meant = None if _institution(body) or generic else role_meant(ctx, words, body, before)
    if meant is not None:
        return meant
    if words[0].low in _INDEFINITE:
        # « a déclaré un témoin », "a spokesman said": nobody a reader could look up.
        return _Speaker(None, "NP", body[0].start)
    if generic and (spoken := body_spoken_for(ctx, body[0].start, past_people=True)):
        return spoken  # « … indique le Service X. « … », précise l'administration »
    return _Speaker(phrase, "NP", body[0].start)


def _source_org(ctx: _Context, body: list[_Tok], *, definite: bool = False) -> _Speaker | None:
    """The organisation a bare source noun (« l'hôpital », "the museum") stands for;
    after a definite article, with an adjective too (« l'organisation patronale », not
    « son groupe parlementaire », a body of its own)."""
    if definite and len(body) == 1 and (council := council_of(ctx, body[0])) is not None:
        return _Speaker(council.canonical, "ORG", body[0].start)  # « le département »
    epithet = len(body) == 2 and body[1].text.islower() and body[1].low.endswith(_EPITHET_ENDS)
    if definite and epithet:
        body = body[:1]
    if len(body) != 1 or body[0].low not in _SOURCE_NOUNS or body[0].low in STATE_BODIES:
        return None
    org = source_body(ctx, body[0])
    return _Speaker(org.canonical, "ORG", body[0].start) if org is not None else None


_EPITHET_ENDS = ("ale", "aire", "iste", "ique", "ienne", "aise", "aine", "ive", "elle")
"""Endings of the feminine adjectives that re-describe a body (« patronale »)."""


def _institution(body: list[_Tok]) -> bool:
    """A bare source noun no table calls a person's (« le musée » the model named as a
    place): never a role standing for someone (« la championne », « cette mère »)."""
    return len(body) == 1 and body[0].low in _SOURCE_NOUNS and not noun_kind(body[0].text)


def _owner_voice(
    ctx: _Context, words: list[_Tok], body: list[_Tok], before: int, resolve: Resolve
) -> _Speaker | None:
    """The person an office or a spokesperson speaks for: the one a possessive points
    to ("Her office said"), or the owner it names ("the prime minister's spokesman")."""
    possessed = possessed_voice(ctx, words, body) or relative_named(
        ctx, words, body, partial(_pronoun, ctx)
    )
    if possessed is not None:
        return possessed
    owner = voiced_owner(words)
    who = resolve(ctx, owner, before) if owner else None
    return who if who is not None and who.label == "PER" else None


_MEMBERS = frozenset(
    """officials inspectors representatives spokespeople spokesmen spokeswomen executives
    delegates investigators responsables représentants inspecteurs inspectrices
    enquêteurs enquêtrices délégués contrôleurs contrôleuses auditors""".split()
)
"""People who speak as a body's members: "officials from the X said" is the X's word."""
_MEMBER_OF = re.compile(r"\s+(?:from|of|at|de|du|des)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$")


def _members_voice(ctx: _Context, body: list[_Tok]) -> _Speaker | None:
    """The organisation whose members speak ("Officials from the Care Inspectorate
    said", « les enquêteurs de l'IGPN ont indiqué »), named right after them."""
    if len(body) < 3 or body[0].low not in _MEMBERS:
        return None
    org = next((e for e in ctx.entities_in(body[0].end, body[-1].end) if e.label == "ORG"), None)
    if org is None or not _MEMBER_OF.fullmatch(ctx.text, body[0].end, org.start):
        return None
    return _Speaker(org.canonical, "ORG", org.start)


_GENERIC_BODIES = frozenset(
    "organisme administration institution établissement instance agency body".split()
)
"""Nouns any organisation may be called by: the one the text just named."""


def _generic_body(words: list[_Tok], body: list[_Tok]) -> bool:
    """« l'administration », « l'organisme fédéral », "the agency": a definite generic
    body noun, alone or with one adjective."""
    head = body[-1] if len(body) == 1 or body[0].low in ("federal", "public") else body[0]
    return words[0].low in SINGULAR_DEFINITE and len(body) <= 2 and head.low in _GENERIC_BODIES


def _description_named(
    ctx: _Context,
    words: list[_Tok],
    body: list[_Tok],
    before: int,
    *,
    bare: bool,
    appositive: bool,
    resolve: Resolve,
) -> _Speaker | None:
    """The name a description is tied to: by an apposition, as the body a bare noun
    or a name's last words refer back to, or as the issuer of a statement."""
    desc = " ".join(t.low for t in body)
    # « souffle un ministre »: a newcomer, not the minister the article named before
    newcomer = words[0].low in _INDEFINITE and noun_kind(body[0].text) == "person"
    described = None if newcomer else ctx.lookup_description(desc, body[0].text, before)
    if described and bare and noun_kind(desc) != "person":
        # « promet la présidente » is a person still: never the body of her sentence.
        described = referred_back(ctx, described, body[0].start, before)
    if (
        described
        and described[1] == "PER"
        and feminine_role(words[0].low, body[0].text, ctx.language)
        and ctx.gender_of(described[0]) == "m"
    ):
        described = None  # « a expliqué la ministre »: never the man a « ministre » named
    if described:
        return _Speaker(described[0], described[1], body[0].start)
    org = bare_body(ctx, body[0], named=body[0].low in MAY_NAME) if bare else None
    org = org or tail_body(ctx, words, body)
    # A body named only further on yields to one that already spoke with that noun.
    if org is not None and (org.start < before or not spoken_before(ctx, body[0].low)):
        return _Speaker(org.canonical, org.label, body[0].start)
    if body[0].low in _STATEMENT_NOUNS:
        # ``un communiqué du ministère`` / ``a statement from the Ministry``: the body.
        # "the ruling added", « poursuit le texte »: the body that issued it.
        who = _complement(ctx, body, before, appositive=appositive, resolve=resolve) or (
            issuer(ctx, before, body[0].low) if bare else None
        )
        if who is not None:
            return who
    if body[0].low in ORGAN_NOUNS | _STAFFS and words[0].low in SINGULAR_DEFINITE:
        # « la direction du groupe », "the management of X": the body it runs; « le
        # cabinet de la présidente », "the office of the governor": the person it serves.
        who = _complement(ctx, body, before, appositive=appositive, resolve=resolve)
        if who is not None and who.label == ("ORG" if body[0].low in ORGAN_NOUNS else "PER"):
            return who
    if len(body) == 2 and body[1].low in _STATEMENT_NOUNS and words[0].low in SINGULAR_DEFINITE:
        org = ctx.named_body(body[0].low, before)  # "the police statement": NSW Police's
        if org is not None and org.label == "ORG":
            return _Speaker(org.canonical, org.label, body[0].start)
    return document_speaker(ctx, words, body)  # "the notice", "a report by the council"


def _qualified(body: list[_Tok], language: str) -> bool:
    """A French body noun and one plain adjective after it (« la banque centrale », « la
    société publique »): the noun alone says which body the article named."""
    if language != "fr" or len(body) != 2 or noun_kind(body[0].text) != "body":
        return False
    adjective = body[1].text
    return adjective.isalpha() and adjective.islower() and noun_kind(adjective) is None


def _core(body: list[_Tok]) -> list[_Tok]:
    """The words that say who a description is, past words that only place or sort it."""
    while len(body) > 1 and body[0].low.endswith(("-based", "-headquartered")):
        body = body[1:]  # "the Chicago-based company" is the company
    if len(body) == 2 and body[0].low in _STATEMENT_NOUNS and fold(body[1].low) in _KINDS:
        body = body[:1]  # « le communiqué final » is the communiqué
    return body


_KINDS = frozenset(
    fold(w) for w in "final finale officiel officielle commun commune conjoint".split()
)
"""Adjectives that say which of a body's statements it is, not whose (« final »)."""


def _spoken_for(
    ctx: _Context,
    body: list[_Tok],
    ents: list[Entity],
    before: int,
    phrase: str,
    *,
    appositive: bool,
    unnamed: bool = False,
    resolve: Resolve,
) -> _Speaker | None:
    """``le porte-parole du Kremlin``: the person the role names, else the body; for
    ``unnamed`` ("a commission spokeswoman"), the one body the article names so."""
    linked = linked_role(ctx, phrase)
    if linked:
        return _Speaker(linked, "PER", body[0].start)
    if ents:
        return _Speaker(ents[0].canonical, ents[0].label, body[0].start)
    who = _complement(ctx, body, before, appositive=appositive, resolve=resolve)
    if who is not None:
        return who
    if len(body) == 1 and not appositive:
        # ``a spokeswoman added``: for the body the text was just talking about.
        return earlier_voice(ctx, body[0].start) or body_spoken_for(ctx, body[0].start)
    return spokesperson_body(ctx, _Speaker(phrase, "NP", body[0].start)) if unnamed else None


def _author(ctx: _Context, words: list[_Tok], body: list[_Tok]) -> _Speaker | None:
    """The body an unnamed official is of (« un haut fonctionnaire de la Commission X »),
    or the author a participle gives a document (« un rapport publié par l'ONG X »)."""
    if words[0].low in _INDEFINITE and (body_of := _official_of(ctx, body)) is not None:
        return body_of
    if body[0].low in _STATEMENT_NOUNS:
        return _written_by(ctx, body[-1])
    return None


_OFFICIALS = frozenset(
    """responsable responsables fonctionnaire fonctionnaires cadre cadres dirigeant
    dirigeante dirigeants représentant représentante représentants official officials
    executive executives""".split()
)
"""Nouns of someone who speaks for the body they belong to, unnamed (« un responsable
de X »), unlike an employee or a neighbour who speaks for themselves."""


def _official_of(ctx: _Context, body: list[_Tok]) -> _Speaker | None:
    """The organisation an unnamed official is of: « (haut) fonctionnaire de X »."""
    k = 1 if len(body) > 2 and body[0].low in ("haut", "haute", "hauts", "senior") else 0
    if len(body) < k + 3 or body[k].low not in _OFFICIALS or body[k + 1].low not in _OF:
        return None
    rest = body[k + 2 :]
    rest = rest[1:] if rest[0].low in _DETERMINERS and len(rest) > 1 else rest
    named = ctx.entity_at(rest[0].start)
    if named is None or named.label != "ORG":
        return None
    return _Speaker(named.canonical, "ORG", named.start)


_WRITTEN_BY = re.compile(
    r"\s+(?P<participle>\w+(?:é|ée|és|ées|ed))\b[^.;:«»“”\n]{0,40}?\b(?:par|by)\s+"
)
"""« publié en janvier par », "released on Monday by": who wrote the document."""


def _written_by(ctx: _Context, noun: _Tok) -> _Speaker | None:
    """The person or body a participle after a document names as its author."""
    m = _WRITTEN_BY.match(ctx.text, noun.end)
    if m is None or m["participle"].lower() in HANDLED_PARTICIPLES:
        return None  # « cité par le quotidien X »: X only read it
    for e in ctx.entities_in(m.end(), m.end() + 60):
        if e.label in ("PER", "ORG"):
            return _Speaker(e.canonical, e.label, e.start)
    return None


def _complement(
    ctx: _Context, body: list[_Tok], before: int, *, appositive: bool, resolve: Resolve
) -> _Speaker | None:
    """The ``of``/``from`` complement of ``statement from X`` / ``porte-parole de X``."""
    if len(body) < 3 or not (body[1].low in _OF or body[1].low in ("from", "for")):
        return None
    rest = body[2:]
    if rest[0].low in ("presse", "press") and len(rest) > 2 and rest[1].low in _OF:
        rest = rest[2:]  # « un communiqué de presse de X »: the release is X's
    with_article = rest
    if rest[0].low in _DETERMINERS and len(rest) > 1:
        rest = rest[1:]
    ent = ctx.entity_at(rest[0].start)
    if ent is not None and ent.end >= rest[-1].end:
        return _Speaker(ent.canonical, ent.label, ent.start)
    if body[1].low == "du" and len(rest) == 1 and (org := bare_body(ctx, rest[0], named=False)):
        return _Speaker(org.canonical, org.label, rest[0].start)  # « du groupe »: « le groupe »
    if len(with_article) > len(rest) and noun_kind(rest[-1].text) == "person":
        return resolve(ctx, with_article, before, appositive=appositive)  # the mayor
    return resolve(ctx, rest, before, appositive=appositive)
