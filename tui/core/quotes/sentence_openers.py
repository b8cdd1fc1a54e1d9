"""The phrases that open a sentence before its subject.

« À la veille du vote, », « Après les réactions de X, Y et Z, », « Dans cette lettre »,
« Le 13 mai »: a circumstance, a relative or a list hanging on it, and a date come
before the subject the sentence is about. A name or a pronoun ahead of a comma is the
subject itself, and so is an article with a compound verb (the main clause).
"""

from __future__ import annotations

from tui.core.quotes.clause_shapes import stressed_aside
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.datelines import FRENCH_MONTHS
from tui.core.quotes.speech_verbs import FRENCH_PAST_AUXILIARIES, is_speech_verb
from tui.core.quotes.verb_use import PARTICIPLE_ENDINGS
from tui.core.quotes.words import (
    _BREAK_TOKENS,
    _CLAUSE_STOPS,
    _DETERMINERS,
    _PREPOSITIONS,
    _RELATIVES,
    _SUBJECT_PRONOUNS,
)


def past_openers(ctx: _Context, pre: list[_Tok]) -> list[_Tok]:
    """The sentence past its opening phrases set off by commas: a circumstance first
    (« À la veille du vote, »), then any relative clause or complement hanging on it
    (« qui commémore…, », « à Lorvenne, »). A name or pronoun ahead of a comma is
    the subject itself (« Paul Durand, maire de…, »)."""
    toks = pre
    while True:
        comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
        if comma is None:
            return toks
        head = [x for x in toks[:comma] if x.text[0].isalnum()]
        went_on = toks is not pre and _ends_on_name(ctx, pre, toks[0].start)
        if head and went_on and (rest := _past_list(ctx, toks)) is not None:
            toks = rest  # « Après les réactions de X, Y, Z et d'autres, le pape … »
            continue
        if not head or ctx.entity_at(head[0].start) is not None:
            return toks
        first = head[0].low
        if first in _SUBJECT_PRONOUNS or (toks is pre and _named_subject_part(ctx, head)):
            return toks
        if toks is pre and _main_clause(ctx, head) and not _absolute_clause(toks[comma + 1 :]):
            return toks
        after = toks[comma + 1].text if comma + 1 < len(toks) else ""
        if stressed_aside(toks, comma):
            return toks  # « Le maire, lui, attend … »: the phrase the pronoun repeats
        if toks is pre and _role_before_participle(head, toks[comma + 1 :]):
            return toks  # « Le gardien, élu meilleur joueur, a dédié … »: the subject
        if toks is pre and after.lower() in ("qui", "dont") and _described_one(toks[:comma]):
            return toks  # « Le chef de l'État, qui devra …, s'est contenté »: the subject
        if after.islower() and after.endswith(("ing", "ant")) and after not in _NOT_PARTICIPLES:
            return toks  # "X moved to define him, calling…": the participle hangs on X
        hangs = first in _RELATIVES or (first in _PREPOSITIONS and first != "a")
        if toks is not pre and not hangs and not _participle_aside(ctx, head):
            return toks
        toks = toks[comma + 1 :]


def _role_of_place(head: list[_Tok]) -> bool:
    """« L'évêque de Lorvenne », « le maire du Vieux-Port »: a person or body noun
    whose complement is a capitalised name (a place or a body it serves)."""
    return (
        len(head) > 3
        and noun_kind(head[1].text) is not None
        and head[2].low in ("de", "du", "d'", "d’")
        and head[-1].text[:1].isupper()
    )


def _role_before_participle(head: list[_Tok], rest: list[_Tok]) -> bool:
    """Whether a short phrase headed by a person or body noun is set off by a past
    participle (« Le gardien, élu …, », « La ministre, interrogée …, », « L'évêque de
    Lorvenne, reçu …, »): it is the subject the participle describes, not an opening
    circumstance."""
    return (
        1 < len(head) <= 6
        and head[0].low in _DETERMINERS
        and (noun_kind(head[-1].text) is not None or _role_of_place(head))
        and bool(rest)
        and rest[0].text.islower()
        and rest[0].low.endswith(_PAST_PARTICIPLE_ENDINGS)
        and rest[0].low not in _LIKE_PARTICIPLES
    )


def _described_one(head: list[_Tok]) -> bool:
    """Whether ``head`` is a determiner and a person or body noun (« Le chef de l'État »):
    a relative after it describes the sentence's subject, not an opening phrase. A name
    in marks (« L'organisation « X » ») is left to the name, which the noun is not."""
    if len(head) < 2 or any(t.text == "«Q»" for t in head):
        return False
    return head[0].low in _DETERMINERS and noun_kind(head[1].text) is not None


_PAST_PARTICIPLE_ENDINGS = (*PARTICIPLE_ENDINGS, "u", "ue", "us", "ues", "i", "ie", "is", "ies")
"""Past participles of every group (« publiée », « élu », « reçue », « saisi »)."""
_LIKE_PARTICIPLES = frozenset(
    "qui que ainsi aussi lui ici parmi oui midi lundi mardi mercredi jeudi vendredi samedi".split()
)
"""Words ending like a participle that open a relative clause or an aside instead: the
phrase before them may quote someone else's words (« Le prévenu, que les habitants
surnommaient « le Baron », »)."""


def _participle_aside(ctx: _Context, head: list[_Tok]) -> bool:
    """« Dans son rapport, publié jeudi, la commission … », "In its report, released on
    Monday, the board …": a short past-participle phrase between commas qualifies the
    opening complement before it and, like it, comes before the subject."""
    word = head[0].text
    if len(head) > 5 or not word.isalpha() or not word.islower():
        return False
    if ctx.language == "fr":  # « publié », « rendue », « paru »
        return word.endswith((*PARTICIPLE_ENDINGS, "du", "due", "ru", "rue"))
    return word.endswith("ed")


def _ends_on_name(ctx: _Context, pre: list[_Tok], at: int) -> bool:
    """Whether the opening phrase before ``at`` ends on a name, then a comma."""
    before = [t for t in pre if t.end <= at and t.text != ","]
    if not before:
        return False
    ent = ctx.entity_at(before[-1].start)
    return ent is not None and ent.end == before[-1].end


def _past_list(ctx: _Context, toks: list[_Tok]) -> list[_Tok] | None:
    """The sentence past a list of names that goes on an opening phrase's last name
    (« de X, Y, Z et de divers autres, »): segments opening on a name up to one that
    holds « et » / "and" and ends on a comma; ``None`` when ``toks`` opens no such list."""
    start = 0
    while True:
        comma = next((i for i in range(start, len(toks)) if toks[i].text == ","), None)
        if comma is None or ctx.entity_at(toks[start].start) is None:
            return None
        if any(t.low in ("et", "and") for t in toks[start:comma]):
            return toks[comma + 1 :]
        if comma - start > 4:
            return None  # more than a name: an apposition, not a list item
        start = comma + 1
        if start >= len(toks):
            return None


_CLAUSE_LINKS = frozenset("où qui que qu' qu’ quand lorsque lorsqu' lorsqu’ dont si".split())


def _main_clause(ctx: _Context, head: list[_Tok]) -> bool:
    """« L'avocate générale a préconisé d'annuler la tutelle accordée à sa femme, X, … »:
    an article, then a compound verb before the first comma, is the sentence's own
    subject and verb, not an opening phrase to pass over (« Le jour où il a été élu, »
    hangs on a relative and still opens)."""
    if ctx.language != "fr" or head[0].low not in _DETERMINERS:
        return False
    for i in range(1, len(head) - 1):
        if head[i].low in _CLAUSE_LINKS:
            return False
        participle = head[i + 1].text
        if head[i].low in FRENCH_PAST_AUXILIARIES and participle.isalpha() and participle.islower():
            return True
    return any(_present_speech(ctx, head[i - 1], head[i]) for i in range(2, len(head)))


def _present_speech(ctx: _Context, before: _Tok, verb: _Tok) -> bool:
    """« L'armée annonce, … »: a verb of saying in the present after the subject's noun."""
    if before.low in _DETERMINERS or before.low in _PREPOSITIONS or not verb.text.islower():
        return False
    return is_speech_verb(verb.text, ctx.language, strong=False)


_NOT_PARTICIPLES = frozenset("avant pendant durant devant cependant maintenant suivant".split())


def _absolute_clause(toks: list[_Tok]) -> bool:
    """« …, Radio Orbis le qualifiant « … » »: a subject of its own and a present
    participle after the comma, whose subject the quotation belongs to."""
    for t in toks[1:5]:
        if t.text in _BREAK_TOKENS or t.text == ",":
            return False
        if t.low.endswith("ant") and t.low not in _NOT_PARTICIPLES and t.text.islower():
            return True
    return False


def _named_subject_part(ctx: _Context, head: list[_Tok]) -> bool:
    """« Le ministre Paul Durand, … »: an article, a role and a name before the first
    comma are the subject and its apposition follows, not an opening phrase."""
    if head[0].low not in _DETERMINERS:
        # "Budget Director Samuel Oduya reminded…": capitalised title words, then a name.
        for t in head[:4]:
            ent = ctx.entity_at(t.start)
            if ent is not None:
                return ent.label in ("PER", "ORG")
            if not t.text[:1].isupper():
                return role_before_name(ctx, head, head.index(t))  # "Consultant surgeon X"
        return False
    if len(head) > 6:
        return False
    found = (ctx.entity_at(t.start) for t in head[1:])
    return any(e is not None and e.label in ("PER", "ORG") for e in found)


def past_circumstance(toks: list[_Tok]) -> list[_Tok]:
    """The sentence from its subject pronoun when a complement opens it with no comma
    (« Dans cette lettre il demande… », "In the letter she asks…"), or past an opening
    date (« Le 13 mai la commission… »)."""
    dated = len(toks) > 3 and toks[0].low == "le" and toks[1].text.isdigit()
    if dated and toks[2].low in FRENCH_MONTHS:
        return toks[3:]
    if not toks or toks[0].low not in _PREPOSITIONS or toks[0].text.lower() == "a":
        return toks
    for j in range(1, min(len(toks), 8)):
        t = toks[j]
        if t.low in _SUBJECT_PRONOUNS and toks[j - 1].low not in _PREPOSITIONS:
            return toks[j:]
        if t.text in _BREAK_TOKENS or t.low in _CLAUSE_STOPS:
            break
    return toks


def role_before_name(ctx: _Context, toks: list[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` opens a run of role words that leads to a name: plain words,
    the last of them a noun of a person (« surgeon », « économiste »), then titles."""
    last_lower = None
    for t in toks[i : i + 6]:
        if ctx.entity_at(t.start) is not None:
            return last_lower is not None and noun_kind(last_lower) == "person"
        if not t.text.isalpha():
            return False
        if t.text.islower():
            if is_speech_verb(t.text, ctx.language, strong=False) or t.low.endswith("ed"):
                return False  # "Police arrested X": a verb, and X is its object
            last_lower = t.text
    return False


_SUBORDINATORS = frozenset(
    """when whenever as after before while although though if once because since until
    lorsque lorsqu' lorsqu’ quand""".split()
)


def opening_clause_holds(ctx: _Context, pre: list[_Tok]) -> bool:
    """ "When X described the plan as “…”, a man shouted": a subordinate clause opens
    the sentence, holds the quotation and its own subject and verb of saying; what
    follows the quotation is the main clause, not an incise naming the speaker."""
    if len(pre) < 4 or pre[0].low not in _SUBORDINATORS or any(t.text == "," for t in pre):
        return False
    return any(is_speech_verb(t.text, ctx.language) for t in pre[2:] if t.text.islower())


def participle_aside_holds(ctx: _Context, pre: list[_Tok]) -> bool:
    """« X, évoquant une « … », a rejeté les accusations »: the quotation stands in a
    present participle's aside set off after a named subject; the verb after it is
    that subject's own, not an incise naming someone after it."""
    commas = [i for i, t in enumerate(pre) if t.text == ","]
    if ctx.language != "fr" or len(commas) != 1 or commas[0] == 0:
        return False
    comma = commas[0]
    if comma + 1 >= len(pre) or not pre[comma + 1].low.endswith("ant"):
        return False
    named = ctx.entity_at(pre[comma - 1].start)
    return named is not None and named.label in ("PER", "ORG") and named.end == pre[comma - 1].end
