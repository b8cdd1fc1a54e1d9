"""What a pronoun hands on from the sentence before it, and who a couple is.

News writing hands its subject on from one sentence to the next: in « L'imam de la
ville, Paul Durand, est « … ». Il ajoute que « … » », « il » is the imam, however
many people the article quoted or named earlier, and in "Councillor Tom Reddy, a
Finch supporter, called it "…". "…," he said", "he" is Reddy, not Finch. A pronoun
whose own sentence names nobody before it therefore stands for the subject of the
previous sentence when that sentence has one that agrees with it. A sentence with
no such subject, nor a pronoun carrying one on, that names exactly one agreeing
person (« la vidéo de Karim Haddad … . « … », dit-il », "“…” — that was the verdict
of Lena Hart. She called …") hands on that person.

Two people joined by « et » / "and" (« Thierry et Véronique Roy ») are one group:
« ils », « le couple » and "the couple" stand for them, and the group speaks under
the first name given, as the quote gold does for words said together.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tui.core.models import Entity
from tui.core.quotes.context import _Context, _possessive, _Speaker, _Tok
from tui.core.quotes.joined_clauses import coordinated_rival
from tui.core.quotes.sentence_openers import past_openers
from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted
from tui.core.quotes.subject_position import _modifies, is_subject
from tui.core.quotes.words import _AUX, _PLURAL_PRONOUNS, _SUBJECT_PRONOUNS, english_past
from tui.core.text import fold

_ENDS = frozenset((".", "!", "?"))
_WINDOW = 500  # how far back the previous sentence may start
_JOINS = frozenset(("et", "and", "&"))


def handed_on(
    ctx: _Context,
    at: int,
    agrees: Callable[[_Speaker], bool],
    latest: _Speaker | None,
    *,
    plural: bool = False,
    pron: str = "",
    earlier: Callable[[int], _Speaker | None] | None = None,
) -> _Speaker | None:
    """The speaker a pronoun at ``at`` stands for, given the ``latest`` candidate the
    other cues found: that candidate when its own sentence names it, else the previous
    sentence's subject that agrees, else ``latest``. When the previous sentence goes on
    with the same pronoun ``pron``, written after ``latest``, ``earlier`` resolves that one
    instead: the run of pronouns stands for one person."""
    sentences = sentences_before(ctx, at)
    if len(sentences) < 2:
        return latest
    prev, here = sentences[-2], sentences[-1]
    here_start = here[0].start if here else at
    if latest is not None and latest.at >= here_start:
        return latest
    lo, hi = prev[0].start, prev[-1].end
    ents = [
        e
        for e in ctx.entities_in(lo, hi)
        if e.label in ("PER", "ORG") and not ctx.in_quote(e.start)
    ]
    subject = _subject_of(ctx, ents, agrees, plural=plural)
    if subject is not None:
        return subject
    if pron == "il" and _masculine_body_subject(ctx, prev, ents):
        return _Speaker(None, "NP", lo)  # « Le ministère … . Il promet « … » »: unnamed
    if plural and _group_heads(ctx, prev):
        return _Speaker(None, "NP", prev[0].start)  # « Les agents ont voté … . Ils … »
    agent = _body_agent(ctx, prev, ents) if plural else None
    if agent is not None:
        return agent  # « une attaque revendiquée par les rebelles du X. « … », ont-ils écrit »
    if latest is not None and latest.at >= lo:
        return latest  # a cue in the previous sentence itself: a described subject
    if plural or any(t.low in _SINGULAR_PRONOUNS or _inverted_pronoun(t.text) for t in prev):
        # "He said he had spoken to Vogel.", « …, a-t-elle expliqué à Jeune Afrique »:
        # the pronoun goes on.
        return _run_of(ctx, prev, pron, latest, earlier)
    fits = {e.canonical: e for e in ents if agrees(_Speaker(e.canonical, e.label, e.start))}
    if len(fits) == 1:
        e = next(iter(fits.values()))
        return _Speaker(e.canonical, e.label, e.start)
    return latest


def _masculine_body_subject(ctx: _Context, prev: list[_Tok], ents: list[Entity]) -> bool:
    """Whether a sentence naming no person opens on a masculine body as its subject
    (« Le ministère de X, dans un communiqué, a exprimé … »): the « il » after it is that
    body, which « il » may not name, never a man quoted before."""
    if any(e.label == "PER" for e in ents) or prev[0].low in _SOURCE_OPENERS:
        return False  # « Selon le praticien, le service … . Il redoute »: the source
    toks = past_openers(ctx, prev)
    if len(toks) < 3 or toks[0].low not in _MASCULINE_ARTICLES:
        return False
    named = ctx.entity_at(toks[1].start)
    if named is not None:
        return named.label == "ORG"
    return fold(toks[1].text) in _MASCULINE_BODIES


_MASCULINE_ARTICLES = frozenset(("le", "l'", "l’"))
_SOURCE_OPENERS = frozenset(("selon", "pour", "d'après", "d’après"))
_MASCULINE_BODIES = frozenset(
    fold(w)
    for w in """ministère gouvernement parquet tribunal conseil comité syndicat collectif
    groupe parti club collège département service cabinet bureau consulat secrétariat
    office institut centre établissement hôpital mouvement rectorat commissariat
    état-major""".split()
)
"""Masculine nouns of institutions only: « le garde des Sceaux » is a minister."""


def _run_of(
    ctx: _Context,
    prev: list[_Tok],
    pron: str,
    latest: _Speaker | None,
    earlier: Callable[[int], _Speaker | None] | None,
) -> _Speaker | None:
    """``latest``, unless the previous sentence carries the same pronoun after it:
    "Voters put Ruiz in a bind. She has sided with … . “…,” she said" is Ruiz, not
    the man quoted before the run began."""
    if earlier is None or pron not in _SINGULAR_PRONOUNS:
        return latest
    same = [t for t in prev if t.low == pron and not ctx.in_quote(t.start)]
    if not same or (latest is not None and latest.at > same[-1].start):
        return latest
    first = earlier(same[-1].start)
    if first is None or (latest is not None and first.at < latest.at):
        return latest  # the run began on someone named before ``latest``: no run
    return first


_SINGULAR_PRONOUNS = _SUBJECT_PRONOUNS - _PLURAL_PRONOUNS
"""« il », « elle », "he", "she": a plural (« lorsqu'ils se retrouvent ») is someone else."""


def _inverted_pronoun(word: str) -> bool:
    """« a-t-elle », « explique-t-il »: a verb carrying a singular subject pronoun."""
    split = split_inverted(word)
    return split is not None and split[1] in _SINGULAR_PRONOUNS


def _subject_of(
    ctx: _Context, ents: list[Entity], agrees: Callable[[_Speaker], bool], *, plural: bool
) -> _Speaker | None:
    """The first name of a sentence that stands as its subject and agrees. A couple
    either of whose names stands as the subject is its first name, for « ils » as for
    a pronoun that agrees with that first name."""
    pairs = {a.start: b for a, b in couples_in(ctx)}
    seconds = {b.start for b in pairs.values()}
    for e, nxt in itertools.zip_longest(ents, ents[1:]):
        second = pairs.get(e.start)
        if second is not None:  # « Lucien et Odile Marchal ont écrit »
            if is_subject(ctx, e) or is_subject(ctx, second):
                who = _Speaker(e.canonical, "PER", e.start)
                if plural or agrees(who):
                    return who
            continue
        if e.start in seconds:
            continue
        if not is_subject(ctx, e) or (nxt is not None and _modifies(ctx, e, nxt)):
            continue  # "Hollin captain Mia Brook": the club describes the captain
        joined = _joined_before(ctx, ents, e) if plural else None
        who = joined or _Speaker(e.canonical, e.label, e.start)
        if agrees(who):
            return coordinated_rival(ctx, ents, e, agrees) or who
    return None


_AGENT = re.compile(
    r"\b(?:par|by)\s+(?:(?:les|des|the)\s+[^\W\d_]+\s+(?:du|de\s+la|de\s+l['’]|des|of\s+the|of)\s*)?(?:l['’]|la|le|les|the)?\s*$"
)
"""« revendiquée par les rebelles du », "claimed by the": the words before a body acting."""


def _body_agent(ctx: _Context, sentence: list[_Tok], ents: list[Entity]) -> _Speaker | None:
    """The one body a sentence names as the agent of its action (« revendiquée par X »,
    "claimed by the X"), which a plural pronoun in the next sentence may stand for."""
    if not sentence:
        return None
    agents = [
        e
        for e in ents
        if e.label == "ORG"
        and _AGENT.search(ctx.text, max(sentence[0].start, e.start - 60), e.start)
    ]
    return _Speaker(agents[0].canonical, "ORG", agents[0].start) if len(agents) == 1 else None


def _joined_before(ctx: _Context, ents: list[Entity], e: Entity) -> _Speaker | None:
    """The first of two bodies a plural subject joins (« Les syndicats CGT et FO ont
    appelé … « … », estiment-ils »): words said together go to the first named."""
    k = ents.index(e)
    first = ents[k - 1] if k else None
    if first is None or first.label != e.label or e.label != "ORG":
        return None
    if not _joined(ctx, first, e):
        return None
    return _Speaker(first.canonical, first.label, first.start)


_PLURAL_DEFINITE = frozenset(("les", "ces", "the", "these", "those"))


def _group_heads(ctx: _Context, sentence: list[_Tok]) -> bool:
    """Whether an unnamed group opens the sentence as its subject: a plural definite
    article, a few words holding no name, then a verb (« Les agents ont voté »,
    "The workers said")."""
    if not sentence:
        return False
    owned = _owned_from(ctx, sentence)
    if sentence[0].low not in _PLURAL_DEFINITE and owned is None:
        return False
    lead = owned or 1
    for t in sentence[lead : lead + 5]:
        if not t.text[:1].isalpha() or ctx.entity_at(t.start) is not None:
            return False
        low = t.low
        if low in _AUX or is_speech_verb(t.text, ctx.language, strong=False):
            return t is not sentence[lead]
        if ctx.language == "fr" and t.text.islower() and len(low) > 4 and low.endswith("ent"):
            return t is not sentence[lead]  # « Les agents affirment »
        if ctx.language == "en" and english_past(t):
            return t is not sentence[lead]  # "The workers thanked"
    return False


_PLURAL_OWNERS = frozenset(("ses", "leurs", "their", "his", "her"))
"""Possessives that may own a plural: « Ses parents ont remercié … », "His lawyers said"."""


def _owned_from(ctx: _Context, sentence: list[_Tok]) -> int | None:
    """Where the thing a sentence's opening possessive owns begins: after a plural
    possessive, or after a person's name in the possessive ("Owen Hale's parents
    thanked …": the parents, unnamed); ``None`` when the sentence opens otherwise."""
    if sentence[0].low in _PLURAL_OWNERS:
        return 1
    named = ctx.entity_at(sentence[0].start)
    if named is None or named.label != "PER" or not _possessive(ctx.text, named.end):
        return None
    return next((i for i, t in enumerate(sentence) if t.start >= named.end + 2), None)


def sentences_before(ctx: _Context, at: int) -> list[list[_Tok]]:
    """:func:`_last_sentences`, worked out once per pronoun position."""
    sentences = ctx.sentences.get(at)
    if sentences is None:
        sentences = ctx.sentences[at] = _last_sentences(ctx, at)
    return sentences


def _last_sentences(ctx: _Context, at: int) -> list[list[_Tok]]:
    """The sentences before ``at`` (the last one up to ``at``), each quotation one token.

    A sentence ends at a period, an exclamation or question mark, a paragraph break,
    or a quotation that itself ends a sentence (« … ami. » Il ajoute).
    """
    lo = max(ctx.previous_paragraph(at), at - _WINDOW)
    toks = ctx.tokens_between(lo, at)
    sentences: list[list[_Tok]] = [[]]
    for i, t in enumerate(toks):
        if sentences[-1] and "\n" in ctx.text[toks[i - 1].end : t.start]:
            sentences.append([])
        if t.text in _ENDS:
            if sentences[-1]:
                sentences.append([])
            continue
        sentences[-1].append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.text == "«Q»" and _closes_sentence(ctx, t, nxt):
            sentences.append([])
    return sentences


def _closes_sentence(ctx: _Context, quote: _Tok, nxt: _Tok | None) -> bool:
    """A quotation ending on . ! ? and followed by a capitalised word closes a sentence."""
    inner = ctx.text[quote.start : quote.end].rstrip(" \u00a0\u202f»”\"'’")
    if not inner or inner[-1] not in ".!?…":
        return False
    return nxt is None or nxt.text[:1].isupper()


def couples_in(ctx: _Context) -> list[tuple[Entity, Entity]]:
    """Pairs of people named together (« Thierry et Véronique Roy », "Ana and Luis
    Pardo"), in text order, outside quotations; read once per article."""
    if ctx.couples is None:
        found: list[tuple[Entity, Entity]] = []
        ents = ctx.entities
        for a, b in itertools.pairwise(ents):
            if a.label != "PER" or b.label != "PER" or ctx.in_quote(a.start):
                continue
            if _joined(ctx, a, b):
                found.append((a, b))
        ctx.couples = found
    return ctx.couples


def _joined(ctx: _Context, first: Entity, second: Entity) -> bool:
    """Whether only « et », "and" or "&" stands between two names."""
    return fold(ctx.text[first.end : second.start]).strip() in _JOINS


def last_couple(ctx: _Context, before: int) -> _Speaker | None:
    """The last couple named before ``before`` (within a few paragraphs), as the first
    of its two names."""
    for a, _b in reversed(couples_in(ctx)):
        if a.start < before:
            return _Speaker(a.canonical, "PER", a.start) if before - a.start < 3000 else None
    return None


COUPLE_NOUNS = frozenset(fold(w) for w in "couple duo tandem binôme pair".split())
"""Singular nouns for two people named together (« le couple », "the pair")."""

GROUP_NOUNS = frozenset(
    fold(w)
    for w in "famille family fratrie foyer ménage household jury panel jurés crowd foule".split()
)
"""Singular nouns for several people, who may act as one but are never one person
re-described, never « il » / "he"."""
