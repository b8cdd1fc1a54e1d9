"""Who a pronoun stands for: the last speaker, reporter or subject before it.

« a-t-il ajouté », "he said", « selon elle »: the pronoun goes to whoever last spoke,
last reported words, or last stood as the subject of a sentence, whichever the text
wrote most recently. A subject the text only describes (« the manager smiled »)
counts too, so the pronoun takes the name that description is tied to, or none.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.models import Entity
from tui.core.quotes.context import (
    _Context,
    _possessive,
    _Speaker,
    _Tok,
    _verb_use,
    _window_tokens,
)
from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted
from tui.core.quotes.words import (
    _AUX,
    _BREAK_TOKENS,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _DETERMINERS,
    _HONORIFICS,
    _OF,
    _PLURAL_PRONOUNS,
    _PREPOSITIONS,
    _SENTENCE_STOPS,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _fset,
)


def _pronoun(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """Resolve a subject pronoun to whoever last spoke or acted as a subject.

    Three candidates, the latest wins: the speaker of the last attributed quotation,
    the subject of the last reporting verb (``X a déclaré à l'AFP que…``), and the
    last name standing as a subject.
    """
    if pron == "on":
        return None
    plural = pron in _PLURAL_PRONOUNS
    labels = ("PER", "ORG", "LOC", "MISC", "NP") if plural else ("PER", "MISC", "NP")
    candidates: list[_Speaker] = []
    for sp in reversed(ctx.speakers):
        if sp.at < at and sp.label in labels and at - sp.at < 3000:
            candidates.append(sp)
            break
    if at not in ctx.reported:
        ctx.reported[at] = _reported_subject(ctx, at)
    reported = ctx.reported[at]
    if reported is not None and reported.label in labels:
        candidates.append(reported)
    recent = _recent_subject(ctx, at, ("PER", "ORG", "LOC") if plural else ("PER",))
    if recent is not None:
        candidates.append(recent)
    if not plural:
        described = _described_subject(ctx, at)
        if described is not None:
            candidates.append(described)
    if not plural:
        # ``the job advert calls it…``: a document or a body is no "he".
        candidates = [c for c in candidates if c.label != "NP" or not _names_a_thing(c.name)]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.at)
    return _Speaker(best.name, best.label, best.at)


_DEFINITE = frozenset(("the", "le", "la", "l'", "l’"))


def _described_subject(ctx: _Context, at: int) -> _Speaker | None:
    """A subject the text describes without naming, just before a pronoun.

    ``The majority leader shrugged. "…," he said``: the pronoun is that person. The
    description takes the name the article ties to it (``The majority leader, Chuck
    Whitfield,``); untied, it stands for the last person quoted in this or the
    previous paragraph (news writing re-describes its speaker: « le technicien »,
    "the Swede"), or else for nobody the text names.
    """
    toks = ctx.tokens_between(max(ctx.line_start(at), at - 400), at)
    sentences: list[list[_Tok]] = [[]]
    for t in toks:
        if t.text in _SENTENCE_STOPS:
            sentences.append([])
        else:
            sentences[-1].append(t)
    for sentence in reversed([x for x in sentences if x][-2:]):
        found = _description_heading(ctx, sentence)
        if found is None:
            continue
        det, body = found
        phrase = ctx.text[body[0].start : body[-1].end]
        desc = " ".join(t.low for t in body)
        named = ctx.lookup_description(desc, body[0].text, det.start)
        if named is not None:
            return _Speaker(named[0], named[1], det.start)
        # Role links cost a pass over the article: only consult them once built.
        linked = ctx.linked_role(ctx, phrase) if ctx.own_roles is not None else None
        if linked is not None:
            return _Speaker(linked, "PER", det.start)
        last = ctx.speakers[-1] if ctx.speakers else None
        floor = ctx.previous_paragraph(det.start)
        if last is not None and last.label == "PER" and floor <= last.at < det.start:
            return _Speaker(last.name, last.label, det.start)  # the speaker re-described
        return _Speaker(None, "NP", det.start)
    return None


def _description_heading(ctx: _Context, sentence: list[_Tok]) -> tuple[_Tok, list[_Tok]] | None:
    """``the majority leader`` opening a sentence (maybe after a comma-set clause) + a verb."""
    commas = [i + 1 for i, t in enumerate(sentence[:12]) if t.text == ","]
    starts = [0, *commas[:1]]
    for i in starts:
        if i >= len(sentence) or sentence[i].low not in _DEFINITE:
            continue
        body: list[_Tok] = []
        for t in sentence[i + 1 : i + 6]:
            if t.low in _AUX or _looks_like_verb(ctx, t):
                named = ctx.entity_at(body[-1].start) if body else None
                if named is not None and named.label == "PER":
                    return None  # ``the striker Owen Hale smiled``: a name, found elsewhere
                if body and body[-1].low not in _OF:
                    return sentence[i], body
                return None
            if t.low in _PREPOSITIONS or t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS:
                return None
            if not t.text[0].isalpha():
                return None
            body.append(t)
    return None


def _looks_like_verb(ctx: _Context, t: _Tok) -> bool:
    """A past or present verb form right after a description (``shrugged``, ``smiles``)."""
    if not t.text.islower():
        return False
    if is_speech_verb(t.text, ctx.language, strong=False):
        return True
    return ctx.language == "en" and len(t.low) > 4 and t.low.endswith(("ed", "es"))


def _reported_subject(ctx: _Context, at: int) -> _Speaker | None:
    """The subject of the last reporting verb in this or the previous paragraph."""
    lo = ctx.previous_paragraph(at)
    toks = ctx.tokens_between(max(lo, at - 600), at)
    for vi in range(len(toks) - 1, -1, -1):
        t = toks[vi]
        if not t.text[0].islower() or not _verb_use(toks, vi, ctx.language):
            continue
        s = vi
        while s > 0 and toks[s - 1].text not in ".!?":
            s -= 1
        left = toks[s:vi]
        core = [x for x in left if x.low not in _SKIP_WORDS]
        if not core or core[-1].low in _SUBJECT_PRONOUNS or core[-1].text == "«Q»":
            continue
        if split_inverted(core[-1].text):
            continue  # « …, a-t-il insisté »: an incise whose subject is a pronoun
        who = ctx.subject_before(ctx, left)
        if who is not None:
            return _Speaker(who.name, who.label, t.start)
    return None


def _recent_subject(ctx: _Context, at: int, labels: tuple[str, ...]) -> _Speaker | None:
    """The last name before ``at`` that stands as a subject (not a complement)."""
    i = bisect_left(ctx.ent_starts, at) - 1
    floor = at - 1500
    while i >= 0 and ctx.entities[i].start > floor:
        e = ctx.entities[i]
        i -= 1
        if e.label not in labels or ctx.in_quote(e.start):
            continue
        subject = ctx.subjects.get(e.start)
        if subject is None:
            subject = ctx.subjects[e.start] = _stands_as_subject(ctx, e)
        if subject:
            return _Speaker(e.canonical, e.label, e.start)
    return None


def _stands_as_subject(ctx: _Context, e: Entity) -> bool:
    """Whether a mention opens its sentence, or a verb right before or after it acts."""
    if _possessive(ctx.text, e.end):
        return False  # ``Harbour City's goalkeeper``: the owner, not the subject
    before = _window_tokens(ctx.text, max(0, e.start - 30), e.start)
    after = _window_tokens(ctx.text, e.end, min(len(ctx.text), e.end + 30))
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    if prev is not None and prev.low in _HONORIFICS | {"."} and len(before) > 1:
        prev = before[-2] if before[-1].text == "." else prev
    starts = prev is None or prev.text in ".!?:;" or ctx.text[prev.end : e.start].count("\n")
    verb_after = nxt is not None and (
        nxt.low in _AUX or is_speech_verb(nxt.text, ctx.language, strong=False)
    )
    if verb_after and prev is not None and prev.low in _SUBORDINATORS:
        verb_after = False  # ``asked whether Smith had…``: a subordinate subject
    verb_before = prev is not None and _verb_use(before, len(before) - 1, ctx.language)
    if starts or verb_after or verb_before or _holds_the_view(ctx, e):
        return True
    return _heads_sentence(ctx, e)


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
    """``Pour la procureure, Hélène Marchetti, les alertes…``: the name whose view follows.

    The sentence's opinion is hers, so a pronoun in the next incise points to her.
    """
    lo = max(ctx.line_start(e.start), e.start - 120)
    toks = ctx.tokens_between(lo, e.start)
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _SENTENCE_STOPS:
        i -= 1
    lead = toks[i:]
    if len(lead) < 3 or len(lead) > 9 or lead[-1].text != ",":
        return False
    if lead[0].low not in ("pour", "for") or lead[1].low not in _DETERMINERS:
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
    lo = max(ctx.line_start(e.start), e.start - 160)
    toks = ctx.tokens_between(lo, e.start)
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _SENTENCE_STOPS:
        i -= 1
    if i == 0 and lo != ctx.line_start(e.start):
        return False  # the sentence starts beyond the window: too long to judge
    lead = toks[i:]
    parts: list[list[_Tok]] = [[]]
    for t in lead:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) > 3 or any(len(p) > 7 for p in parts):
        return False
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
        last = parts[-1]
        if last and n >= len(lead) - len(last) and t.low in _PREPOSITIONS:
            inner = t.low in _OF and n > len(lead) - len(last)
            if not inner and t.low != "a":
                return False  # ``in Paris``: a complement, not the subject
    after = ctx.tokens_between(e.end, min(ctx.line_end(e.end), e.end + 200))
    j = 0
    if after and after[0].text == "," and lead and lead[-1].text == ",":
        j = 1  # ``Le ministre, Bruno Le Maire, a annoncé``: the name is the apposition
    elif after and after[0].text == ",":
        j = 1
        while j < len(after) and after[j].text not in _BREAK_TOKENS and j < 14:
            j += 1
        if j >= len(after) or after[j].text != ",":
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


_SINGULAR_DEFINITE = frozenset(("le", "la", "l'", "l’", "the"))

# Heads that name a body or a document, never one person re-described.
_INSTITUTIONS = _fset(
    """mairie préfecture municipalité commune ville police gendarmerie parquet tribunal
    cour conseil direction opposition majorité club équipe armée état gouvernement
    ministère présidence agence rapport communiqué document syndicat association
    entreprise société groupe city council court board team army government ministry
    agency report statement company firm union group committee commission department
    office police prosecution advert advertisement article website site notice letter
    email leaflet brochure poster sign label guide manual programme annonce affiche
    courrier lettre brochure panneau"""
)


def _names_a_thing(phrase: str | None) -> bool:
    """Whether an unnamed speaker's description ends in a body or document noun."""
    words = (phrase or "").split()
    return bool(words) and words[-1].lower() in _INSTITUTIONS


_LAWYER = re.compile(r"\bavocate?s?\b|\bMe\s+[A-ZÀ-Þ]")


def _counsel(ctx: _Context, body: list[_Tok]) -> bool:
    """A bare « le conseil » in a story about lawyers: the lawyer, not a council.

    French court reporting re-describes a lawyer as « le conseil » (« a déclaré le
    conseil »); a council always comes with its complement (« le conseil municipal »).
    """
    return len(body) == 1 and body[0].low == "conseil" and _LAWYER.search(ctx.text) is not None


def _last_lawyer(ctx: _Context, before: int) -> _Speaker | None:
    """The last person named as a lawyer (« Me X », « l'avocat …, X ») before ``before``."""
    i = bisect_left(ctx.ent_starts, before) - 1
    while i >= 0 and ctx.entities[i].start > before - 2000:
        e = ctx.entities[i]
        i -= 1
        if e.label != "PER" or ctx.in_quote(e.start):
            continue
        lead = ctx.text[max(0, e.start - 60) : e.start]
        if _LAWYER.search(lead[-4:] + " ") or "avocat" in lead.lower():
            return _Speaker(e.canonical, "PER", before)
    return None


_REPLY_VERBS = ("répond", "rétorqu", "répliqu", "repli", "retort", "counter", "respond")


def _anaphoric_role(ctx: _Context, det: _Tok, body: list[_Tok], before: int) -> _Speaker | None:
    """The person a bare definite role stands for (« a confié la cinéaste », "the coach said").

    News re-describes a person it has introduced: « la réalisatrice Maude Tremblay »
    becomes « la cinéaste », « Franck Haise, l'entraîneur » becomes « le technicien ».
    When the article has introduced exactly one person with a role so far, the role
    is that person; otherwise the last person quoted in the same paragraph, unless
    the verb marks a reply. Bodies (« la mairie »), plurals and demonstratives
    (« ce médecin », a new person) stay unnamed.
    """
    from tui.core.quotes.speakers import described_people

    if det.low not in _SINGULAR_DEFINITE:
        return None
    if _counsel(ctx, body):
        return _last_lawyer(ctx, det.start)
    if body[-1].low in _INSTITUTIONS:
        return None
    if body[-1].low.endswith(("s", "x")) and ctx.language == "en":
        return None
    if any(not t.text.isalpha() and "-" not in t.text for t in body):
        return None
    if ctx.people is None:
        ctx.people = described_people(ctx.text, ctx.entities)
    known = {name for at, name in ctx.people if at < det.start}
    if len(known) == 1:
        return _Speaker(next(iter(known)), "PER", det.start)
    # « le député X avait tenté… « … », a lancé l'élu »: the one person this paragraph,
    # else the one before, introduced with a role.
    for lo in (ctx.line_start(det.start), ctx.previous_paragraph(det.start)):
        here = {name for at, name in ctx.people if lo <= at < det.start}
        if here:
            return _Speaker(next(iter(here)), "PER", det.start) if len(here) == 1 else None
    verb = ctx.text[max(0, det.start - 30) : det.start].lower()
    if any(stem in verb for stem in _REPLY_VERBS):
        return None
    last = ctx.speakers[-1] if ctx.speakers else None
    if last is not None and last.label == "PER" and ctx.line_start(det.start) <= last.at:
        return _Speaker(last.name, last.label, det.start)
    return None
