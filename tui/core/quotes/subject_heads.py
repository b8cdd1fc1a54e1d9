"""The head of a subject phrase, past what only completes it.

"Arvind Rao of the Wetlands Collective, who …, said": the person before "of" is the
subject, the collective his affiliation. "Holm Brewing, which owns breweries in
Bavaria, Belgium and Poland, said": the last comma-separated piece is the tail of a
list inside a relative clause, and the subject stands before the clause.
"""

from __future__ import annotations

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _Speaker, _Tok
from tui.core.quotes.latter import CONCERNED, latter_referent
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.subject_names import ONE_VOICE, name_as_modifier
from tui.core.quotes.words import (
    _ARTICLES,
    _OF,
    _PREPOSITIONS,
    _RELATIVES,
    _SPOKES_NOUNS,
    _SUBJECT_PRONOUNS,
    english_past,
)
from tui.core.text import fold


def enumeration(words: list[_Tok]) -> bool:
    """Whether a segment between commas is the tail of a list ("B and C")."""
    return any(w.low in ("and", "or", "et", "ou") for w in words[1:-1])


def clause_opening(left: list[_Tok], k: int) -> int | None:
    """The comma opening the relative clause that holds the list ending at ``k``."""
    for i in range(k - 1, 0, -1):
        if left[i].text == "," and left[i + 1].low in _RELATIVES:
            return i
        if left[i].text in ".;:!?":
            return None
    return None


def person_of(ctx: _Context, head: list[_Tok]) -> _Speaker | None:
    """The person named first in ``head`` when « de » / "of" follows the name: the
    body after it is the person's affiliation, not the subject."""
    for n, t in enumerate(head[:-1]):
        ent = ctx.entity_at(t.start)
        if ent is not None and ent.label == "PER" and ent.end == t.end and head[n + 1].low in _OF:
            return _Speaker(ent.canonical, "PER", ent.start)
    return None


def latter_or_former(ctx: _Context, words: list[_Tok]) -> _Speaker | None:
    """The person "the latter" (the last named before it) or "the former" (the one
    named before that) stands for, or « l'intéressé » (the last named of its gender);
    ``None`` for any other phrase."""
    if len(words) == 2 and words[0].low in ("l'", "l’") and fold(words[1].low) in CONCERNED:
        return latter_referent(ctx, words[0].start, feminine=fold(words[1].low).endswith("ee"))
    if len(words) != 2 or words[0].low != "the" or words[1].low not in ("latter", "former"):
        return None
    named: list[str] = []
    for e in ctx.entities_in(max(0, words[0].start - 400), words[0].start):
        if e.label == "PER" and not ctx.in_quote(e.start):
            if e.canonical in named:
                named.remove(e.canonical)
            named.append(e.canonical)
    at = -1 if words[1].low == "latter" else -2
    return _Speaker(named[at], "PER", words[0].start) if len(named) >= -at else None


def one_of_named(ctx: _Context, words: list[_Tok]) -> _Speaker | None:
    """ "one of the organisers, Marcus Bell,": the person the apposition names; a head
    of people left unnamed ("some said", "one of them") is nobody a reader can look up."""
    if len(words) < 3 or words[1].low != "of":
        return None
    named = [
        e
        for e in ctx.entities_in(words[2].start, words[-1].end)
        if e.label == "PER" and ctx.text[max(0, e.start - 2) : e.start] == ", "
    ]
    return _Speaker(named[0].canonical, "PER", named[0].start) if len(named) == 1 else None


def fronted_pronoun(left: list[_Tok]) -> bool:
    """« Ouvrière depuis 22 ans, elle dit »: a subject pronoun after a fronted description;
    not « Dans un communiqué, elle évoque », where « elle » may be a body's."""
    described = len(left) > 2 and left[0].low not in _PREPOSITIONS
    return described and left[-1].low in _SUBJECT_PRONOUNS and left[-2].text == ","


def names_a_person(ctx: _Context, words: list[_Tok]) -> bool:
    """Whether a comma-set segment names a person itself (``, Dmitri Peskov,``)."""
    for t in words:
        ent = ctx.entity_at(t.start)
        if ent is not None and ent.label == "PER" and not _after_preposition(ctx, ent.start):
            return not name_as_modifier(ctx, words, ent)  # "the Haskett campaign's aide"
    return False


def voiced_owner(words: list[_Tok]) -> list[_Tok] | None:
    """The owner of a voice described by role ("the prime minister's official
    spokesman", "the mayor's office"), its possessive mark dropped, else ``None``."""
    if len(words) < 3 or words[-1].low not in ONE_VOICE:
        return None
    for n in range(len(words) - 2, 0, -1):
        w = words[n]
        if w.low.endswith(("'s", "’s")) and w.text[:1].islower():
            head = _Tok(w.start, w.end - 2, w.text[:-2], w.low[:-2])
            return [*words[:n], head]
    return None


def object_of_verb(head: list[_Tok]) -> bool:
    """Whether an English past tense leads straight to the name (« thanked Mrs X »,
    "praised X"): the name is its object, not a subject."""
    at = len(head) - 1
    while at >= 0 and head[at].low.rstrip(".") in ABBREVIATED_TITLES:
        at -= 1
    verb = head[at] if at >= 0 else None
    return verb is not None and english_past(verb)


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "is", "ie", "u", "ue", "us", "t", "te")
_STRONG_PARTICIPLES = frozenset("seen shown given written taken known".split())


def passive_apposition(segment: list[_Tok]) -> bool:
    """Whether a set-off phrase is a participle and its agent (« consulté par l'AFP »,
    "seen by Reuters", "interviewed by the BBC"): the agent only handled what the
    subject before it says, so it never stands for the subject."""
    if len(segment) < 3 or segment[1].low not in ("par", "by") or not segment[0].text.islower():
        return False
    word = segment[0].low
    if segment[1].low == "by":
        return english_past(segment[0]) or word in _STRONG_PARTICIPLES
    return word.isalpha() and word.endswith(_PARTICIPLE_ENDINGS)


def heads_phrase(ctx: _Context, words: list[_Tok]) -> bool:
    """Whether the name right after the determiner heads the phrase (« la FDSEA », « la
    FDSEA de la Drôme »), rather than qualifying a noun after it ("a GOP aide")."""
    named = ctx.entity_at(words[1].start)
    if named is None:
        return False
    rest = [t for t in words if t.start >= named.end]
    return not rest or rest[0].low in _OF


def reported_by_name(ctx: _Context, toks: list[_Tok]) -> bool:
    """Whether ``toks`` are a person's name, a verb of saying and another person's name
    ("Ms X said Mr Y"): the first clause reports the one the second name opens."""
    if len(toks) < 3 or not toks[1].text.islower():
        return False
    first, second = ctx.entity_at(toks[0].start), ctx.entity_at(toks[2].start)
    if toks[2].low in ABBREVIATED_TITLES and len(toks) > 3:
        second = ctx.entity_at(toks[3].start)
    if first is None or second is None or first.label != "PER" or second.label != "PER":
        return False
    return is_speech_verb(toks[1].text, ctx.language) and second.end >= toks[-1].end


_SUBORDINATORS = frozenset("after before since until once when whenever".split())
"""English words that open a clause of their own or govern a noun: "a week after the
council warned" (a subject) and "the report published after the hearing" (none)."""


_CLAUSE_OPENER = "as"
"""An English word that opens a clause before a bare noun or a name ("as CEO warns",
"as Smith said"): a subject walk stops at it and keeps it, so the subject reader knows
the clause is adverbial ("as opposition MPs said" names nobody)."""


def opens_own_clause(ctx: _Context, toks: list[_Tok], k: int, last: int) -> bool:
    """Whether an English subject walk going left from ``toks[last]`` stops at
    ``toks[k]``: a word that only opens a clause ("as", kept), or a person's or body's
    name right after a subordinator such as "after" or "until" and ending where the
    verb follows ("comes a week after the Orven Network warned"), the subject of the
    clause, not the preposition's complement."""
    if ctx.language != "en" or k == 0:
        return False
    if toks[k].low == _CLAUSE_OPENER and k < last and toks[k + 1].low not in _ARTICLES:
        return True  # "shares sink as CEO warns": the clause "as" opens, "as" kept
    if toks[k - 1].low not in _SUBORDINATORS:
        return False
    start = toks[k + 1].start if toks[k].low == "the" and k < last else toks[k].start
    named = ctx.entity_at(start)
    return named is not None and named.label in ("PER", "ORG") and named.end >= toks[last].end


def officer_of(head: list[_Tok]) -> bool:
    """ "The head of the", « le directeur de la »: a person who holds a post in the
    body named next, who speaks as a person; a spokesperson speaks for the body."""
    return any(
        t.text.islower() and noun_kind(t.text) == "person" and t.low not in _SPOKES_NOUNS
        for t in head[:-1]
    ) and any(t.low in _OF for t in head[1:])
