"""Who a pronoun stands for: the last speaker, reporter or subject before it.

« a-t-il ajouté », "he said", « selon elle »: the pronoun goes to whoever last spoke,
last reported words, or last stood as the subject of a sentence, whichever the text
wrote most recently. A subject the text only describes (« the manager smiled »)
counts too, so the pronoun takes the name that description is tied to, or none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial

from tui.core.courtesy_titles import title_of_mention
from tui.core.quotes.answered import answering
from tui.core.quotes.antecedents import handed_on
from tui.core.quotes.asking import ASKED_AFTER, ASKED_OPENING, ASKING
from tui.core.quotes.body_voice import named_body_voice
from tui.core.quotes.constraints import PRONOUN_GENDER, is_plural_phrase, noun_kind
from tui.core.quotes.context import (
    _Context,
    _Speaker,
)
from tui.core.quotes.described_subject import described_subject, recent_sentences
from tui.core.quotes.documents import read_in
from tui.core.quotes.feminine_body import feminine_body
from tui.core.quotes.kin import relative_subject
from tui.core.quotes.latter import latter_subject
from tui.core.quotes.reported_subject import reported_subject
from tui.core.quotes.spokes import newcomer_voice
from tui.core.quotes.subject_position import is_subject
from tui.core.quotes.topic import named_just_above, only_person_named
from tui.core.quotes.unnamed import unnamed_newcomer
from tui.core.quotes.words import (
    _PLURAL_PRONOUNS,
    REPLY,
    _fset,
    completes_a_noun,
)


def _pronoun(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """Resolve a subject pronoun to whoever last spoke or acted as a subject.

    Of the last quotation's speaker, the last reporting verb's subject (``X a déclaré
    à l'AFP que…``) and the last name standing as a subject, the latest wins."""
    if pron == "on":  # « y lit-on »: the document's; « précise-t-on chez X »: X, else nobody
        return read_in(ctx, at) or named_body_voice(ctx, at)
    if (called := answering(ctx, pron, at)) is not None:
        return called  # « « …, monsieur X ? », demande Y. « … », admet-il »: X answers
    plural = pron in _PLURAL_PRONOUNS or pron == "it"
    # Number and animacy: « il » / "she" is a person, « ils » / "they" a body or a group,
    # "it" (as the subject of a reporting verb) a body.
    labels = ("ORG", "NP") if plural else ("PER", "NP")
    asker = _asker(ctx, at)
    candidates: list[_Speaker] = []
    for sp in reversed(ctx.speakers):
        if not _not_asker(sp, asker):
            continue  # « …, a-t-il répondu »: not the one who asked
        if sp.at < at and sp.label in labels and at - sp.at < 3000 and _agrees(ctx, pron, sp):
            candidates.append(sp)  # "she" passes over "the Friends of X" who spoke since
            break
    if at not in ctx.reported:
        ctx.reported[at] = reported_subject(ctx, at)
    reported = ctx.reported[at]
    if reported is not None and reported.label in labels:
        candidates.append(reported)
    gender = PRONOUN_GENDER.get(pron) if pron not in _PLURAL_PRONOUNS else None
    recent = _recent_subject(ctx, at, ("ORG",) if plural else ("PER",), gender)
    if recent is not None:
        candidates.append(recent)
    if plural and (group := unnamed_newcomer(ctx, pron, at)) is not None:
        candidates.append(group)  # « Deux étudiantes attendaient. « … », ont-elles dit »
    if not plural:
        _add_unnamed(ctx, pron, at, reported, candidates)
        latter = latter_subject(ctx, at)  # « X a reçu Y. Ce dernier rejette … »: Y
        if latter is not None:
            candidates.append(latter)
    candidates = [c for c in candidates if _agrees(ctx, pron, c) and _not_asker(c, asker)]
    if pron == "elle" and ctx.language == "fr" and (body := feminine_body(ctx, at)):
        candidates.append(body)  # « La direction de X conteste… Elle évoque « … » »
    latest = max(candidates, key=lambda c: c.at) if candidates else None
    if not plural and latest is not None and latest.at < ctx.line_start(at):
        latest = _named_in_paragraph(ctx, pron, at, asker, latest.at) or latest
    best = handed_on(
        ctx,
        at,
        lambda who: _agrees(ctx, pron, who) and _not_asker(who, asker),
        latest,
        plural=plural,
        pron=pron,
        earlier=lambda p: _pronoun(ctx, pron, p),
    )
    if best is None:
        return None if plural else _only_one_of_gender(ctx, pron, at)
    if best.name is None and best.label == "NP":
        return newcomer_voice(ctx, best.at) or best  # "a council spokeswoman": the council
    gender = PRONOUN_GENDER.get(pron)
    if best.label == "PER" and best.name and " " in best.name and gender:
        ctx.learn_gender(best.name, gender)  # a lone surname may be two people's
    return _Speaker(best.name, best.label, best.at)


def _add_unnamed(
    ctx: _Context, pron: str, at: int, reported: _Speaker | None, candidates: list[_Speaker]
) -> None:
    """Add to ``candidates`` a subject described just before (« Le ministre … ») and a
    newcomer brought in unnamed (« Selon une habitante, l'eau est montée »): the
    newcomer, not « l'eau »."""
    newcomer = unnamed_newcomer(ctx, pron, at)
    recent = recent_sentences(ctx, at)  # read once for both
    relative = relative_subject(ctx, recent, partial(_pronoun, ctx))
    described = relative or described_subject(ctx, recent)
    if described is not None and (newcomer is None or described.at < newcomer.at):
        candidates.append(described)
        if (
            reported is not None
            and reported in candidates
            and _same_subject(ctx, described, reported)
        ):
            candidates.remove(reported)  # « Le ministre … rappelle »: named, not bare
    if newcomer is not None:
        candidates.append(newcomer)


def _named_in_paragraph(
    ctx: _Context, pron: str, at: int, asker: str | None, latest: int
) -> _Speaker | None:
    """The one person this paragraph names before the pronoun, agreeing with it, when the
    paragraph opens on the writer's words and uses no pronoun of its own before (« Des
    propos jugés « vagues » par la députée X. « … », a-t-elle répliqué »): nearer than a
    subject of the paragraphs above; or the paragraph above's one person, when this one
    opens on the quotation and the ``latest`` candidate stands further back."""
    line = ctx.line_start(at)
    name = only_person_named(ctx, line, at) or named_just_above(ctx, line, latest)
    if name is None or name == asker:
        return None
    if any(t.low == pron for t in ctx.tokens_between(line, at - len(pron) - 2)):
        return None  # « Elle a rencontré X. « … », a-t-elle dit »: the pronoun goes on
    who = _Speaker(name, "PER", line)
    return who if _agrees(ctx, pron, who) else None


def _same_subject(ctx: _Context, described: _Speaker, reported: _Speaker) -> bool:
    """Whether the reporting verb's unresolved subject is the description that the
    text ties to a name, in the same sentence: the name then stands for both."""
    between = ctx.text[described.at : reported.at]
    same = described.at < reported.at and not any(c in between for c in ".!?\n")
    if described.name is None and described.label == "NP":
        # « Le maire de X, qui …, a annoncé »: the unnamed mayor reports, not a name
        # read past the relative clause (the description itself stays a candidate)
        relative = re.search(r",\s+(?:qui|who)\b", between) is not None
        return same and relative and reported.label != "NP"
    return same and reported.name is None and bool(described.name)


def _only_one_of_gender(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """The one person the text names before ``at`` (outside quotations), when the text
    marks them with the pronoun's gender and names nobody else who could be meant: a
    feature's "she told me" after « the first thing you notice about Priya Raman »."""
    want = PRONOUN_GENDER.get(pron)
    if want is None:
        return None
    people = {
        e.canonical: e.start
        for e in ctx.entities
        if e.label == "PER"
        and e.start < at
        and not ctx.in_quote(e.start)
        and not completes_a_noun(ctx.text, e.start)  # « le prix X »: a prize's name
    }
    if not people:
        return _named_next(ctx, want, at)
    fits = [name for name in people if ctx.gender_of(name) in (None, want)]
    if len(fits) != 1 or ctx.gender_of(fits[0]) != want:
        return None
    return _Speaker(fits[0], "PER", people[fits[0]])


def _named_next(ctx: _Context, want: str, at: int) -> _Speaker | None:
    """A pronoun the text uses before naming anyone ('"…," she said, after X won the
    seat'): the one person its sentence names next, of its gender."""
    end = next((i for i in range(at, min(len(ctx.text), at + 200)) if ctx.text[i] in ".!?\n"), at)
    people = {
        e.canonical
        for e in ctx.entities_in(at, end)
        if e.label == "PER" and not ctx.in_quote(e.start)
    }
    if len(people) != 1 or ctx.gender_of(next(iter(people))) not in (None, want):
        return None
    name = next(iter(people))
    return _Speaker(name, "PER", at)


def _not_asker(who: _Speaker, asker: str | None) -> bool:
    return asker is None or who.name != asker


def _asker(ctx: _Context, at: int) -> str | None:
    """Who spoke last, when the pronoun at ``at`` replies (« …, a-t-il répondu »): the
    one answered, whom the pronoun cannot be."""
    if not ctx.speakers:
        return None
    verbs = REPLY.finditer(ctx.text, max(0, at - 25), at + 25)
    if not any(not ctx.in_quote(m.start()) for m in verbs):
        return _questioner(ctx, at)
    opening = max(ctx.text.rfind(stop, 0, at) for stop in (". ", "\n", "? ", "! "))
    if ASKED_OPENING.match(ctx.text, opening + 1):
        return None  # "Asked whether …, she replied": asked by nobody the text names
    asking = ASKING.search(ctx.text, opening + 1, at)
    if asking is not None and not ctx.in_quote(asking.start()):
        return _named_asker(ctx, opening + 1, asking.start())
    # One who only judged words (« Des propos jugés « vagues » par X. « … », a-t-elle
    # répliqué ») is replying already: the reply goes on, to whoever spoke before.
    spoke = (k for k in range(len(ctx.speakers) - 1, -1, -1) if k not in ctx.judges)
    last = next(spoke, None)
    return ctx.speakers[last].name if last is not None else None


def _named_asker(ctx: _Context, start: int, end: int) -> str | None:
    """The person named as a subject between ``start`` and the verb of asking at
    ``end``, or ``None`` when the asker is unnamed (« le juge », "the clerk")."""
    named = [e for e in ctx.entities_in(start, end) if e.label == "PER" and is_subject(ctx, e)]
    return named[-1].canonical if named else None


def _questioner(ctx: _Context, at: int) -> str | None:
    """Who asked the question quoted right before the quotation the pronoun at ``at``
    follows ('"Is that true?" asked X. "That is not correct," he said'): the one
    answered, whom the pronoun cannot be."""
    closed = ctx.closed_before(at)
    if closed < 2:
        return None
    _, start, end, close = ctx.spans[closed - 2]
    if not ctx.text[start:end].rstrip().endswith("?"):
        return None
    if not ASKED_AFTER.match(ctx.text, close + 1):
        return None
    last = ctx.speakers[-1]
    return last.name if last.at > close else None  # named after the question: the asker


def _agrees(ctx: _Context, pron: str, who: _Speaker) -> bool:
    """Whether ``who`` can be what ``pron`` stands for: gender, number and animacy.

    « il » / "he" is one person, never a body, and never someone the article marks
    as a woman (and the reverse for « elle » / "she"); « ils » / "they" is a body or
    a group, never one person. A description must name a person or body at all.
    """
    plural = pron in _PLURAL_PRONOUNS
    if pron == "it":
        return who.label == "ORG" or (who.label == "NP" and noun_kind(who.name or "") == "body")
    if who.label == "NP":
        if who.name is None:
            # Someone described, not named: the pronoun names nobody, unless the
            # description is of several ("two members of staff") and it is "she". A
            # singular pronoun is never a body described ("The Government would
            # not, he said, …").
            phrase = _phrase_at(ctx.text, who.at)
            return plural or not (is_plural_phrase(phrase) or _only_bodies(phrase))
        kind = noun_kind(who.name)
        if plural:
            return kind == "body" or (kind == "person" and is_plural_phrase(who.name))
        return kind == "person" and not is_plural_phrase(who.name)
    if plural:
        return who.label == "ORG"
    if who.label != "PER":
        return False
    want = PRONOUN_GENDER.get(pron)
    titled = title_of_mention(ctx.text, who.at) if who.at is not None else None
    if want and titled and titled != want:
        return False  # "he" after "Miss Docherty", of two Dochertys: the title tells
    have = ctx.gender_of(who.name or "")
    return want is None or have is None or want == have


def _only_bodies(phrase: str) -> bool:
    """Whether the first words of a description name a body and no person ("The
    Government", « la direction »; not "a council spokeswoman")."""
    kinds = {noun_kind(word) for word in phrase.split()[:4]} - {None}
    return kinds == {"body"}


def _phrase_at(text: str, at: int) -> str:
    """The words of a description from ``at`` to the next punctuation."""
    return re.split(r"[,.;:!?«»“”\"\n]", text[at : at + 60], maxsplit=1)[0]


def _recent_subject(
    ctx: _Context, at: int, labels: tuple[str, ...], gender: str | None = None
) -> _Speaker | None:
    """The last name before ``at`` that stands as a subject (not a complement), of
    ``gender`` when one is wanted."""
    i = bisect_left(ctx.ent_starts, at) - 1
    floor = at - 1500
    while i >= 0 and ctx.entities[i].start > floor:
        e = ctx.entities[i]
        i -= 1
        if e.label not in labels or ctx.in_quote(e.start):
            continue
        if gender is not None and ctx.gender_of(e.canonical) not in (None, gender):
            continue
        if gender and title_of_mention(ctx.text, e.start) not in (None, "", gender):
            continue  # "Miss Tarrant", of two Tarrants, is no "he"
        if is_subject(ctx, e):
            return _Speaker(e.canonical, e.label, e.start)
    return None


# Heads that name a body or a document, never one person re-described.
_INSTITUTIONS = _fset(
    """mairie préfecture municipalité commune ville police gendarmerie parquet tribunal
    cour conseil direction opposition majorité club équipe armée état gouvernement
    ministère présidence agence rapport communiqué document syndicat association
    entreprise société groupe city council court board team army government ministry
    agency report statement company firm union group committee commission department
    office police prosecution advert advertisement article website site notice letter
    email leaflet brochure poster sign label guide manual programme annonce affiche
    courrier lettre brochure panneau ruling decision verdict judgment judgement filing
    memo texte décision arrêt jugement avis"""
)


def _names_a_thing(phrase: str | None) -> bool:
    """Whether an unnamed speaker's description ends in a body or document noun."""
    words = (phrase or "").split()
    return bool(words) and words[-1].lower() in _INSTITUTIONS


MAY_NAME = _INSTITUTIONS - {"état", "etat", "state"}
"""Body nouns that may stand for a name holding them (« l'État » is no « État islamique »)."""
