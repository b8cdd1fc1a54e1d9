"""Who a subject is: names, described roles, pronouns and the subject a sentence is about.

Attribution cues find where the speaker is written; this module turns those words
into a speaker: a named person or body, a description tied to a name (in the article,
else the corpus), or a pronoun resolved to whoever last spoke or acted as a subject.
"""

from __future__ import annotations

from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _possessive, _Speaker, _Tok
from tui.core.quotes.demonstratives import role_meant
from tui.core.quotes.described import (
    bare_body,
    name_as_modifier,
    names_a_group,
    place_as_subject,
    placed_body,
    portfolio,
    referred_back,
    speaking_for,
    spoken_before,
    tail_body,
    verb_after_head,
)
from tui.core.quotes.documents import document_speaker
from tui.core.quotes.linked_roles import linked_role as _linked_role
from tui.core.quotes.pronouns import MAY_NAME, _pronoun
from tui.core.quotes.relative import relative_antecedent
from tui.core.quotes.source_body import STATE_BODIES, affiliated, source_body
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.spokes import body_spoken_for, earlier_voice, issuer, spokesperson_body
from tui.core.quotes.subject_heads import (
    clause_opening,
    enumeration,
    fronted_pronoun,
    latter_or_former,
    names_a_person,
    object_of_verb,
    one_of_named,
    person_of,
    voiced_owner,
)
from tui.core.quotes.unnamed import relative_of, unnamed_relation
from tui.core.quotes.words import (
    _BREAK_TOKENS,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _DETERMINERS,
    _HEADS_OF_PEOPLE,
    _INDEFINITE,
    _INFINITIVE_MARKERS,
    _JOINS,
    _OF,
    _PREPOSITIONS,
    _RELATIVES,
    _SKIP_WORDS,
    _SOURCE_NOUNS,
    _SPOKES_NOUNS,
    _STATEMENT_NOUNS,
    _SUBJECT_PRONOUNS,
    TO_VERBS,
    inner_stop,
    set_off_pronoun,
    without_brackets,
)

_DEFINITE = frozenset(("the", "le", "la", "l'", "l’"))


def _subject_before(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """Walk left from a verb over auxiliaries and adverbs to its subject (none after
    « de », « à », « pour »: an infinitive has no subject of its own)."""
    if left and left[-1].low in _INFINITIVE_MARKERS and ctx.language == "fr":
        return None
    if len(left) > 2 and left[-1].low == "to" and left[-2].low in TO_VERBS:
        left = left[:-2]  # "X used to say", "X went on to tell": X says it
    left = without_brackets(left)  # "Sen. Ann Ruiz (D-N.M.), the ranking member,"
    if fronted_pronoun(left):
        return _pronoun(ctx, left[-1].low, left[-1].start)
    if (pron := set_off_pronoun(left)) is not None:
        return _pronoun(ctx, pron.low, pron.start)  # « Dans un communiqué, elle se dit »
    j = len(left) - 1
    while j >= 0 and (left[j].low in _SKIP_WORDS and left[j].text != ","):
        j -= 1
    if j >= 0 and left[j].text == ",":
        return _subject_around_comma(ctx, left, j)
    if j < 0:
        return None
    t = left[j]
    if t.text.isdigit() and j > 1 and left[j - 1].text == ",":
        return _subject_before(ctx, left[: j - 1])  # "Geoffrey Lamb, 81": the name, not the age
    if t.low in _SUBJECT_PRONOUNS or (t.low == "it" and ctx.language == "en"):
        return _pronoun(ctx, t.low, t.start)  # "It warned in a statement": a body
    if t.low in ("qui", "who"):
        return relative_antecedent(ctx, left[:j]) or _described_antecedent(ctx, left[:j])
    if t.low in _JOINS and j > 2 and not any(x.low in _SUBJECT_PRONOUNS for x in left):
        return ctx.shared_subject(ctx, left[:j])  # « X a ouvert une enquête et indique »
    if t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS or t.text == "«Q»":
        return None
    k = j
    while k > 0 and left[k - 1].text != "," and left[k - 1].low not in _CLAUSE_STOPS:
        # ``of the Fund`` is a complement: the subject lies further left.
        prev = left[k - 1].low
        # ``aides involved in the talks``: a governed phrase, not where the subject opens.
        governed = prev in _OF or (prev in _PREPOSITIONS and prev != "a")
        if left[k].low in _DETERMINERS and ctx.entity_at(left[k].start) is None and not governed:
            break
        k -= 1
    return _resolve_tokens(ctx, left[k : j + 1], t.start)


def _described_antecedent(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """« L'élu, qui dit … »: the description opening the sentence before « , qui »."""
    if len(left) < 2 or left[-1].text != "," or left[0].low not in _DETERMINERS:
        return None
    return _resolve_tokens(ctx, left[:-1], left[-1].start)


def _subject_around_comma(ctx: _Context, left: list[_Tok], j: int) -> _Speaker | None:
    """The subject when the verb follows a comma at ``j``: an apposition, a name set
    off, or the name before them."""
    # ``X, le porte-parole, a dit`` / ``le porte-parole, X, a dit`` / ``X, lui, a dit``
    k = j - 1
    while k >= 0 and (left[k].text not in ",.;:!?" or inner_stop(ctx.text, left[k])):
        k -= 1  # a title's period ("at St. Brendan's") ends no sentence
    segment = left[k + 1 : j]
    words = [x for x in segment if x.low not in _SKIP_WORDS]
    opener = words[0].low if words else ""
    if k >= 0 and left[k].text == ",":
        if (opening := clause_opening(left, k)) is not None:
            # "X, which owns A, B and C,", "X, whose son died at Y, Z, on May 3, said"
            who = _named_subject(ctx, left[:opening])
            if who is not None or enumeration(words):
                return who or _subject_before(ctx, left[:opening])
        # ``X, representing the group Y, said``, "Tom Reddy, a longtime Finch
        # supporter, said": the apposition describes X, a person named before it.
        who = _named_subject(ctx, left[:k])
        if who is not None and (who.label == "PER" or not names_a_person(ctx, words)):
            return who
    named = k >= 0 and opener in _DETERMINERS and names_a_person(ctx, words)
    age = all(w.text.isdigit() for w in words)  # "Geoffrey Lamb, 81, whose family…"
    if words and not age and (named or (opener not in _DETERMINERS | _RELATIVES)):
        # ``The mediator, the former envoy Kofi Mensah, said``: the apposition names it.
        who = _resolve_tokens(ctx, segment, left[j].start, appositive=k >= 0)
        if who is not None:
            return who
    if k >= 0 and left[k].text == ",":
        return _subject_before(ctx, left[:k])
    return None


def _named_subject(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """A person or body named at the end of a subject phrase, before a comma.

    ``Paul Clement`` / ``l'économiste Philippe Martin`` / ``Justice Elena Kagan``:
    titles, an article and role words may precede the name, but no preposition,
    verb or clause word, so the name is the phrase's head and not a complement.
    """
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _BREAK_TOKENS and toks[i - 1].low not in _CLAUSE_STOPS:
        i -= 1
    part = toks[i:]
    if not part:
        return None
    if unnamed_relation(ctx, part):
        return _Speaker(None, "NP", part[0].start)  # « une salariée de X, qui… »: not X
    if relative_of(ctx, part):
        return None  # « la mère de X »: someone described, not X
    ent = ctx.entity_at(part[-1].start)
    if ent is None or ent.label not in ("PER", "ORG") or ent.end != part[-1].end:
        return None
    head = [t for t in part if t.end <= ent.start]
    if len(head) > 6 or _possessive(ctx.text, ent.end):
        return None
    owner = person_of(ctx, head)
    if owner is not None:
        return owner  # "Arvind Rao of the Wetlands Collective": Rao, not the collective
    for n, t in enumerate(head):
        # ``le ministre de l'Économie Bruno Le Maire``: ``de`` inside the role only.
        inner_of = t.low in _OF and 0 < n < len(head) - 1
        # "managing director and chief executive X": « et »/"and" inside a title only.
        titled = 0 < n < len(head) - 1 and head[n - 1].text.islower() and head[n + 1].text.islower()
        if (t.low in _PREPOSITIONS and t.low != "a" and not inner_of) or (
            t.low in _CONJUNCTIONS and not titled
        ):
            return None
        if is_speech_verb(t.text, ctx.language) or not t.text[0].isalpha():
            return None
    if object_of_verb(head):
        return None  # "the prime minister thanked Mrs Gately": Gately is the object
    return _Speaker(ent.canonical, ent.label, ent.start)


def _resolve_tokens(
    ctx: _Context, toks: list[_Tok], before: int, *, appositive: bool = False
) -> _Speaker | None:
    """Turn a subject's tokens into a speaker: a name, a described name, or the phrase."""
    toks = without_brackets([t for t in toks if t.text not in ("«Q»",)])
    words = [t for t in toks if t.text[0].isalnum() or t.text[0] in "'’"]
    while len(words) > 1 and words[-1].low in _SKIP_WORDS:
        words.pop()  # « la préfecture jeudi soir »: the time is no part of the speaker
    pointed = latter_or_former(ctx, words)  # "The latter said": the person named last
    if not words or pointed:
        return pointed
    if words[0].low in _SUBJECT_PRONOUNS and all(w.text.islower() for w in words[1:3]):
        # ``She pauses, then adds``: a pronoun and its first verb, co-ordinated.
        return _pronoun(ctx, words[0].low, words[0].start) if len(words) <= 3 else None
    if len(words) == 1 and words[0].low == "it" and ctx.language == "en":
        return _pronoun(ctx, "it", words[0].start)  # '," it said': the body spoken of
    if words[0].low in _HEADS_OF_PEOPLE:
        return one_of_named(ctx, words)
    cut = verb_after_head(ctx, words)
    end = words[cut].start if cut else words[-1].end
    words = words[:cut] if cut else words
    ents = ctx.entities_in(words[0].start, end)
    if not any(t.low in _SPOKES_NOUNS for t in words) and unnamed_relation(ctx, words):
        return _Speaker(None, "NP", words[0].start)  # « une collègue de X »: not X
    # A name in brackets glosses the phrase (« l'agence de sauvetage (Basarnas) »).
    ents = [e for e in ents if ctx.text[e.start - 1 : e.start] != "(" or e.start == words[0].start]
    named = None if relative_of(ctx, words) else _named_in_subject(ctx, words, ents)
    if named is not None:
        return named
    # A description: strip the determiner and look for the name it stands for.
    body = words[1:] if words[0].low in _DETERMINERS else words
    if not body:
        return None
    return _described(ctx, words, body, ents, before, appositive=appositive)


def _named_in_subject(ctx: _Context, words: list[_Tok], ents: list[Entity]) -> _Speaker | None:
    """A name inside the subject: a person first, else the body or title it names."""
    free = [
        e
        for e in ents
        if (not _after_preposition(ctx, e.start) or e.start == words[0].start)
        and not _possessive(ctx.text, e.end)
        and (e.label != "LOC" or place_as_subject(words, e))
        and not portfolio(ctx, e)  # « le ministre de l'Agriculture »: the brief
        and not names_a_group(ctx, e)  # "Haskett aides said": the aides
    ]  # a place speaks only as the subject itself ("Washington said"), not inside it
    owned = [e for e in ents if _possessive(ctx.text, e.end) and e.end < words[-1].end]
    for group in (free, [e for e in ents if e not in owned]):
        for e in group:
            if e.label == "PER" and not name_as_modifier(ctx, words, e):
                return _Speaker(e.canonical, "PER", e.start)
    if owned and noun_kind(ctx.text[owned[0].start : words[-1].end]) is not None:
        return speaking_for(owned[0], words)  # "Finch's office": Finch; "…'s campaign": none
    if any(t.low in _SPOKES_NOUNS for t in words):
        free = []  # "the Kremlin spokesman": a person speaking for the body
    named = [e for e in free if e.label == "MISC" and e.start == words[0].start]
    if named:
        return _Speaker(named[0].canonical, "MISC", named[0].start)
    person_role = free and len(words) > 2 and noun_kind(words[1].text) == "person"
    if person_role and (linked := _linked_role(ctx, ctx.text[words[1].start : words[-1].end])):
        return _Speaker(linked, "PER", words[1].start)  # « le délégué CGT »: who holds it
    free = [] if person_role and affiliated(ctx, free) else free  # « le président de l'asso X »
    if free:
        e = free[-1] if ctx.entity_at(words[0].start) is None else free[0]
        return _Speaker(e.canonical, e.label, e.start)
    return placed_body(ctx, words, ents)  # « la police d'Orlando »: the body, not the town


def _described(
    ctx: _Context,
    words: list[_Tok],
    body: list[_Tok],
    ents: list[Entity],
    before: int,
    *,
    appositive: bool,
) -> _Speaker | None:
    """A subject the text describes: the name tied to the description, the body a
    spokesperson or statement speaks for, else the phrase itself."""
    while len(body) > 1 and body[0].low.endswith(("-based", "-headquartered")):
        body = body[1:]  # "the Chicago-based company" is the company
    bare = len(body) == 1 and (  # « la mairie », "the department", English "police"
        words[0].low in _DEFINITE or (len(words) == 1 and ctx.language == "en")
    )
    named = _description_named(ctx, words, body, before, bare=bare, appositive=appositive)
    if named is not None:
        return named
    phrase = ctx.text[body[0].start : body[-1].end]
    if owner := voiced_owner(words):  # "the prime minister's spokesman": for the minister
        who = _resolve_tokens(ctx, owner, before)
        if who is not None and who.label == "PER":
            return who
    spokes = any(t.low in _SPOKES_NOUNS for t in body)
    if spokes:
        unnamed = words[0].low in _INDEFINITE
        who = _spoken_for(ctx, body, ents, before, phrase, appositive=appositive, unnamed=unnamed)
        if who is not None and who.name:
            return who
    if body[0].low in _SOURCE_NOUNS and len(body) == 1 and body[0].low not in STATE_BODIES:
        org = source_body(ctx, body[0])
        if org is not None:
            return _Speaker(org.canonical, "ORG", body[0].start)
    linked = None if spokes else _linked_role(ctx, phrase)
    if linked:
        return _Speaker(linked, "PER", body[0].start)
    if appositive or len(body) > 8 or "\n" in phrase:
        return None
    if bare:
        # "the campaign said" after "Finch's campaign said": the same body again.
        again = spoken_before(ctx, body[0].low, body[0].start)
        if again is not None:
            return _Speaker(again, "NP", body[0].start)
    meant = role_meant(ctx, words, body, before)  # « la championne », « cette mère »
    if meant is not None:
        return meant
    if words[0].low in _INDEFINITE:
        # « a déclaré un témoin », "a spokesman said": nobody a reader could look up.
        return _Speaker(None, "NP", body[0].start)
    return _Speaker(phrase, "NP", body[0].start)


def _description_named(
    ctx: _Context,
    words: list[_Tok],
    body: list[_Tok],
    before: int,
    *,
    bare: bool,
    appositive: bool,
) -> _Speaker | None:
    """The name a description is tied to: by an apposition, as the body a bare noun
    or a name's last words refer back to, or as the issuer of a statement."""
    desc = " ".join(t.low for t in body)
    described = ctx.lookup_description(desc, body[0].text, before)
    if described and bare:
        described = referred_back(ctx, described, body[0].start, before)
    if described:
        return _Speaker(described[0], described[1], body[0].start)
    org = bare_body(ctx, body[0], named=body[0].low in MAY_NAME) if bare else None
    org = org or tail_body(ctx, words, body)
    # A body named only further on yields to one that already spoke with that noun.
    if org is not None and (org.start < before or not spoken_before(ctx, body[0].low)):
        return _Speaker(org.canonical, org.label, body[0].start)
    if body[0].low in _STATEMENT_NOUNS:
        # ``un communiqué du ministère`` / ``a statement from the Ministry``: the body.
        english = bare and ctx.language == "en"  # "the ruling added": its issuer's
        who = _complement(ctx, body, before, appositive=appositive) or (
            issuer(ctx, before) if english else None
        )
        if who is not None:
            return who
    if len(body) == 2 and body[1].low in _STATEMENT_NOUNS and words[0].low in _DEFINITE:
        org = ctx.named_body(body[0].low, before)  # "the police statement": NSW Police's
        if org is not None and org.label == "ORG":
            return _Speaker(org.canonical, org.label, body[0].start)
    return document_speaker(ctx, words, body)  # "the notice", "a report by the council"


def _spoken_for(
    ctx: _Context,
    body: list[_Tok],
    ents: list[Entity],
    before: int,
    phrase: str,
    *,
    appositive: bool,
    unnamed: bool = False,
) -> _Speaker | None:
    """``le porte-parole du Kremlin``: the person the role names, else the body; for
    ``unnamed`` ("a commission spokeswoman"), the one body the article names so."""
    linked = _linked_role(ctx, phrase)
    if linked:
        return _Speaker(linked, "PER", body[0].start)
    if ents:
        return _Speaker(ents[0].canonical, ents[0].label, body[0].start)
    who = _complement(ctx, body, before, appositive=appositive)
    if who is not None:
        return who
    if len(body) == 1 and not appositive:
        # ``a spokeswoman added``: for the body the text was just talking about.
        return earlier_voice(ctx, body[0].start) or body_spoken_for(ctx, body[0].start)
    return spokesperson_body(ctx, _Speaker(phrase, "NP", body[0].start)) if unnamed else None


def _complement(
    ctx: _Context, body: list[_Tok], before: int, *, appositive: bool
) -> _Speaker | None:
    """The ``of``/``from`` complement of ``statement from X`` / ``porte-parole de X``."""
    if len(body) < 3 or not (body[1].low in _OF or body[1].low in ("from", "for")):
        return None
    rest = body[2:]
    if rest[0].low in ("presse", "press") and len(rest) > 2 and rest[1].low in _OF:
        rest = rest[2:]  # « un communiqué de presse de X »: the release is X's
    with_article = rest
    if rest[0].low in _DETERMINERS and len(rest) > 1:
        rest = rest[1:]
    ent = ctx.entity_at(rest[0].start)
    if ent is not None and ent.end >= rest[-1].end:
        return _Speaker(ent.canonical, ent.label, ent.start)
    if len(with_article) > len(rest) and noun_kind(rest[-1].text) == "person":
        return _resolve_tokens(ctx, with_article, before, appositive=appositive)  # the mayor
    return _resolve_tokens(ctx, rest, before, appositive=appositive)
