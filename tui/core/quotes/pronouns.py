"""Who a pronoun stands for: the last speaker, reporter or subject before it.

« a-t-il ajouté », "he said", « selon elle »: the pronoun goes to whoever last spoke,
last reported words, or last stood as the subject of a sentence, whichever the text
wrote most recently. A subject the text only describes (« the manager smiled »)
counts too, so the pronoun takes the name that description is tied to, or none.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.core.quotes.antecedents import handed_on, introduced_unnamed, met_unnamed
from tui.core.quotes.constraints import PRONOUN_GENDER, is_plural_phrase, noun_kind
from tui.core.quotes.context import (
    _Context,
    _Speaker,
    _Tok,
)
from tui.core.quotes.feminine_body import feminine_body
from tui.core.quotes.party_roles import party_member
from tui.core.quotes.role_holders import introduced_as
from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted
from tui.core.quotes.spokes import newcomer_voice
from tui.core.quotes.subject_position import is_subject
from tui.core.quotes.topic import central_figure, only_person_named
from tui.core.quotes.unnamed import unnamed_newcomer
from tui.core.quotes.verb_use import verb_use
from tui.core.quotes.words import (
    _AUX,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _DETERMINERS,
    _OF,
    _PLURAL_PRONOUNS,
    _PREPOSITIONS,
    _SENTENCE_STOPS,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    _fset,
)
from tui.core.text import fold


def _pronoun(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """Resolve a subject pronoun to whoever last spoke or acted as a subject.

    Three candidates, the latest wins: the speaker of the last attributed quotation,
    the subject of the last reporting verb (``X a déclaré à l'AFP que…``), and the
    last name standing as a subject.
    """
    if pron == "on":
        return None
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
        ctx.reported[at] = _reported_subject(ctx, at)
    reported = ctx.reported[at]
    if reported is not None and reported.label in labels:
        candidates.append(reported)
    recent = _recent_subject(ctx, at, ("ORG",) if plural else ("PER",), pron)
    if recent is not None:
        candidates.append(recent)
    if not plural:
        _add_unnamed(ctx, pron, at, reported, candidates)
    candidates = [c for c in candidates if _agrees(ctx, pron, c) and _not_asker(c, asker)]
    if pron == "elle" and ctx.language == "fr" and (body := feminine_body(ctx, at)):
        candidates.append(body)  # « La direction de X conteste… Elle évoque « … » »
    latest = max(candidates, key=lambda c: c.at) if candidates else None
    if not plural and latest is not None and latest.at < ctx.line_start(at):
        latest = _named_in_paragraph(ctx, pron, at, asker) or latest
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
    described = _described_subject(ctx, at)
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


def _named_in_paragraph(ctx: _Context, pron: str, at: int, asker: str | None) -> _Speaker | None:
    """The one person this paragraph names before the pronoun, agreeing with it, when the
    paragraph opens on the writer's words and uses no pronoun of its own before (« Des
    propos jugés « vagues » par la députée X. « … », a-t-elle répliqué »): nearer than a
    subject of the paragraphs above."""
    line = ctx.line_start(at)
    name = only_person_named(ctx, line, at)
    if name is None or name == asker:
        return None
    if any(t.low == pron for t in ctx.tokens_between(line, at - len(pron) - 2)):
        return None  # « Elle a rencontré X. « … », a-t-elle dit »: the pronoun goes on
    who = _Speaker(name, "PER", line)
    return who if _agrees(ctx, pron, who) else None


def _same_subject(ctx: _Context, described: _Speaker, reported: _Speaker) -> bool:
    """Whether the reporting verb's unresolved subject is the description that the
    text ties to a name, in the same sentence: the name then stands for both."""
    if reported.name is not None or not described.name:
        return False
    between = ctx.text[described.at : reported.at]
    return described.at < reported.at and not any(c in between for c in ".!?\n")


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
        if e.label == "PER" and e.start < at and not ctx.in_quote(e.start)
    }
    fits = [name for name in people if ctx.gender_of(name) in (None, want)]
    if len(fits) != 1 or ctx.gender_of(fits[0]) != want:
        return None
    return _Speaker(fits[0], "PER", people[fits[0]])


_DEFINITE = frozenset(("the", "le", "la", "l'", "l’"))
_REPLY = re.compile(
    r"\b(?:répond\w*|rétorqu\w*|répliqu\w*|replied|replies|retorted|shot back|fired back|"
    r"countered|hit back)\b",
    re.IGNORECASE,
)


def _not_asker(who: _Speaker, asker: str | None) -> bool:
    return asker is None or who.name != asker


def _asker(ctx: _Context, at: int) -> str | None:
    """Who spoke last, when the pronoun at ``at`` replies (« …, a-t-il répondu »): the
    one answered, whom the pronoun cannot be."""
    if not ctx.speakers:
        return None
    verbs = _REPLY.finditer(ctx.text, max(0, at - 25), at + 25)
    if not any(not ctx.in_quote(m.start()) for m in verbs):
        return None
    return ctx.speakers[-1].name


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
            # description is of several ("two members of staff") and it is "she".
            return plural or not is_plural_phrase(_phrase_at(ctx.text, who.at))
        kind = noun_kind(who.name)
        if plural:
            return kind == "body" or (kind == "person" and is_plural_phrase(who.name))
        return kind == "person" and not is_plural_phrase(who.name)
    if plural:
        return who.label == "ORG"
    if who.label != "PER":
        return False
    want = PRONOUN_GENDER.get(pron)
    have = ctx.gender_of(who.name or "")
    return want is None or have is None or want == have


def _phrase_at(text: str, at: int) -> str:
    """The words of a description from ``at`` to the next punctuation."""
    return re.split(r"[,.;:!?«»“”\"\n]", text[at : at + 60], maxsplit=1)[0]


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
    for sentence in reversed([x for x in sentences if x][-3:]):
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
        member = party_member(ctx, body, det.start)  # "the Kansas Republican was dismissive"
        if member is not None:
            return member
        head = fold(body[-1 if ctx.language == "en" else 0].text)
        # The person the article is about, unless the role was met unnamed before.
        met = introduced_unnamed(ctx, head, det.start) or met_unnamed(ctx, head, det.start)
        holder = None if met else introduced_as(ctx, head, det.start)
        if holder is not None:  # "Justice X … The judge was not persuaded": X
            return _Speaker(holder, "PER", det.start)
        central = None if met else central_figure(ctx, det, body)
        if central is not None:
            return central
        last = ctx.speakers[-1] if ctx.speakers else None
        floor = ctx.previous_paragraph(det.start)
        if last is not None and last.label == "PER" and floor <= last.at < det.start:
            return _Speaker(last.name, last.label, det.start)  # the speaker re-described
        alone = None if met else only_person_named(ctx, ctx.line_start(det.start), det.start)
        if alone is not None:  # « X monte à la tribune. Le premier ministre sait… »
            return _Speaker(alone, "PER", det.start)
        return _Speaker(None, "NP", det.start)
    return None


def _description_heading(ctx: _Context, sentence: list[_Tok]) -> tuple[_Tok, list[_Tok]] | None:
    """``the majority leader`` opening a sentence (maybe after a comma-set clause) + a verb."""
    # « Devant les députés de son groupe, réunis à huis clos, le chancelier a tenté »:
    # the description may follow one or two opening phrases.
    commas = [i + 1 for i, t in enumerate(sentence[:24]) if t.text == ","]
    starts = [0, *commas[:2]]
    for i in starts:
        if i >= len(sentence) or sentence[i].low not in _DEFINITE:
            continue
        body: list[_Tok] = []
        for t in sentence[i + 1 : i + 8]:
            if body and (t.low in _OF or t.low in _DEFINITE) and body[-1].low not in _OF:
                body.append(t)  # « l'ancienne ministre de l'Industrie a déroulé »
                continue
            if t.low in _AUX or _looks_like_verb(ctx, t):
                named = ctx.entity_at(body[-1].start) if body else None
                if named is not None and named.label == "PER":
                    return None  # ``the striker Owen Hale smiled``: a name, found elsewhere
                if not body or body[-1].low in _OF or _a_thing(body, t):
                    return None
                return sentence[i], body
            if t.low in _PREPOSITIONS or t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS:
                return None
            if not t.text[0].isalpha():
                return None
            body.append(t)
    return None


def _a_thing(body: list[_Tok], verb: _Tok) -> bool:
    """« le tronçon est situé », « l'eau est montée »: a lowercase noun no list calls a
    person, before an auxiliary, describes a thing (a person acting, « le gardien
    haussa les épaules », keeps its verb)."""
    desc = " ".join(t.low for t in body)
    return verb.low in _AUX and body[0].text.islower() and noun_kind(desc) is None


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
        if not t.text[0].islower() or not verb_use(toks, vi, ctx.language):
            continue
        s = vi
        while s > 0 and toks[s - 1].text not in ".!?":
            s -= 1
        left = toks[s:vi]
        core = [x for x in left if x.low not in _SKIP_WORDS]
        if not core or core[-1].low in _SUBJECT_PRONOUNS or core[-1].text == "«Q»":
            continue
        if _reports_a_clause(ctx, core):
            continue  # "The minister said Greece had asked": the minister reports it
        if split_inverted(core[-1].text):
            continue  # « …, a-t-il insisté »: an incise whose subject is a pronoun
        who = ctx.subject_before(ctx, left)
        if who is not None:
            return _Speaker(who.name, who.label, t.start)
    return None


def _reports_a_clause(ctx: _Context, core: list[_Tok]) -> bool:
    """Whether the words before a verb hold a verb of saying and then a new subject (a
    name or a determiner): the verb then belongs to the reported clause, not to the
    reporter (« Il dit avoir sollicité » has no new subject)."""
    said = [
        i for i, x in enumerate(core) if x.text.islower() and is_speech_verb(x.text, ctx.language)
    ]
    return bool(said) and any(
        x.text[0].isupper() or x.low in _DETERMINERS for x in core[said[-1] + 1 :]
    )


def _recent_subject(
    ctx: _Context, at: int, labels: tuple[str, ...], pron: str = ""
) -> _Speaker | None:
    """The last name before ``at`` that stands as a subject (not a complement) and
    agrees with ``pron`` in gender."""
    i = bisect_left(ctx.ent_starts, at) - 1
    floor = at - 1500
    want = PRONOUN_GENDER.get(pron) if pron not in _PLURAL_PRONOUNS else None
    while i >= 0 and ctx.entities[i].start > floor:
        e = ctx.entities[i]
        i -= 1
        if e.label not in labels or ctx.in_quote(e.start):
            continue
        if want is not None and ctx.gender_of(e.canonical) not in (None, want):
            continue
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
