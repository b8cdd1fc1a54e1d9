"""Whether a named mention stands as the subject of its sentence.

A pronoun goes to the last person who stood as a subject; this module says who did:
a name opening its sentence, one a verb right before or after acts on, one whose
view the sentence gives (« Pour la procureure, X, … »), or one that heads a sentence
past titles and appositions.
"""

from __future__ import annotations

import re

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.models import Entity
from tui.core.quotes.context import _Context, _possessive, _Tok
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.tokens import _window_tokens
from tui.core.quotes.verb_use import verb_use
from tui.core.quotes.words import (
    _AUX,
    _BREAK_TOKENS,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _DETERMINERS,
    _OF,
    _PREPOSITIONS,
    _SENTENCE_STOPS,
    _SKIP_WORDS,
    _SUBORDINATORS,
    REFLEXIVE_OR_NEGATION,
    completes_a_noun,
)

_TAKES_OBJECT = frozenset(
    """told tells tell urged urges thanked thanks warned warns reminded reminds assured
    assures informed informs advised advises promised promises called calls""".split()
)
"""English verbs of saying whose name after them is the one spoken to, never an
inverted subject ("said X" is X speaking; "told X" is X listening). "asked X" stays a
subject: the one asked answers next."""


def _reported_clause(ctx: _Context, before: list[_Tok]) -> bool:
    """Whether a name with a verb of its own comes right after an English verb of
    saying, past a title ("said Mr Foley had"): the subject of the words reported,
    not of the text."""
    words = [t for t in before if t.text != "."]
    while words and words[-1].low in ABBREVIATED_TITLES:
        words.pop()
    if ctx.language != "en" or not words or not words[-1].text.islower():
        return False
    return words[-1].low in _REPORTING


_REPORTING = frozenset("said says told added claimed alleged insisted".split())


_COMPLEMENT_OF = frozenset(("de", "d'", "d’", "du", "des", "of"))
"""Words before a name completing a noun, whose relative clause is the noun's."""


def is_subject(ctx: _Context, e: Entity | None) -> bool:
    """:func:`stands_as_subject`, read once per mention and kept on the context (the
    pronouns, their antecedents and the speaker model all ask)."""
    if e is None:
        return False
    if e.start not in ctx.subjects:
        ctx.subjects[e.start] = stands_as_subject(ctx, e)
    return ctx.subjects[e.start]


def stands_as_subject(ctx: _Context, e: Entity) -> bool:
    """Whether a mention opens its sentence, or a verb right before or after it acts."""
    if _possessive(ctx.text, e.end):
        return False  # ``Harbour City's goalkeeper``: the owner, not the subject
    if completes_a_noun(ctx.text, e.start):
        return False  # « Le prix X a été remis »: the prize acts, not the person
    before = _window_tokens(ctx.text, max(0, e.start - 30), e.start)
    after = _window_tokens(ctx.text, e.end, min(len(ctx.text), e.end + 30))
    if _completes_a_named_subject(ctx, before, after):
        return False
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    if prev is not None and prev.low in ABBREVIATED_TITLES | {"."} and len(before) > 1:
        prev = before[-2] if before[-1].text == "." else prev
    starts = prev is None or prev.text in ".!?:;" or ctx.text[prev.end : e.start].count("\n")
    verb_after = nxt is not None and (
        nxt.low in _AUX or is_speech_verb(nxt.text, ctx.language, strong=False)
    )
    if verb_after and prev is not None and prev.low in _SUBORDINATORS:
        verb_after = False  # ``asked whether Smith had…``: a subordinate subject
    if verb_after and _reported_clause(ctx, before):
        return False  # "Hegarty said Mr Foley had approached him": Hegarty's clause
    verb_before = prev is not None and verb_use(before, len(before) - 1, ctx.language)
    if verb_before and ctx.language == "en" and prev is not None and prev.low in _TAKES_OBJECT:
        verb_before = False  # "Hendershot told Capitol Briefing he would": whom he told
    if starts or verb_after or verb_before or _holds_the_view(ctx, e):
        return True
    relative = len(after) > 1 and after[0].text == "," and after[1].low in ("who", "qui")
    if relative and (prev is None or prev.low not in _COMPLEMENT_OF):
        # "a newcomer named X, who showed up…": X acts in the relative; « une collègue
        # de X, qui a requis l'anonymat »: the colleague does
        return True
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == ",":
        # « la mère de Théo, Nathalie Vergnes, n'a pas quitté … »: the subject's name,
        # maybe with an age (« son voisin, Théo Marty, 24 ans, s'est installé »)
        rest = after[4:] if _AGE.fullmatch(" ".join(t.low for t in after[1:4])) else after[1:]
        verb = next((t for t in rest[:2] if t.low not in REFLEXIVE_OR_NEGATION), None)
        if verb is not None and verb.low in _AUX:
            return True
    return _heads_sentence(ctx, e)


_AGE = re.compile(r"\d{1,3} (?:ans|an) ,")
"""An age set between commas after a name (« X, 24 ans, »)."""


def _completes_a_named_subject(ctx: _Context, before: list[_Tok], after: list[_Tok]) -> bool:
    """« Le frère de X, Samir, s'est montré sévère »: X completes the subject's noun,
    and the name set after it between commas is the subject."""
    if not before or before[-1].low not in _OF or len(after) < 2 or after[0].text != ",":
        return False
    apposed = ctx.entity_at(after[1].start)
    return apposed is not None and apposed.label == "PER"


def _modifies(ctx: _Context, other: Entity, e: Entity) -> bool:
    """``Rovers captain Sophie Hale``: a name and a role noun in front of the subject."""
    words = ctx.text[other.end : e.start].split()
    if not 1 <= len(words) <= 2:
        return False
    for w in words:
        low = w.lower()
        if not (w.isalpha() and w.islower()) or low.endswith("ed"):
            return False
        if low in _PREPOSITIONS or low in _CONJUNCTIONS or low in _SUBORDINATORS:
            return False
        if low in _AUX or low in _CLAUSE_STOPS or is_speech_verb(w, ctx.language, strong=False):
            return False
    return True


def _holds_the_view(ctx: _Context, e: Entity) -> bool:
    """``Pour la procureure, Hélène Marchetti, les alertes…``, « Selon X, … »: the name
    whose view follows.

    The sentence's opinion is hers, so a pronoun in the next incise points to her.
    """
    lo = max(ctx.line_start(e.start), e.start - 120)
    toks = ctx.tokens_between(lo, e.start)
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _SENTENCE_STOPS:
        i -= 1
    lead = toks[i:]
    if lead and lead[0].low == "according" and len(lead) > 1 and lead[1].low == "to":
        lead = lead[1:]  # "According to X, …" reads as « Selon X, … »
    if lead and lead[0].low in ("selon", "d'après", "d’après", "to") and len(lead) == 1:
        return ctx.text[e.end : e.end + 1] == ","  # « Selon X, … »
    if len(lead) < 3 or len(lead) > 9 or lead[-1].text != ",":
        return False
    if lead[0].low not in ("pour", "for", "selon", "to") or lead[1].low not in _DETERMINERS:
        return False
    if any(t.text == "," for t in lead[:-1]):
        return False
    return ctx.text[e.end : e.end + 1] == ","


def _heads_sentence(ctx: _Context, e: Entity) -> bool:
    """Whether ``e`` is the subject of its sentence, whatever the verb.

    ``Justice Elena Kagan questioned…``, ``Le ministre de l'Économie, Bruno Le Maire,
    a annoncé…``, ``Lundi, la ministre Marie Dupont s'est rendue…``: from the sentence
    start, only titles, role words and comma-set phrases without a verb lead to the
    name, and a verb (any lowercase word that is not a link word) follows it, maybe
    past an apposition between commas.
    """
    lead = _sentence_lead(ctx, e)
    if lead is None or not _lead_allows_subject(ctx, e, lead):
        return False
    return _verb_follows(ctx, e, lead)


def _sentence_lead(ctx: _Context, e: Entity) -> list[_Tok] | None:
    """The tokens from the sentence start to ``e``; ``None`` when too long to judge."""
    lo = max(ctx.line_start(e.start), e.start - 160)
    toks = ctx.tokens_between(lo, e.start)
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _SENTENCE_STOPS:
        i -= 1
    if i == 0 and lo != ctx.line_start(e.start):
        return None  # the sentence starts beyond the window: too long to judge
    return toks[i:]


def _lead_allows_subject(ctx: _Context, e: Entity, lead: list[_Tok]) -> bool:
    """Only titles, role words and comma-set phrases without a verb come before it,
    or a participial opening (« Interrogée sur ce point, X … », "Asked whether …, X")."""
    if _participial_opening(lead):
        return True
    bare = [t for t in lead if t.low not in ABBREVIATED_TITLES and t.text != "."]
    if bare and bare[-1].low in _OF:
        return False  # « ancienne collaboratrice de Mme X »: X completes it
    parts: list[list[_Tok]] = [[]]
    for t in lead:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) > 3 or any(len(p) > 7 for p in parts):
        return False
    last = parts[-1]
    for n, t in enumerate(lead):
        if t.text == "," or t.low in _SKIP_WORDS:
            continue
        if t.text == "«Q»" or t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS:
            return False
        if t.low in _SUBORDINATORS:
            return False
        other = ctx.entity_at(t.start)
        if (
            other is not None
            and other.label == "PER"
            and not _possessive(ctx.text, other.end)
            and not _modifies(ctx, other, e)
        ):
            return False  # ``Lopez asked whether Smith…``: the subject came first
        if t.text[0].islower() and is_speech_verb(t.text, ctx.language, strong=False):
            return False
        if last and n >= len(lead) - len(last) and t.low in _PREPOSITIONS:
            inner = t.low in _OF and n > len(lead) - len(last)
            if not inner and t.low != "a":
                return False  # ``in Paris``: a complement, not the subject
    return True


def _participial_opening(lead: list[_Tok]) -> bool:
    """A sentence opening on a past participle and closing on a comma right before the
    name: the clause describes the subject that follows it."""
    if len(lead) < 2 or lead[-1].text != "," or not lead[0].text[:1].isupper():
        return False
    if any(t.text == "«Q»" for t in lead):
        return False
    return len(lead[0].low) > 4 and lead[0].low.endswith(("ed", "é", "ée", "és", "ées"))


_BREAKS_BUT_QUOTES = _BREAK_TOKENS - {"«Q»"}


def _verb_follows(ctx: _Context, e: Entity, lead: list[_Tok]) -> bool:
    """A verb follows the name, maybe past an apposition between commas."""
    after = ctx.tokens_between(e.end, min(ctx.line_end(e.end), e.end + 200))
    j = 0
    if after and after[0].text == "," and any(t.text == "," for t in lead):
        # ``Le ministre, Bruno Le Maire, a annoncé``, "The mediator, the former envoy
        # Kofi Mensah, said": the comma closes the apposition holding the name.
        j = 1
    elif after and after[0].text == ",":
        j = 1
        # ``X, who praised its "workforce," said``: a quotation inside the apposition.
        while j < len(after) and after[j].text not in _BREAKS_BUT_QUOTES and j < 16:
            if after[j].text == "«Q»" and ctx.text[after[j].end - 1] == ",":
                break  # "…its “fine crews,” said": the comma inside the marks closes it
            j += 1
        if j >= len(after) or after[j].text not in (",", "«Q»"):
            return False
        j += 1
    while j < len(after) and after[j].low in _SKIP_WORDS and after[j].text != ",":
        j += 1
    if j >= len(after):
        return False
    verb = after[j]
    return (
        verb.text[0].isalpha()
        and verb.text[0].islower()
        and verb.low not in _PREPOSITIONS
        and verb.low not in _CLAUSE_STOPS
        and verb.low not in _CONJUNCTIONS
        and verb.low not in _DETERMINERS
    ) or verb.low in _AUX
