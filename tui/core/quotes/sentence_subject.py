"""The subject of the author's own sentence around a quotation.

Words quoted inside the writer's sentence (« Le maire dénonce un "gâchis" »), or a
quotation a sentence hands over to (« X a réagi : »), are the subject's when that
subject is a person, a body or a pronoun resolved to one.
"""

from __future__ import annotations

from itertools import pairwise

from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _possessive, _Speaker, _Tok
from tui.core.quotes.datelines import past_dateline
from tui.core.quotes.described import ends_subject, names_a_body
from tui.core.quotes.inverted import noun_phrase_after
from tui.core.quotes.latter import opening_latter
from tui.core.quotes.lead_description import described_person
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.role_holders import introduced_as
from tui.core.quotes.sentence_openers import past_circumstance, past_openers, role_before_name
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.stance import reporting_phrase, stance_word
from tui.core.quotes.subject_names import name_as_modifier, portfolio, speaking_for
from tui.core.quotes.subjects import _named_subject, _resolve_tokens
from tui.core.quotes.words import (
    _CLAUSE_STOPS,
    _DETERMINERS,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    NEGATION,
    SINGULAR_DEFINITE,
    english_past,
    inner_stop,
)
from tui.core.text import fold


def sentence_subject(ctx: _Context, pre: list[_Tok], *, fragment: bool = False) -> _Speaker | None:
    """The subject of the author's sentence, when it is a person, a body or a pronoun.

    For a ``fragment`` quoted inside the sentence, a pronoun subject counts only when a
    verb of saying or a copula leads to the words (« Il a jugé le plan « irréaliste » »,
    « Elle est « très inquiète » »): « Il a visité la « Cité des sciences » » quotes a
    name, and the pronoun would hand it to whoever the text named last.
    """
    toks = past_circumstance(past_openers(ctx, past_dateline(pre)))
    cleft = _cleft(ctx, toks) or opening_latter(ctx, toks)
    if cleft is not None:
        return cleft
    for i, t in enumerate(toks):
        if t.low in _SUBJECT_PRONOUNS:
            if fragment and not _says(ctx, toks[i + 1 :]):
                return None
            return _pronoun(ctx, t.low, t.start)
        ent = ctx.entity_at(t.start)
        if ent is not None:
            rest = [x for x in toks[i:] if x.start >= ent.end]
            if i == 0 and len(rest) > 1 and rest[0].text == ":" and rest[1].text[0].isalpha():
                # « France 24 : Le député X vous reproche une « … » »: a turn's label,
                # unless nobody after it is a subject (« X : la réforme « ira… » »)
                after_label = sentence_subject(ctx, rest[1:], fragment=fragment)
                if after_label is not None:
                    return after_label
            pron = _pronoun_after_apposition(ctx, toks, i, ent.end)
            if pron is not None:  # « Invité par la présidente, X, il conteste »: il
                return sentence_subject(ctx, toks[pron:], fragment=fragment)
            if fragment and _passive(toks[i + 1 :], ent.end):
                return None  # « X avait été licenciée pour « faute grave » »: not X's words
            if ent.label == "PER" and _possessive(ctx.text, ent.end):
                return _owned_voice(ent, rest)  # "Owen's parents thanked …": not Owen
            if ent.label in ("ORG", "LOC") and (titled := _titled_after(ctx, rest)) is not None:
                return titled  # "Union leader Mark Rowe was defiant:", "Wisconsin Gov. X"
            if ent.label in ("PER", "ORG") and not _after_preposition(ctx, ent.start):
                return _Speaker(ent.canonical, ent.label, ent.start)
            if len(rest) > 1 and rest[0].text == "," and _after_preposition(ctx, ent.start):
                return sentence_subject(ctx, rest[1:], fragment=fragment)  # « Sur France 2, X »
            opening = i == 0 or (i == 1 and toks[0].low in _DETERMINERS)
            if (
                ent.label == "LOC"
                and opening
                and not ctx.in_quote(ent.start)
                and _reports(ctx, rest)
            ):
                return _Speaker(ent.canonical, "LOC", ent.start)  # « Moscou a fait savoir »
            return None
        if t.low in _DETERMINERS:
            return _described_at(ctx, toks, i)
        if t.low in _SKIP_WORDS or (i < 3 and t.text[:1].isupper() and t.text.isalpha()):
            continue  # "Budget Director Samuel Oduya": title words before the name
        if i < 4 and inner_stop(ctx.text, t):
            continue  # "Gov. Ann Roe": the title's full stop
        if i < 6 and role_before_name(ctx, toks, i):
            continue  # "Consultant orthopaedic surgeon Dr Fergal Nash said"
        return None
    return None


def _owned_voice(owner: Entity, rest: list[_Tok]) -> _Speaker | None:
    """The speaker of a subject a person's possessive opens ("Jones's office", "Owen's
    parents"): the owner for an office or a spokesperson, else someone unnamed."""
    words = [t for t in rest[:3] if t.text.isalpha()]
    if not words:
        return None
    return speaking_for(owner, words[:1]) or _Speaker(None, "NP", words[0].start)


def _titled_after(ctx: _Context, rest: list[_Tok]) -> _Speaker | None:
    """The person a role introduces right after a body's or a place's name ("Union
    leader Mark Rowe", "Senate Minority Leader Ann Roe", "Wisconsin Gov. Ann Roe"):
    person nouns, capitalised title words and their full stops, then the name."""
    k = 0
    while k < min(len(rest), 4) and _title_word(ctx, rest[k]):
        k += 1
    ent = ctx.entity_at(rest[k].start) if 0 < k < len(rest) else None
    return _Speaker(ent.canonical, "PER", ent.start) if ent and ent.label == "PER" else None


def _title_word(ctx: _Context, t: _Tok) -> bool:
    """A word of a title before a name: "leader", "Gov.", "Minority Leader"."""
    if t.text.islower():
        return noun_kind(t.text) == "person"
    return inner_stop(ctx.text, t) or (t.text.istitle() and ctx.entity_at(t.start) is None)


def _role_head(ctx: _Context, toks: list[_Tok], i: int) -> _Speaker | None:
    """The one person the article introduced with a French subject's role noun (« le
    capitaine X », then « Le capitaine des pompiers tient à rappeler… »), when the
    whole phrase runs on into its verb and resolves to nobody."""
    if ctx.language != "fr" or len(toks) < i + 3 or toks[i].low not in SINGULAR_DEFINITE:
        return None
    noun = toks[i + 1]
    if noun_kind(noun.text) != "person":
        return None
    name = introduced_as(ctx, fold(noun.text), toks[i].start)
    return _Speaker(name, "PER", noun.start) if name is not None else None


def _pronoun_after_apposition(ctx: _Context, toks: list[_Tok], i: int, end: int) -> int | None:
    """Where a subject pronoun stands right after the name opening ``toks[i:]`` and its
    comma, when the name follows a comma itself: an apposition to what came before."""
    if ctx.text[max(0, toks[i].start - 2) : toks[i].start].strip() != ",":
        return None
    j = next((k for k in range(i, len(toks)) if toks[k].start >= end), len(toks))
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in _SUBJECT_PRONOUNS:
        return j + 1
    return None


def _qualified_body(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """ "The Haskett campaign": a body a person's name qualifies speaks as itself."""
    ent = ctx.entity_at(toks[1].start) if len(toks) > 2 else None
    if ent is None or ent.label != "PER" or not name_as_modifier(ctx, toks[:4], ent):
        return None
    noun = next(t for t in toks if t.start >= ent.end)
    phrase = f"{ctx.text[ent.start : ent.end]} {noun.text}"
    return _Speaker(phrase, "NP", ent.start) if noun_kind(phrase) == "body" else None


def _cleft(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """« C'est Paul Durand qui a ouvert la séance » : the name the cleft sets apart."""
    if len(toks) < 4 or toks[0].low not in ("c'", "c’") or toks[1].low not in ("est", "était"):
        return None
    ent = ctx.entity_at(toks[2].start)
    if ent is None or ent.label not in ("PER", "ORG"):
        return None
    after = next((t for t in toks[3:] if t.start >= ent.end), None)
    if after is None or after.low != "qui":
        return None
    return _Speaker(ent.canonical, ent.label, ent.start)


def _up_to_verb(ctx: _Context, toks: list[_Tok]) -> list[_Tok]:
    """The subject's words before its verb of saying: in "the captain said he had sent
    a message", the phrase is "the captain", not the clause it reports."""
    if ctx.language != "en":
        # « que » ends a French subject's reported clause already; « ne » opens its verb.
        cut = next((n for n in range(1, len(toks)) if toks[n].low in NEGATION), len(toks))
        return toks[:cut]
    cut = next(
        (
            n
            for n in range(1, len(toks))
            if ends_subject(toks[n], "en") or _past_verb(toks, n) or toks[n].low in _EN_AUXILIARIES
        ),
        len(toks),
    )
    return toks[:cut]


_EN_AUXILIARIES = frozenset(
    "did does do was were is are has have had would will could can should may might must".split()
)
"""Words an English subject runs into ("the prosecutor did not budge"): its verb."""


def _past_verb(toks: list[_Tok], n: int) -> bool:
    """ "the prime minister thanked X": a past tense after a noun ends the subject
    (after an article or an adverb, "the retired teacher", it is an adjective)."""
    prev = toks[n - 1]
    return english_past(toks[n]) and prev.low not in _DETERMINERS and not prev.low.endswith("ly")


def _names_someone(ctx: _Context, phrase: list[_Tok]) -> bool:
    """Whether a subject opening on an article names a speaker: a name follows the
    article, or a person or body noun heads the phrase (« le ministre », « la
    mairie »). « La séance a été suspendue » names nobody, whoever spoke last."""
    if any(ctx.entity_at(t.start) is not None for t in phrase[1:]):
        return True
    return noun_kind(" ".join(t.text for t in phrase)) is not None  # « l' » set apart


def _passive(toks: list[_Tok], after: int) -> bool:
    """Whether the subject's verb is a compound passive (« a été condamné », "had been
    dismissed"): what the sentence quotes was said of the subject, not by it."""
    words = [t for t in toks if t.start >= after]
    return any(
        a.low in ("été", "been") and b.text.isalpha() and b.text.islower()
        for a, b in pairwise(words)
    )


def _speech_verb_after(ctx: _Context, toks: list[_Tok], at: int) -> bool:
    """Whether a verb of saying follows an unnamed subject (« L'armée turque annonce
    … « rétablir la démocratie » »): a stance or a copula says something of the words
    (« Le tribunal a condamné X pour « homicide » »), a verb of saying quotes them."""
    return any(
        is_speech_verb(t.text, ctx.language, strong=False)
        for t in toks
        if t.start > at and t.text.isalpha() and t.text.islower()
    )


_COPULAS = frozenset("est sont était étaient sera seront serait is are was were be been".split())


def _says(ctx: _Context, toks: list[_Tok]) -> bool:
    """Whether a verb of saying or of taking a stance, or a copula, stands in ``toks``,
    or they end on « comme » / "as" (« présente la mesure comme « … » »)."""
    if toks and toks[-1].low in ("comme", "as") and len(toks) > 1:
        return True
    if toks and reporting_phrase(ctx.text, toks[0].start, toks[-1].end):
        return True  # « Il chiffre le coût à « … » »
    return any(
        t.low in _COPULAS
        or is_speech_verb(t.text, ctx.language, strong=False)
        or stance_word(t.low, ctx.language)
        for t in toks
        if t.text[:1].isalpha() and t.text[:1].islower()
    )


def _reports(ctx: _Context, toks: list[_Tok]) -> bool:
    """Whether a verb of saying or of taking a stance follows: a state or capital
    opening the sentence then speaks for its government (« Moscou a fait savoir que
    « … » »), where a copula would only describe the place."""
    if toks and reporting_phrase(ctx.text, toks[0].start, toks[-1].end):
        return True
    return any(
        is_speech_verb(t.text, ctx.language) or stance_word(t.low, ctx.language)
        for t in toks[:6]
        if t.text[:1].isalpha() and t.text[:1].islower()
    )


def _described_at(ctx: _Context, toks: list[_Tok], i: int) -> _Speaker | None:
    """The subject a determiner at ``i`` opens: a qualified body, a person or body the
    phrase names, or a description that leads to a verb of saying."""
    qualified = _qualified_body(ctx, toks[i:])
    if qualified is not None:
        return qualified
    phrase = noun_phrase_after(ctx, _up_to_verb(ctx, toks[i:]), toks[i].start)
    if (phrase is None or phrase.label == "NP") and (head := _role_head(ctx, toks, i)):
        phrase = head  # « Le capitaine des pompiers tient à rappeler… »: the captain
    if (phrase is None or phrase.label == "NP") and (person := described_person(ctx, toks[i:])):
        phrase = person  # « L'agriculteur décrit un climat de « … » »: the one quoted
    if phrase and phrase.label in ("PER", "ORG") and _names_someone(ctx, toks[i : i + 4]):
        return phrase
    if phrase and phrase.label == "NP" and _names_someone(ctx, toks[i : i + 4]):
        lead_in = toks[-1].text == ":"  # "The prosecutor did not budge: "…""
        return phrase if lead_in or _speech_verb_after(ctx, toks, phrase.at) else None
    return None


def main_clause_subject(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """The subject of the clause a participle hangs on (« La préfecture a pris un
    arrêté, invoquant « … » », "Ada Brin declined to comment, telling reporters
    that …"): the name ending the sentence's opening phrase, else its subject."""
    left = past_dateline(left)  # "WASHINGTON — Press secretary Ada Brin …"
    if (first := _acting_first(ctx, left)) is not None:
        return first  # "Ashcombe sacks Harrow and calls for …": Ashcombe
    # The opening phrase ends before a clause word: "X told jurors that Mr Y" is no phrase.
    clause_words = (k for k, t in enumerate(left) if t.low in _CLAUSE_STOPS and t.text.isalpha())
    opening = next(clause_words, len(left))
    for n in range(min(opening, 12), 0, -1):  # the longest opening phrase a name ends
        ent = ctx.entity_at(left[n - 1].start)
        if ent is not None and ent.end == left[n - 1].end and ent.label in ("PER", "ORG"):
            if portfolio(ctx, ent):
                continue  # « le ministre de l'Économie, X, … »: the brief is no subject
            who = _named_subject(ctx, left[:n]) or _members_of(ctx, left[:n])
            if who is not None:
                return who
    who = sentence_subject(ctx, left)
    if who is None and left and left[0].low in _DETERMINERS:
        # « La préfecture de la Haute-Loire a pris un arrêté, invoquant … »: a body the
        # description pins down speaks as a name would.
        phrase = noun_phrase_after(ctx, left, left[0].start)
        if phrase is not None and phrase.name and names_a_body(phrase.name):
            return phrase
        return _past_subject(ctx, left, 2) if ctx.language == "en" else None
    if who is None and ctx.language == "en" and left and left[0].low in _EN_PRONOUNS:
        return _past_subject(ctx, left, 1)  # "It also ordered audits and said"
    return who


def _acting_first(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """The English name opening a sentence right before its verb ("Ashcombe sacks
    Harrow and calls for …"): the subject, not a name that verb takes as object."""
    if ctx.language != "en" or len(left) < 3:
        return None
    ent = ctx.entity_at(left[0].start)
    if ent is None or ent.label not in ("PER", "ORG") or ent.start != left[0].start:
        return None
    k = next((i for i, t in enumerate(left) if t.end >= ent.end), len(left))
    if k + 1 >= len(left) or left[k].end != ent.end:
        return None
    verb = left[k + 1]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.low in _CLAUSE_STOPS:
        return None
    # "-s" makes a verb only before what a verb takes ("sacks Harrow", "calls for"),
    # not before another verb ("Jones supporters rally").
    then = left[k + 2] if k + 2 < len(left) else None
    takes = then is not None and (not then.text.islower() or then.low in _DETERMINERS | _TAKEN)
    present = verb.low.endswith("s") and not verb.low.endswith("ss") and takes
    acts = english_past(verb) or present
    return _Speaker(ent.canonical, ent.label, ent.start) if acts else None


_TAKEN = frozenset("for to on in at with up back down out off".split())
"""Words a verb takes right after it ("calls for", "hits back")."""


def _members_of(ctx: _Context, phrase: list[_Tok]) -> _Speaker | None:
    """ "Inspectors from the Ward Standards Inspectorate visited … and described": a
    body's members opening the sentence speak for the body, as in any subject."""
    if len(phrase) < 3 or phrase[1].low not in ("from", "of", "de", "du", "des"):
        return None
    who = _resolve_tokens(ctx, phrase, phrase[0].start)
    return who if who is not None and who.label == "ORG" else None


def _past_subject(ctx: _Context, left: list[_Tok], first: int) -> _Speaker | None:
    """ "The board ordered audits and said …": the subject before the clause's first
    verb in the past, at ``first`` or a few words on, read as any subject is (the board
    the article named, what "it" refers to)."""
    for m in range(first, min(len(left), 6)):
        t = left[m]
        if t.text.islower() and (t.low.endswith("ed") or t.low in _PAST_AUXILIARIES):
            return ctx.subject_before(ctx, left[:m])
        if not t.text.isalpha():
            return None
    return None


_PAST_AUXILIARIES = frozenset("has had have was were".split())
_EN_PRONOUNS = frozenset("it they he she".split())
