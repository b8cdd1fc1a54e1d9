"""The body that issued a document the text quotes: "the notice said", "the report,
published by the university, concluded".

News quotes documents as if they spoke, and the words are their issuer's. The text
names the issuer where it brings the document in: before the noun ("a State
Department notice", "the council's report"), after it ("the report from Environment
Southland", « le rapport de la Cour des comptes »), or in a clause set off by commas
("The report, published by the university,"). A later bare "the notice" goes to the
issuer of the latest mention that names one. With no issuer written anywhere, the
document speaks for nobody.
"""

from __future__ import annotations

import re

from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.words import _DETERMINERS
from tui.core.text import fold

_DOCUMENTS = """report reports notice filing study survey review audit analysis memo
    memorandum letter circular bulletin assessment evaluation inquiry ruling statement
    release rapport étude note circulaire bilan enquête avis communiqué lettre""".split()
DOCUMENT_NOUNS = frozenset(_DOCUMENTS) | frozenset(fold(w) for w in _DOCUMENTS)
"""Nouns of documents an organisation issues, which news quotes as speaking."""

_AFTER = re.compile(
    r"\s*(?:,\s*(?:which\s+was\s+|that\s+was\s+)?(?:published|released|issued|prepared|"
    r"commissioned|produced|compiled|written|publié|publiée|rédigé|rédigée|commandé|"
    r"commandée)\b[^,.;:]{0,30}?\b(?:by|par)\s+|\s+(?:from|by|of|de|du|des)\s+)"
    r"(?:(?:the|la|le|les|l['’])\s*)?",
    re.IGNORECASE,
)
"""What joins a document to its issuer after the noun: "from", « de », ", published on
Tuesday by"."""

_POSSESSIVE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,3}$")
"""A possessive before the noun, past a few lowercase words ("the council's annual")."""

_BEFORE = re.compile(r"\s+(?:[a-z-]+\s+){0,3}$")
"""The lowercase words between an issuer's name and the noun ("State Department
one-paragraph notice")."""


def issued_by(ctx: _Context, noun_start: int, noun_end: int) -> _Speaker | None:
    """The organisation that issued the document named at ``noun_start``: the issuer
    this mention names, else the one named by the latest earlier mention of the same
    noun (within 3,000 characters, outside quotations) that names one."""
    noun = fold(ctx.text[noun_start:noun_end])
    if noun not in DOCUMENT_NOUNS:
        return None
    found = _owner(ctx, noun_start, noun_end)
    if found is not None:
        return _Speaker(found.canonical, "ORG", noun_start)
    floor = max(0, noun_start - 3000)
    word = re.compile(rf"\b{re.escape(ctx.text[noun_start:noun_end])}\b", re.IGNORECASE)
    for m in reversed(list(word.finditer(ctx.text, floor, noun_start))):
        if ctx.in_quote(m.start()):
            continue
        found = _owner(ctx, m.start(), m.end())
        if found is not None:
            return _Speaker(found.canonical, "ORG", noun_start)
    return None


def _owner(ctx: _Context, start: int, end: int) -> Entity | None:
    """The organisation named right before or after one mention of a document noun."""
    after = _AFTER.match(ctx.text, end)
    if after is not None:
        ent = _org_at(ctx, after.end())
        if ent is not None:
            return ent
        word = re.match(r"[^\W\d_]+", ctx.text[after.end() : after.end() + 30])
        if word is not None and noun_kind(word.group()) == "body":
            body = ctx.named_body(word.group(), start)  # "published by the university"
            if body is not None and body.label == "ORG":
                return body
    left = ctx.text[max(0, start - 60) : start]
    for pattern in (_POSSESSIVE, _BEFORE):
        m = pattern.search(left)
        if m is not None:
            ent = _org_ending(ctx, start - len(left) + m.start())
            if ent is not None:
                return ent
    return None


def _org_at(ctx: _Context, at: int) -> Entity | None:
    ent = ctx.entity_at(at)
    return ent if ent is not None and ent.start == at and ent.label == "ORG" else None


def _org_ending(ctx: _Context, at: int) -> Entity | None:
    ent = ctx.entity_at(at - 1)
    return ent if ent is not None and ent.end == at and ent.label == "ORG" else None


_ISSUED_BY = frozenset("by from of par de du des d' d’".split())


def document_issuer(ctx: _Context, words: list[_Tok]) -> Entity | None:
    """The body a document subject was issued by: "The annual report from Vell Water",
    "a 2022 report by the city's Office of Inspector General", « une étude de
    l'Insee »."""
    if not any(w.low in DOCUMENT_NOUNS for w in words[:6]):
        return None
    for e in ctx.entities_in(words[0].start, words[-1].end):
        before = [w for w in words if w.end <= e.start and w.low not in _DETERMINERS]
        owner = ctx.text[max(0, e.start - 30) : e.start].rstrip().endswith(("'s", "’s"))
        if e.label == "ORG" and before and (before[-1].low in _ISSUED_BY or owner):
            return e
    return None


def document_speaker(ctx: _Context, words: list[_Tok], body: list[_Tok]) -> _Speaker | None:
    """The issuer of a document subject: named inside its words, else where the text
    brought the document in."""
    issued = document_issuer(ctx, words)
    if issued is not None:
        return _Speaker(issued.canonical, "ORG", issued.start)
    doc = next((t for t in body if t.low in DOCUMENT_NOUNS), None)
    return issued_by(ctx, doc.start, doc.end) if doc is not None else None
