"""An unnamed spokesperson speaks for the body they speak for.

"a council spokeswoman said", « un porte-parole de la mairie a indiqué »: the
person is not named, but the body is, somewhere in the article (« Hadleigh District
Council »), and the words are that body's. Of several bodies carrying the noun, the
one named last before the description; with none, the description stays the quote's
source and the speaker is null.
The same holds when the text comes back to that spokesperson ("the spokesman said",
"she said"): the words are still those of whoever the spokesperson speaks for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _Speaker, voiced_after
from tui.core.quotes.feminine_body import ACTED_ON
from tui.core.quotes.source_body import last_firm
from tui.core.quotes.words import _SPOKES_NOUNS
from tui.core.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def spokesperson_body(ctx: _Context, who: _Speaker) -> _Speaker:
    """The body an indefinite description speaks for: the description itself when it
    names a body, the body of the article its spokesperson is of (of several, the one
    named last before), else nobody."""
    name = who.name or ""
    words = [fold(w) for w in _WORD.findall(name)]
    if not any(w in _SPOKES_NOUNS for w in words):
        return who if noun_kind(name) == "body" else _Speaker(None, "NP", who.at)
    bodies = [w for w in words if w not in _SPOKES_NOUNS and noun_kind(w) == "body"]
    if not bodies:
        return _Speaker(None, "NP", who.at)
    noun = bodies[-1]
    holding = [
        e
        for e in ctx.entities
        if e.label == "ORG"
        and fold(e.canonical) != noun  # "Council leader X": the noun, not a name
        and noun in _name_words(e.canonical)
    ]
    named = {e.canonical for e in holding}
    if len(named) > 1:  # "a department spokesman": the department the text spoke of last
        before = [e for e in holding if e.start < who.at and not ctx.in_quote(e.start)]
        named = {before[-1].canonical} if before else named
    if not named and noun in _FIRM_NOUNS and (firm := last_firm(ctx, who.at)) is not None:
        return _Speaker(firm.canonical, "ORG", who.at)  # "a company spokesman": the firm
    if len(named) != 1:
        return who  # "a police spokesman": described, the body unnamed
    return _Speaker(named.pop(), "ORG", who.at)


_FIRM_NOUNS = frozenset("company firm operator carrier airline retailer".split())
"""Nouns of a company an article rarely writes in its name ("Westquay Terminals")."""


def _name_words(name: str) -> set[str]:
    """The folded words of a name, and each pair written as one ("Coast Guard" holds
    "coastguard")."""
    words = [fold(w) for w in _WORD.findall(name)]
    return {*words, *(a + b for a, b in pairwise(words))}


def body_spoken_for(ctx: _Context, at: int, *, past_people: bool = False) -> _Speaker | None:
    """The body an unattached spokesperson speaks for: the last one named, not a person.

    The name must stand outside any quotation and not after a preposition; a name the
    extractor took for a person counts when it has already spoken for itself as a
    subject (``Halvorsen declined to comment.``) and no person's name came since.
    With ``past_people``, for a noun that only a body can be (« l'instance »), the
    people named since are passed over.
    """
    i = bisect_left(ctx.ent_starts, at) - 1
    floor = at - 1500
    while i >= 0 and ctx.entities[i].start > floor:
        e = ctx.entities[i]
        i -= 1
        if ctx.in_quote(e.start) or e.label == "LOC":
            continue
        if _after_preposition(ctx, e.start) and not voiced_after(ctx, e.start):
            continue
        if e.label == "ORG" and ACTED_ON.search(ctx.text, max(0, e.start - 24), e.start):
            continue  # « envisage de saisir la Cour de X »: acted on, not speaking
        if e.label == "ORG":
            return _Speaker(e.canonical, "ORG", at)
        if past_people:
            continue
        if e.label == "PER" and " " not in e.text and " " in e.canonical:
            # ``Halvorsen`` for *Halvorsen Shipping*: a short name of a longer one.
            return _Speaker(e.canonical, e.label, at) if e.text != e.canonical.split()[-1] else None
        return None
    return None


def issuer(ctx: _Context, at: int, noun: str) -> _Speaker | None:
    """The body a bare document speaks for ("the ruling added" after "The court said
    in its ruling"): the body this paragraph credits with the ``noun`` ("X said in a
    statement that …. "…," the statement said"), else the last body quoted in this
    paragraph or the one before."""
    credited = _credited_with(ctx, noun, at)
    if credited is not None:
        return credited
    floor = ctx.previous_paragraph(at)
    for sp in reversed(ctx.speakers):
        if sp.at < floor:
            break
        if sp.at < at and sp.label == "ORG" and sp.name:
            return _Speaker(sp.name, "ORG", at)
    return None


def _credited_with(ctx: _Context, noun: str, at: int) -> _Speaker | None:
    """The person or body named last before the latest earlier mention of ``noun`` in
    this paragraph (outside quotations), within that mention's sentence: a person's
    statement is theirs too."""
    line = ctx.line_start(at)
    here = _sentence_start(ctx.text, line, at)  # an earlier sentence's mention
    mentions = [
        line + m.start()
        for m in re.finditer(rf"\b{re.escape(noun)}\b", ctx.text[line:here], re.IGNORECASE)
        if not ctx.in_quote(line + m.start())
    ]
    if not mentions:
        return None
    opens = _sentence_start(ctx.text, line, mentions[-1])
    named = [e for e in ctx.entities_in(opens, mentions[-1]) if e.label in ("PER", "ORG")]
    return _Speaker(named[-1].canonical, named[-1].label, at) if named else None


def _sentence_start(text: str, line: int, at: int) -> int:
    """Where the sentence holding ``at`` opens, in the paragraph opening at ``line``."""
    return max(text.rfind(". ", line, at) + 1, line)


_VOICE = re.compile(r"\b(?:spokes(?:man|woman|person)|porte-parole)\b", re.IGNORECASE)
_FOR = re.compile(r"\s+(?:for|of|de|du|des)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?\n]|\b(?:said|says|told|added|a déclaré|a indiqué)\b")
_VOICE_REACH = 1500
"""How far back a bare "the spokesman" may find the spokesperson it returns to."""


def earlier_voice(ctx: _Context, at: int) -> _Speaker | None:
    """Whom the spokesperson a bare "the spokesman" returns to speaks for: the one the
    latest earlier mention (outside quotations, within reach) ties to a name."""
    for m in reversed(list(_VOICE.finditer(ctx.text, max(0, at - _VOICE_REACH), at))):
        if not ctx.in_quote(m.start()):
            return voice_of(ctx, m.start(), m.end())
    return None


def newcomer_voice(ctx: _Context, det_at: int) -> _Speaker | None:
    """Whom an unnamed newcomer speaks for, when the description opening at
    ``det_at`` is a spokesperson's ("A library spokeswoman said … “…,” she said")."""
    m = _VOICE.search(ctx.text, det_at, min(len(ctx.text), det_at + 60))
    if m is None or "\n" in ctx.text[det_at : m.start()]:
        return None
    bare = len(ctx.text[det_at : m.start()].split()) <= 1  # « Une porte-parole a indiqué »
    return voice_of(ctx, m.start(), m.end()) or (body_spoken_for(ctx, det_at) if bare else None)


def voice_of(ctx: _Context, start: int, end: int) -> _Speaker | None:
    """Whom the spokesperson named by the noun at ``start``–``end`` speaks for: the
    person or body after "for"/« de » ("a spokesman for Mayor X"), the name right before
    the noun ("Kremlin spokesman"), else the one body the article names with the word
    before the noun ("a council spokeswoman")."""
    after = _FOR.match(ctx.text, end)
    if after is not None:
        close = _CLAUSE_END.search(ctx.text, after.end())
        named = ctx.entities_in(after.end(), close.start() if close else after.end() + 80)
        named = [e for e in named if e.label in ("PER", "ORG") and not ctx.in_quote(e.start)]
        person = next((e for e in named if e.label == "PER"), None)
        chosen = person or (named[0] if named else None)
        return _Speaker(chosen.canonical, chosen.label, start) if chosen else None
    left = ctx.text[max(0, start - 60) : start].rstrip()
    left = left[:-2] if left.endswith(("'s", "’s")) else left
    stop = max(0, start - 60) + len(left)
    before = ctx.entity_at(stop - 1) if left else None
    if before is not None and before.end == stop and before.label in ("PER", "ORG"):
        return _Speaker(before.canonical, before.label, start)  # "Kremlin spokesman"
    words = _WORD.findall(left[-40:])
    if words:
        body = spokesperson_body(ctx, _Speaker(f"{words[-1]} {ctx.text[start:end]}", "NP", start))
        if body.label == "ORG":
            return body
    return None
