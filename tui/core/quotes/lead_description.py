"""A lead-in sentence about a person the text describes by role, before words of hers.

Features narrate, then quote with no cue: « La médiatrice reste prudente. « … » »,
« Selon l'adjointe, le chiffre figurait dans les documents. ¶ « … » », « La lycéenne,
elle, a trouvé une solution. « … » ». The words are the described person's when the
description opens the sentence as its subject and the article ties it to a name (the
one it introduced with that role, the paragraph's subject, its central figure), as
any subject description is resolved. A French verb needs no list here: the phrase
ends where a complement ends, on a comma, or on the first word no phrase holds.
"""

from __future__ import annotations

from tui.core.quotes.constraints import nationality_word, noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.datelines import past_dateline
from tui.core.quotes.role_holders import introduced_as
from tui.core.quotes.sentence_openers import past_circumstance, past_openers
from tui.core.quotes.subjects import _resolve_tokens
from tui.core.quotes.words import _DETERMINERS, _OF, SINGULAR_DEFINITE
from tui.core.text import fold

_PHRASE_REACH = 8
"""Words a described subject may run to, its complements included."""
_LEAD_DETERMINERS = SINGULAR_DEFINITE
"""« la médiatrice », « l'adjointe »: one person the text already knows."""
_POSSESSIVE_ONE = frozenset(("son", "sa"))
"""« sa présidente »: the role of a body or person named before, held by one person."""


def described_lead(ctx: _Context, sentence: list[_Tok]) -> _Speaker | None:
    """The named person a lead-in sentence's described subject stands for, else ``None``.

    Openers (« Au micro, », « Interrogé par la défense, ») are passed over; « Selon
    l'adjointe, … » makes the described source the subject. French only: English
    subjects end on verbs the rules already read.
    """
    if len(sentence) > 2 and sentence[0].low in ("selon", "according"):
        sentence = sentence[2:] if sentence[0].low == "according" else sentence[1:]
    elif sentence[0].low not in _LEAD_DETERMINERS:
        # « Au micro, sa présidente… »: past the openers (a described subject opening
        # the sentence may run into a comma that reads like one's end).
        sentence = past_circumstance(past_openers(ctx, past_dateline(sentence)))
    if len(sentence) > 2 and sentence[0].low in _POSSESSIVE_ONE:
        return _possessed_role(ctx, sentence[1])
    return described_person(ctx, sentence)


def described_person(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """The named person a French description opening ``toks`` as its subject stands
    for (« L'agriculteur décrit un climat de « … » »), else ``None``."""
    phrase = _subject_phrase(ctx, toks)
    if phrase is None:
        return None
    who = _resolve_tokens(ctx, phrase, phrase[0].start)
    return who if who is not None and who.label == "PER" and who.name else None


def _possessed_role(ctx: _Context, noun: _Tok) -> _Speaker | None:
    """« Au micro, sa présidente est allée plus loin »: whose role it is the text said
    before, so only the one person the article introduced with that role holds it."""
    if not noun.text.isalpha() or not noun.text.islower():
        return None
    name = introduced_as(ctx, fold(noun.text), noun.start)
    return _Speaker(name, "PER", noun.start) if name is not None else None


def _subject_phrase(ctx: _Context, sentence: list[_Tok]) -> list[_Tok] | None:
    """The determiner, role noun and complements opening ``sentence``, when the noun
    names a person (by the lists or by the role the article gave someone)."""
    if len(sentence) < 3 or sentence[0].low not in _LEAD_DETERMINERS:
        return None
    noun = sentence[1]
    if _nationality_noun(ctx, sentence[0], noun):
        return sentence[:2]  # « L'Italien a refusé d'accabler son gardien. »
    end = 2
    if noun.low in _BEFORE_NOUN and len(sentence) > 3:
        noun, end = sentence[2], 3  # « la nouvelle dirigeante », « l'ancien maire »
    if not noun.text.isalpha() or not noun.text.islower():
        return None
    if noun_kind(noun.text) != "person" and introduced_as(ctx, fold(noun.text), noun.start) is None:
        return None
    if ctx.language == "fr" and sentence[end].low in _OF:
        end = _past_complement(sentence, end)
    elif ctx.language == "en":
        return None  # English subjects end on their verb: the rules read them already
    return sentence[:end] if end <= _PHRASE_REACH else None


_BEFORE_NOUN = frozenset(
    "nouveau nouvel nouvelle ancien ancienne jeune futur future vieux vieil vieille".split()
)
"""Adjectives French writes before a role noun."""


def _nationality_noun(ctx: _Context, det: _Tok, noun: _Tok) -> bool:
    """« L'Italien », « la Belge »: a nationality written as a noun after a singular
    definite article, naming no body or title the entities hold (« Le Parisien »)."""
    return (
        ctx.language == "fr"
        and det.low in SINGULAR_DEFINITE
        and noun.text[:1].isupper()
        and noun.text.isalpha()
        and ctx.entity_at(noun.start) is None
        and nationality_word(fold(noun.text))
    )


def _past_complement(sentence: list[_Tok], at: int) -> int:
    """Where a complement opened by « de » at ``at`` ends: each « de » or article takes
    the word after it, and the first word that follows a taken word ends the phrase
    (« la présidente de l'association des parents | explique »)."""
    k = at
    while k < len(sentence):
        t = sentence[k]
        if t.low in _OF or t.low in _DETERMINERS:
            k += 1
            continue
        if not t.text[:1].isalpha():
            return k
        k += 1  # the complement's noun
        if k >= len(sentence) or sentence[k].low not in _OF:
            return k
    return k
