"""A subject the text describes without naming, just before a pronoun.

"The majority leader shrugged. « … », he said": the pronoun is that person. The
description takes the name the article ties to it, the one its party points to, the
person introduced with that role or the article's central figure; untied, it stands
for the last person quoted nearby, else for nobody the text names.
"""

from __future__ import annotations

from tui.core.quotes.antecedents import GROUP_NOUNS
from tui.core.quotes.clause_shapes import stressed_aside
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.defendant import defendant
from tui.core.quotes.party_roles import party_member
from tui.core.quotes.role_holders import introduced_as
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.subject_position import is_subject
from tui.core.quotes.topic import central_figure, only_person_named
from tui.core.quotes.trial_parts import court_officer
from tui.core.quotes.unnamed_intro import introduced_unnamed, met_unnamed
from tui.core.quotes.words import (
    _AUX,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _OF,
    _PREPOSITIONS,
    _SENTENCE_STOPS,
    SINGULAR_DEFINITE,
    english_past,
)
from tui.core.text import fold


def described_subject(ctx: _Context, sentences: list[list[_Tok]]) -> _Speaker | None:
    """A subject the text describes without naming, opening one of the ``sentences``
    just before a pronoun (:func:`recent_sentences`).

    ``The majority leader shrugged. "…," he said``: the pronoun is that person. The
    description takes the name the article ties to it (``The majority leader, Chuck
    Whitfield,``); untied, it stands for the person this paragraph last made a subject
    after the last quotation (« Puis X a pris les choses en main. L'attaquant … »), else
    for the last person quoted in this or the previous paragraph (news writing
    re-describes its speaker: « le technicien », "the Swede"), or else for nobody the
    text names.
    """
    for sentence in sentences:
        found = _description_heading(ctx, sentence)
        if found is None:
            continue
        det, body = found
        phrase = ctx.text[body[0].start : body[-1].end]
        desc = " ".join(t.low for t in body)
        noun = body[-1 if ctx.language == "en" else 0].text
        if fold(noun) in GROUP_NOUNS and _set_apart(sentence, body):
            return _Speaker(None, "NP", det.start)  # « La famille, elle, … a-t-elle écrit »
        if noun_kind(noun) == "body" or fold(noun) in GROUP_NOUNS:
            continue  # "The jury convicted X. "…," he said": a body is no « he »
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
        holder = None if met else introduced_as(ctx, head, det.start, bare=len(body) == 1)
        holder = holder or defendant(ctx, head, det.start)  # « Le prévenu hoche la tête »
        if holder is not None:  # "Justice X … The judge was not persuaded": X
            return _Speaker(holder, "PER", det.start)
        return _untied(ctx, det, body, met=met)
    return None


def recent_sentences(ctx: _Context, at: int) -> list[list[_Tok]]:
    """The last three sentences of the paragraph before ``at``, nearest first; of the
    paragraph above when this one opens on the quotation (« … », he said)."""
    line = ctx.line_start(at)
    toks = ctx.tokens_between(max(line, at - 400), at)
    if all(t.text == "«Q»" or not t.text[0].isalnum() for t in toks) and line > 0:
        above = ctx.previous_paragraph(line)
        toks = ctx.tokens_between(max(above, line - 400), line)
    sentences: list[list[_Tok]] = [[]]
    for t in toks:
        if t.text in _SENTENCE_STOPS:
            sentences.append([])
        else:
            sentences[-1].append(t)
    return list(reversed([x for x in sentences if x][-3:]))


def acts_next(ctx: _Context, t: _Tok) -> bool:
    """Whether ``t`` is an auxiliary or looks like a verb: the subject before it acts."""
    return t.low in _AUX or _looks_like_verb(ctx, t)


def _untied(ctx: _Context, det: _Tok, body: list[_Tok], *, met: bool) -> _Speaker:
    """Whom a description no name is tied to stands for: nobody for a court officer,
    else the central figure, the paragraph's last subject, the speaker re-described,
    the one person the paragraph names, or nobody the text names."""
    if court_officer(ctx.text[body[0].start : body[-1].end]):
        return _Speaker(None, "NP", det.start)  # « L'avocate générale … Elle … »: unnamed
    central = None if met else central_figure(ctx, det, body)
    if central is not None:
        return central
    acting = _subject_in_paragraph(ctx, det.start)
    if acting is not None:  # « Puis X a pris les choses en main. L'attaquant a … »
        return _Speaker(acting, "PER", det.start)
    last = ctx.speakers[-1] if ctx.speakers else None
    floor = ctx.previous_paragraph(det.start)
    if last is not None and last.label == "PER" and floor <= last.at < det.start:
        return _Speaker(last.name, last.label, det.start)  # the speaker re-described
    alone = None if met else only_person_named(ctx, ctx.line_start(det.start), det.start)
    if alone is not None:  # « X monte à la tribune. Le premier ministre sait… »
        return _Speaker(alone, "PER", det.start)
    return _Speaker(None, "NP", det.start)


def _subject_in_paragraph(ctx: _Context, at: int) -> str | None:
    """The last person standing as a subject in this paragraph before ``at``, outside
    quotations, when written after the last speaker's words: the one a description
    opening the next sentence re-describes."""
    line = ctx.line_start(at)
    last = ctx.speakers[-1].at if ctx.speakers and ctx.speakers[-1].at is not None else -1
    acting = [
        e
        for e in ctx.entities_in(line, at)
        if e.label == "PER" and e.start > last and not ctx.in_quote(e.start) and is_subject(ctx, e)
    ]
    return acting[-1].canonical if acting else None


def _description_heading(ctx: _Context, sentence: list[_Tok]) -> tuple[_Tok, list[_Tok]] | None:
    """``the majority leader`` opening a sentence (maybe after a comma-set clause) + a verb."""
    # « Devant les députés de son groupe, réunis à huis clos, le chancelier a tenté »:
    # the description may follow one or two opening phrases.
    commas = [i + 1 for i, t in enumerate(sentence[:24]) if t.text == ","]
    starts = [1 if sentence and sentence[0].low in _LINKING else 0, *commas[:2]]
    for i in starts:
        if i >= len(sentence) or sentence[i].low not in SINGULAR_DEFINITE:
            continue
        body: list[_Tok] = []
        for j, t in enumerate(sentence[i + 1 : i + 8], start=i + 1):
            if body and (t.low in _OF or t.low in SINGULAR_DEFINITE) and body[-1].low not in _OF:
                body.append(t)  # « l'ancienne ministre de l'Industrie a déroulé »
                continue
            if _verb_ahead(sentence, j) or _relative_ahead(ctx, sentence, j):
                # « Le maire ne semblait pas », « Le maire, lui, », « Le maire, qui … , a »
                group = bool(body) and fold(body[0].low) in GROUP_NOUNS
                person = group or noun_kind(" ".join(t.low for t in body)) == "person"
                return (sentence[i], body) if person and body[-1].low not in _OF else None
            # « Le prévenu secoue »: a person noun after the article is no verb.
            first_noun = not body and noun_kind(t.low) == "person"
            if not first_noun and (t.low in _AUX or _looks_like_verb(ctx, t)):
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


def _set_apart(sentence: list[_Tok], body: list[_Tok]) -> bool:
    """Whether a stressed pronoun set off by commas follows the description (« La
    famille de la victime, elle, demande »): the group is the sentence's subject."""
    at = next((n for n, t in enumerate(sentence) if t.start == body[-1].start), -1)
    return at >= 0 and stressed_aside(sentence, at + 1)


def _relative_ahead(ctx: _Context, sentence: list[_Tok], j: int) -> bool:
    """A relative clause set off by commas at ``j`` and a verb after it (« Le maire de
    X, qui s'est rendu sur place, a annoncé », "The mayor, who visited the site, said")."""
    if sentence[j].text != "," or j + 1 >= len(sentence) or sentence[j + 1].low not in _WHO:
        return False
    close = next(
        (n for n in range(j + 2, min(len(sentence), j + 16)) if sentence[n].text == ","), 0
    )
    verb = sentence[close + 1] if close and close + 1 < len(sentence) else None
    return verb is not None and (verb.low in _AUX or is_speech_verb(verb.text, ctx.language))


_WHO = frozenset(("qui", "who"))


def _verb_ahead(sentence: list[_Tok], j: int) -> bool:
    """A negation (« ne », « n' ») or a stressed pronoun set off by commas (« , lui , »)
    at ``j``: the description is over and its verb follows."""
    return sentence[j].low in _NEGATIONS or stressed_aside(sentence, j)


_NEGATIONS = frozenset(("ne", "n'", "n’"))


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
    if ctx.language == "fr" and (t.low in _FRENCH_STANCE_VERBS or t.low in _FRENCH_GESTURES):
        return True  # « la romancière reste prudente », « le prévenu secoue la tête »
    if ctx.language == "en" and t.low in _ENGLISH_STANCE_VERBS:
        return True  # "the pensioner stays calm"
    return ctx.language == "en" and (english_past(t) or (len(t.low) > 4 and t.low.endswith("es")))


_FRENCH_STANCE_VERBS = frozenset(
    "reste restait demeure semble semblait paraît paraissait se s' s’ sourit souriait".split()
)
"""French verbs (and the reflexive clitic of « se dit », « se montre ») that open a
speaker's stance right after a description, as "shrugged" does in English."""
_FRENCH_GESTURES = frozenset(
    """secoue secouait hoche hochait hausse haussait baisse baissait lève levait soupire
    soupirait grimace grimaçait acquiesce acquiesçait rit riait pleure pleurait rougit
    rougissait fronce fronçait""".split()
)
"""Gestures a described person makes before speaking (« Le prévenu secoue la tête »)."""
_ENGLISH_STANCE_VERBS = frozenset("remains seems appears looks stays sounds".split())
_LINKING = frozenset("but and yet still mais et pourtant".split())
"""Words linking a sentence to the one before it, ahead of its subject (« Mais le
maire reste prudent », "Still, the pensioner stays calm")."""
