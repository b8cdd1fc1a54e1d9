"""Speakers from a dependency parse: the subject of the verb that reports the words.

The rule cues read words in order; a parse reads the sentence's structure, which is
what decides who speaks when the subject follows its verb (« a confié X », « …,
s'enthousiasme X »), sits in an incise (« a-t-il ajouté »), is set off by an
apposition (« le ministre de l'Économie, Paul Durand, a déclaré ») or a relative
clause, or is the source of « selon X » / « d'après X ». Only the sentences that
hold a quotation are parsed, each with its quoted words reduced to one placeholder
word, so the parse costs a fraction of the article and is not misled by the
quotation's own clauses.

The parser is handed in (``parse``: a list of strings in, a parsed document for
each out, spaCy's ``Doc`` shape), so this module never imports spaCy. The subject
it finds is turned into a speaker by the same resolution as the rules
(:mod:`tui.core.quotes.subjects`): a name, a description tied to a name, a
pronoun resolved with agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tui.core.quotes.body_voice import named_body_voice
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _Speaker
from tui.core.quotes.parsed_appositions import apposition_head
from tui.core.quotes.parsed_subjects import demonstrative, floor_given, opening_name, set_off_name
from tui.core.quotes.parsed_subjects import subject as find_subject
from tui.core.quotes.parsed_verbs import reporting_verb
from tui.core.quotes.place_bodies import body_before_place
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.speech_verbs import split_inverted
from tui.core.quotes.subjects import _resolve_tokens
from tui.core.quotes.words import _SUBJECT_PRONOUNS, last_word_before
from tui.core.text import fold

Parse = Callable[[list[str]], Sequence[Any]]
"""Strings in, one parsed document (spaCy ``Doc`` shape) per string out."""

MAX_SENTENCE = 600
"""Characters of a masked sentence beyond which it is not parsed (no real sentence
around a quotation is that long once the quotation is masked)."""

PLACEHOLDER = "Q"
"""The word a quotation is reduced to in the parsed sentence."""

_IN_PHRASE = frozenset(
    "det amod nmod flat flat:name flat:foreign appos fixed compound nummod case conj".split()
)
"""Dependents that belong to a subject's noun phrase (a head's own ``case`` aside)."""
_SOURCES = frozenset(("selon", "après"))
_OPINION = frozenset(("pour",))


@dataclass(slots=True)
class _Sentence:
    """A parsed sentence and how its characters map back into the article."""

    doc: Any
    pieces: list[tuple[int, int, int]]  # (offset in sentence, offset in text, length)
    quotes: dict[int, int]  # quotation start in the text -> placeholder offset


def parsed_speakers(
    ctx: _Context, parse: Parse, bounds: Callable[..., tuple[int, int]]
) -> dict[int, _Speaker]:
    """``{quotation index: speaker}`` for every quotation the parse attributes.

    ``bounds(ctx, open_mark, close_mark)`` gives a quotation's host sentence. A
    quotation is left out when the parse finds no reporting verb, source or
    subject for it; the rules then decide alone.
    """
    by_bounds: dict[tuple[int, int], list[int]] = {}
    for k, (open_mark, _, _, close_mark) in enumerate(ctx.spans):
        lo, hi = bounds(ctx, open_mark, close_mark)
        lead = _lead_in(ctx, open_mark, bounds)
        by_bounds.setdefault((lo if lead is None else lead, hi), []).append(k)
    keys: list[tuple[int, int]] = []
    built: list[tuple[str, list[tuple[int, int, int]], dict[int, int]]] = []
    budget = len(ctx.text) + 2000  # never parse much more than the article once
    for lo, hi in by_bounds:
        masked = _masked(ctx, *_sentence_span(ctx, lo, hi))
        if len(masked[0]) > MAX_SENTENCE or len(masked[0]) > budget:
            continue  # a run-on "sentence" of marks: the rules decide alone
        budget -= len(masked[0])
        keys.append((lo, hi))
        built.append(masked)
    docs = parse([s for s, _, _ in built])
    out: dict[int, _Speaker] = {}
    for key, (_, pieces, quotes), doc in zip(keys, built, docs, strict=True):
        sentence = _Sentence(doc, pieces, quotes)
        for k in by_bounds[key]:
            who = _speaker_of(ctx, sentence, k)
            if who is not None:
                out[k] = who
    return out


def _lead_in(ctx: _Context, open_mark: int, bounds: Callable[..., tuple[int, int]]) -> int | None:
    """Where the sentence starts that a colon ends just before a paragraph opening
    with a quotation (« C'est X qui a conclu :¶« … » »): it is parsed with the
    quotation, whose reporting verb or speaker it holds."""
    text = ctx.text
    line = ctx.line_start(open_mark)
    if line == 0 or text[line:open_mark].strip():
        return None
    end = line - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != ":" or line - end > 4 or ctx.in_quote(end - 1):
        return None
    return bounds(ctx, end - 1, end - 1)[0]


def _masked(
    ctx: _Context, lo: int, hi: int
) -> tuple[str, list[tuple[int, int, int]], dict[int, int]]:
    """The sentence ``text[lo:hi]`` with every quotation reduced to the placeholder."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    quotes: dict[int, int] = {}
    pos, length = lo, 0
    first = max(0, bisect_left(ctx.mask_starts, lo) - 1)
    for start, end in ctx.masked_ranges[first:]:
        if start >= hi:
            break
        if end <= lo:
            continue
        start, end = max(start, lo), min(end, hi)
        if start > pos:
            length = _copy(ctx.text, pos, start, parts, pieces, length)
        # Spaced, so a mark never glues to it, but never doubly (a space is a token).
        left = "" if start == lo or ctx.text[start - 1].isspace() else " "
        right = "" if end >= hi or ctx.text[end].isspace() else " "
        quotes[start] = length + len(left)
        parts.append(f"{left}{PLACEHOLDER}{right}")
        length += len(left) + len(PLACEHOLDER) + len(right)
        pos = end
    if hi > pos:
        _copy(ctx.text, pos, hi, parts, pieces, length)
    return "".join(parts).replace("\n", " "), pieces, quotes


_SPACES = re.compile(r"\s{2,}")


def _copy(
    text: str, lo: int, hi: int, parts: list[str], pieces: list[tuple[int, int, int]], at: int
) -> int:
    """Copy ``text[lo:hi]`` to the sentence read at ``at``, a run of spaces as one (the
    parser reads a run as a word of its own, which cuts the clause: « culte » [1] .);
    returns the length read so far."""
    for m in [*_SPACES.finditer(text, lo, hi), None]:
        stop = m.start() + 1 if m is not None else hi
        if stop > lo:
            pieces.append((at, lo, stop - lo))
            parts.append(text[lo:stop])
            at += stop - lo
        if m is not None:
            lo = m.end()
    return at


def _sentence_span(ctx: _Context, lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` without the spaces at its ends (a space would be a token)."""
    while lo < hi and ctx.text[lo].isspace():
        lo += 1
    while hi > lo and ctx.text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _to_text(sentence: _Sentence, offset: int) -> int | None:
    """The article offset of a character of the parsed sentence (``None`` in a mask)."""
    for at, start, length in sentence.pieces:
        if at <= offset < at + length:
            return start + offset - at
    return None


def _speaker_of(ctx: _Context, sentence: _Sentence, k: int) -> _Speaker | None:
    """The speaker the parse gives quotation ``k``, or ``None`` when it gives none."""
    at = sentence.quotes.get(ctx.spans[k][1])
    if at is None:
        return None
    q = next((t for t in sentence.doc if t.idx == at), None)
    if q is None:
        return None
    verb = reporting_verb(ctx, q, k)
    subject = find_subject(verb, q) if verb is not None else None
    if subject is not None:
        if split_inverted(subject.text) or fold(subject.text.lstrip("-")) in _SUBJECT_PRONOUNS:
            ctx.parsed_pronouns.add(k)  # resolved before any quotation has a speaker
        who = _resolve(ctx, sentence, subject, verb)
        if (
            who
            and verb is not None
            and subject.i > verb.i
            and _governed(ctx, sentence, subject, who)
        ):
            return None  # « a confié à Radio X Paul Durand »: the parse glued two names
        return who
    source = _source(q)
    if source is not None:
        return _resolve(ctx, sentence, source, None, appositions=False)
    floor = floor_given(q)
    if floor is not None:
        return _resolve(ctx, sentence, floor, None)
    return None


def _governed(ctx: _Context, sentence: _Sentence, subject: Any, who: _Speaker) -> bool:
    """Whether the name the subject word lies in follows a preposition, as no subject
    does; « par X », the agent of a reporting participle, excepted."""
    at = _to_text(sentence, subject.idx)
    ent = ctx.entity_at(who.at)
    if at is None or ent is None or not ent.start <= at < ent.end:
        return False
    if last_word_before(ctx.text, ent.start, 20) in ("par", "by"):
        return False
    return _after_preposition(ctx, ent.start, past_noun=True)


def _source(q: Any) -> Any | None:
    """« selon X », « d'après X », « pour X, « Q » »: the source the sentence names."""
    doc = q.doc
    for t in doc:
        low = t.lower_
        if low in _SOURCES and t.dep_ == "case" and t.head.i != q.i:
            if low == "après" and (t.i == 0 or fold(doc[t.i - 1].text) not in ("d'", "d’")):
                continue
            return t.head
        if low in _OPINION and t.dep_ == "case" and (t.i == 0 or doc[t.i - 1].is_punct):
            head = t.head
            if head.i < q.i and any(doc[i].text == "," for i in range(head.i, q.i)):
                return head
    return None


def _resolve(
    ctx: _Context, sentence: _Sentence, token: Any, verb: Any | None, *, appositions: bool = True
) -> _Speaker | None:
    """The speaker a subject token stands for: a pronoun resolved, a relative's
    antecedent, else the phrase it heads resolved like a rule-found subject. A
    source (« selon l'agence, ») keeps no apposition set off by a comma: the name
    after it is the next clause's subject more often than the source's name."""
    inverted = split_inverted(token.text)
    low = fold(token.text.lstrip("-"))
    if inverted or low in _SUBJECT_PRONOUNS:
        pron = inverted[1] if inverted else low
        at = _to_text(sentence, token.idx)
        return _pronoun(ctx, pron, at) if at is not None else None
    if low in ("qui", "lequel", "laquelle") and verb is not None and verb.dep_ == "acl:relcl":
        token = apposition_head(verb.head, token.i)
    if low == "on":
        at = _to_text(sentence, token.idx)
        return named_body_voice(ctx, at) if at is not None else None
    if low in ("je", "nous", "j'", "ce", "cela", "ça"):
        return None
    lo, hi = _phrase(token, appositions=appositions)
    start = _to_text(sentence, lo)
    end = _to_text(sentence, hi - 1)
    if start is None or end is None:
        return None
    start, end = _whole_names(ctx, start, end + 1)
    start = _body_of_place(ctx, start, end)
    named = set_off_name(ctx, end) if appositions else None
    if named is not None and all(e.label != "PER" for e in ctx.entities_in(start, end)):
        return named  # « Le ministre limogé, le libéral X, a dénoncé »: the parse left X out
    at = _to_text(sentence, token.idx)
    if at is not None and sentence.pieces:
        this = demonstrative(ctx, token, at, sentence.pieces[0][1])
        if this is not None:
            return this
    toks = ctx.tokens_between(start, end)
    who = _resolve_tokens(ctx, toks, start) if toks else None
    if who is not None and who.label == "NP" and noun_kind(who.name or "") == "body":
        # « le bureau de MSF », « la direction de Veltronic »: the body it belongs to.
        orgs = [e for e in ctx.entities_in(start, end) if e.label == "ORG"]
        if orgs:
            return _Speaker(orgs[0].canonical, "ORG", orgs[0].start)
    if who is not None and who.label == "NP":
        return opening_name(ctx, start, noun_kind(who.name or "")) or who
    return who


def _body_of_place(ctx: _Context, start: int, end: int) -> int:
    """Where a subject the parse cut to a place truly starts when a body noun governs
    the place (« la préfecture des Côtes-d'Armor indique »): the body speaks, the
    place only says which one."""
    place = ctx.entity_at(start)
    if place is None or place.label != "LOC" or place.end < end:
        return start
    m = body_before_place(ctx.text, start)
    return m.start() if m is not None else start


def _whole_names(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """Widen a phrase the parse cut inside a name (« Kim Jong » of « Kim Jong Un »)."""
    first, last = ctx.entity_at(start), ctx.entity_at(end - 1)
    return (first.start if first else start), (last.end if last else end)


def _phrase(token: Any, *, appositions: bool = True) -> tuple[int, int]:
    """Character bounds (in the parsed sentence) of the noun phrase ``token`` heads:
    its determiners, adjectives, complements and appositions, not its own
    preposition, relative clauses, circumstances or a co-ordinated phrase."""
    lo, hi = token.idx, token.idx + len(token.text)
    stack = [
        c
        for c in token.children
        if _in_phrase(c)
        and c.dep_ != "case"
        and (appositions or not _set_off(c))
        and not _set_off_description(c)
        and not _quoted_noun(c)
    ]
    while stack:
        t = stack.pop()
        if t.text == PLACEHOLDER:
            continue
        lo, hi = min(lo, t.idx), max(hi, t.idx + len(t.text))
        stack.extend(c for c in t.children if _in_phrase(c))
    return lo, hi


def _quoted_noun(token: Any) -> bool:
    """A phrase a comma opens that holds or runs into the quotation (« selon le
    communiqué du groupe, un marché « Q » »): what the quoted words describe, not
    the source."""
    doc, first = token.doc, token.left_edge.i
    if doc[first].text != "," and (first == 0 or doc[first - 1].text != ","):
        return False
    end = token.right_edge.i + 1
    inside = any(t.text == PLACEHOLDER for t in token.subtree)
    return inside or (end < len(doc) and doc[end].text == PLACEHOLDER)


def _set_off_description(token: Any) -> bool:
    """An adjective or participle set off by a comma after its noun (« Le syndicat,
    minoritaire dans le département, »): it describes the body, it names no part of it."""
    doc = token.doc
    after_comma = token.i > 0 and doc[token.i - 1].text == ","
    return after_comma and token.i > token.head.i and token.pos_ in ("ADJ", "VERB")


def _set_off(token: Any) -> bool:
    """An apposition (or comma-joined phrase) a comma opens but none closes: after
    « Selon l'agence, » a name and a verb are the next clause, while « Selon le
    négociateur, Guy Chevrette, » names the source."""
    doc = token.doc
    if token.dep_ not in ("appos", "conj") or token.i == 0 or doc[token.i - 1].text != ",":
        return False
    end = max(t.i for t in token.subtree) + 1
    return end >= len(doc) or doc[end].text != ","


def _in_phrase(token: Any) -> bool:
    """A dependent inside the noun phrase: a complement only with « de » (« le chef du
    gouvernement », not « … sur Twitter »), a ``conj`` only when no « et » joins it
    (the parser's reading of an apposition set off by commas)."""
    if token.dep_ == "acl" and fold(token.text) in _BRIEF_PARTICIPLES:
        return True  # « le ministère délégué aux Transports »: the office's brief
    if token.dep_ not in _IN_PHRASE:
        return False
    if token.dep_ == "conj":  # « en réponse à … » after a comma: a circumstance
        return not any(c.dep_ in ("cc", "case") for c in token.children)
    if token.dep_ == "nmod":
        cases = [fold(c.text) for c in token.children if c.dep_ == "case"]
        brief = bool(cases) and cases[0] in _TO_CASES and token.text[:1].isupper()
        return not cases or cases[0] in _OF_CASES or brief
    return True


_OF_CASES = frozenset(("de", "du", "des", "d'", "d’"))
_TO_CASES = frozenset(("a", "au", "aux"))
"""Cases of a capitalised brief (« délégué aux Transports », « déléguée à la Santé »);
one after « de » (« chargée de la Ville ») is a complement already."""
_BRIEF_PARTICIPLES = frozenset(fold(w) for w in "délégué déléguée chargé chargée".split())
