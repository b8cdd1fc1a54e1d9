"""Who a subject is: names, described roles, pronouns and the subject a sentence is about.

Attribution cues find where the speaker is written; this module turns those words
into a speaker: a named person or body, a description tied to a name (in the article,
else the corpus), or a pronoun resolved to whoever last spoke or acted as a subject.
"""

from __future__ import annotations

from tui.core.models import Entity
from tui.core.quotes.clause_shapes import STRESSED_AS_SUBJECT, narrated_subject, past_leading_verb
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _possessive, _Speaker, _Tok
from tui.core.quotes.datelines import past_line_dateline
from tui.core.quotes.described import placed_body, verb_after_head
from tui.core.quotes.descriptions import described
from tui.core.quotes.documents import document_antecedent
from tui.core.quotes.linked_roles import linked_role as _linked_role
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.relative import relative_antecedent
from tui.core.quotes.source_body import affiliated
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.subject_heads import (
    clause_opening,
    enumeration,
    fronted_pronoun,
    heads_phrase,
    latter_or_former,
    names_a_person,
    object_of_verb,
    officer_of,
    one_of_named,
    opens_own_clause,
    passive_apposition,
    person_of,
    reported_by_name,
)
from tui.core.quotes.subject_names import (
    name_as_modifier,
    names_a_group,
    place_as_subject,
    portfolio,
    qualifies_a_person,
    speaking_for,
    titled_publication,
)
from tui.core.quotes.subject_pronouns import main_subject_shared, set_off_pronoun
from tui.core.quotes.unnamed import relative_of, relatives_named, unnamed_group, unnamed_relation
from tui.core.quotes.words import (
    _BREAK_TOKENS,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _DETERMINERS,
    _HEADS_OF_PEOPLE,
    _INFINITIVE_MARKERS,
    _JOINS,
    _OF,
    _PREPOSITIONS,
    _RELATIVES,
    _SKIP_WORDS,
    _SPOKES_NOUNS,
    _SUBJECT_PRONOUNS,
    POSSESSIVES,
    inner_stop,
    without_brackets,
)


def _subject_before(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """Walk left from a verb over auxiliaries and adverbs to its subject (none after
    « de », « à », « pour »: an infinitive has no subject of its own)."""
    if left and left[-1].low in _INFINITIVE_MARKERS and ctx.language == "fr":
        narrator = narrated_subject(left[:-1])  # « Eux d'ajouter que « … » »
        return (
            _pronoun(ctx, STRESSED_AS_SUBJECT[narrator.low], narrator.start) if narrator else None
        )
    past = past_leading_verb(ctx, left)
    if past is None:
        return None  # "urged families to check … and to call": an infinitive's own
    left = without_brackets(past)  # "Sen. Ann Ruiz (D-N.M.), the ranking member,"
    left = past_line_dateline(ctx, left)  # "WESTBROOK, Ohio — …": the place is no subject
    if fronted_pronoun(left):
        return _pronoun(ctx, left[-1].low, left[-1].start)
    if (pron := set_off_pronoun(left)) is not None:
        return _pronoun(ctx, pron.low, pron.start)  # « Dans un communiqué, elle se dit »
    if left and left[-1].low == "on" and ctx.language == "fr":
        return _pronoun(ctx, "on", left[-1].start)  # « Au ministère de X, on indique »
    j = len(left) - 1
    while j >= 0 and left[j].low in _SKIP_WORDS and left[j].text != ",":
        if _named(ctx, left[j]):
            break  # « l'Agence régionale de santé Grand Est a dit »: « Est » is the name's
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
    if t.low == "which":
        return document_antecedent(ctx, left[:j])  # "a report by X, which found"
    if t.low in _JOINS and j > 2 and main_subject_shared(left, ctx.language):
        return ctx.shared_subject(ctx, left[:j])  # « X a ouvert une enquête et indique »
    if t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS or t.text == "«Q»":
        return titled_publication(ctx, left[max(0, j - 2) : j])  # « Le quotidien « X » a dit »
    k = j
    while k > 0 and left[k - 1].text != "," and left[k - 1].low not in _SUBJECT_STOPS:
        # ``of the Fund`` is a complement: the subject lies further left.
        prev = left[k - 1].low
        # ``aides involved in the talks``: a governed phrase, not where the subject opens.
        governed = prev in _OF or (prev in _PREPOSITIONS and prev != "a")
        governed = governed or (left[k].low == "des" and noun_kind(prev) is not None)
        if left[k].low in _DETERMINERS and ctx.entity_at(left[k].start) is None and not governed:
            break
        if (k > 1 and reported_by_name(ctx, left[k - 2 : j + 1])) or opens_own_clause(
            ctx, left, k, j
        ):
            break  # "X said Mr Y replied", "a week after X warned", "as CEO Y warns"
        k -= 1
    if 1 < k < j and left[k - 1].low in ("and", "et") and left[k].low in POSSESSIVES:
        leader = _subject_before(ctx, left[: k - 1])  # "X and her co-authors described"
        if leader is not None and leader.label in ("PER", "ORG"):
            return leader
    return _resolve_tokens(ctx, left[k : j + 1], t.start)


def _named(ctx: _Context, t: _Tok) -> bool:
    """Whether a capitalised word belongs to a name (« Grand Est », « Lundi Matin »)."""
    return t.text[:1].isupper() and ctx.entity_at(t.start) is not None


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
        if passive_apposition(segment):
            return _subject_before(ctx, left[:k])  # « Le texte, consulté par l'AFP, appelle »
        if (opening := clause_opening(left, k)) is not None:
            # "X, which owns A, B and C,", "X, whose son died at Y, Z, on May 3, said"
            who = _named_subject(ctx, left[:opening])
            if who is not None or enumeration(words):
                return who or _subject_before(ctx, left[:opening])
        if _complement_person(left, k):
            # "allies of the prime minister, Richard Ashdown, described": the name is
            # the minister's, and the subject is the phrase that governs him.
            return _subject_before(ctx, left[:k])
        if (voice := _role_then_name(ctx, left[:k], segment)) is not None:
            return voice  # "A spokeswoman for Gov. X, Maria Soto, said": Maria Soto
        # ``X, representing the group Y, said``, "Tom Reddy, a longtime Finch
        # supporter, said": the apposition describes X, a person named before it.
        who = _named_subject(ctx, _past_age(left[:k]))
        if who is not None and (who.label == "PER" or not names_a_person(ctx, words)):
            return who
    named = (
        k >= 0
        and opener in _DETERMINERS
        and (names_a_person(ctx, words) or _apposed_body(ctx, words, left[:k]))
    )
    age = all(w.text.isdigit() for w in words)  # "Geoffrey Lamb, 81, whose family…"
    if words and not age and (named or (opener not in _DETERMINERS | _RELATIVES)):
        # ``The mediator, the former envoy Kofi Mensah, said``: the apposition names it.
        who = _resolve_tokens(ctx, segment, left[j].start, appositive=k >= 0)
        if who is not None:
            return who
    if k >= 0 and left[k].text == ",":
        return _subject_before(ctx, left[:k])
    return None


def _role_then_name(ctx: _Context, before: list[_Tok], segment: list[_Tok]) -> _Speaker | None:
    """The person set off after a role phrase that ends on someone else's name ("a
    spokeswoman for Gov. X, Maria Soto,"): a named person takes no second name, so
    the one set off is the role's."""
    if len(before) < 3 or before[0].low not in _DETERMINERS or not segment:
        return None
    named = ctx.entity_at(segment[0].start)
    owner = ctx.entity_at(before[-1].start)
    if named is None or named.label != "PER" or named.end < segment[-1].end:
        return None
    if owner is None or owner.label != "PER" or noun_kind(before[1].text) != "person":
        return None
    return _Speaker(named.canonical, "PER", named.start)


def _past_age(toks: list[_Tok]) -> list[_Tok]:
    """``toks`` without an age set off at their end ("Jane Doe, 45", « Paul Durand,
    45 ans »): the name's."""
    end = len(toks) - 1 if toks and toks[-1].low in ("ans", "an") else len(toks)
    if end > 2 and toks[end - 1].text.isdigit() and toks[end - 2].text == ",":
        return toks[: end - 2]
    return toks


def _apposed_body(ctx: _Context, words: list[_Tok], before: list[_Tok]) -> bool:
    """« Le principal parti d'opposition, le Bloc citoyen, a dénoncé »: a body named
    with its article in apposition to a description of a body."""
    ent = ctx.entity_at(words[1].start) if len(words) > 1 else None
    if ent is None or ent.label != "ORG" or ent.end < words[-1].end:
        return False
    return any(noun_kind(t.text) == "body" for t in before[-6:] if t.text.isalpha())


def _complement_person(left: list[_Tok], k: int) -> bool:
    """Whether the words before the comma at ``k`` are plural people governing a person
    ("allies of the prime minister", « les proches du maire »): one name set off after
    them is that person's, not the subject's."""
    i = k - 1
    if i < 0 or noun_kind(left[i].text) != "person":
        return False
    while i >= 0 and left[i].text.isalpha() and left[i].text.islower():
        if left[i].low in _DETERMINERS or left[i].low in _OF:
            break
        i -= 1
    if i >= 1 and left[i].low in ("du", "des"):
        head = left[i - 1]
    elif i >= 2 and left[i].low in _DETERMINERS and left[i - 1].low in _OF:
        head = left[i - 2]
    else:
        return False
    return head.text.islower() and head.low.endswith(("s", "x"))


def _named_subject(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """A person or body named at the end of a subject phrase, before a comma.

    ``Paul Clement`` / ``l'économiste Philippe Martin`` / ``Justice Elena Kagan``:
    titles, an article and role words may precede the name, but no preposition,
    verb or clause word, so the name is the phrase's head and not a complement.
    """
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _BREAK_TOKENS and toks[i - 1].low not in _SUBJECT_STOPS:
        i -= 1
    part = toks[i:]
    if not part:
        return None
    if part[0].low in _OF and i > 1 and toks[i - 1].text == ",":
        return _named_subject(ctx, toks[: i - 1])  # « X, de l'université Y, qui … »: X
    if unnamed_relation(ctx, part) or unnamed_group(ctx, part):
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
    if ent.label == "ORG" and officer_of(head):
        return _Speaker(None, "NP", part[0].start)  # "the head of the FAA": not the FAA
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
    if (titled := titled_publication(ctx, toks[:3])) is not None:
        return titled  # « le quotidien « X » »
    toks = without_brackets([t for t in toks if t.text not in ("«Q»",)])
    words = [t for t in toks if t.text[0].isalnum() or t.text[0] in "'’"]
    while len(words) > 1 and words[-1].low in _SKIP_WORDS and not _named(ctx, words[-1]):
        words.pop()  # « la préfecture jeudi soir »: the time is no part of the speaker
    if len(words) > 1 and words[0].low in _ADVERBIAL_OPENERS:
        # "…, as Smith said": a name speaks; "…, as opposition MPs accused": nobody named
        who = _resolve_tokens(ctx, words[1:], before, appositive=appositive)
        return who if who is not None and who.label != "NP" else None
    pointed = latter_or_former(ctx, words)  # "The latter said": the person named last
    if not words or pointed:
        return pointed
    if words[0].low in _SUBJECT_PRONOUNS and all(w.text.islower() for w in words[1:3]):
        # ``She pauses, then adds``: a pronoun and its first verb, co-ordinated.
        return _pronoun(ctx, words[0].low, words[0].start) if len(words) <= 3 else None
    if len(words) == 1 and words[0].low == "it" and ctx.language == "en":
        return _pronoun(ctx, "it", words[0].start)  # '," it said': the body spoken of
    if words[0].low in _HEADS_OF_PEOPLE:
        named = one_of_named(ctx, words)
        if named is None and words[0].low in _UNNAMED_HEADS:
            return _Speaker(None, "NP", words[0].start)  # "one reporter asked": nobody named
        return named
    cut = verb_after_head(ctx, words)
    end = words[cut].start if cut else words[-1].end
    words = words[:cut] if cut else words
    around = ctx.entity_at(words[0].start)
    if around is not None and around.start < words[0].start and around.end >= end:
        # "the Office of the U.N. High Commissioner for …": the words cut after "U.N."
        # are the end of a longer name, which is the speaker.
        return _Speaker(around.canonical, around.label, around.start)
    ents = ctx.entities_in(words[0].start, end)
    if not any(t.low in _SPOKES_NOUNS for t in words) and (
        unnamed_relation(ctx, words) or unnamed_group(ctx, words)
    ):
        return _Speaker(None, "NP", words[0].start)  # « une collègue de X »: not X
    # A name in brackets glosses the phrase (« l'agence de sauvetage (Basarnas) »).
    ents = [e for e in ents if ctx.text[e.start - 1 : e.start] != "(" or e.start == words[0].start]
    relation = relative_of(ctx, words)
    if relation and words[0].low == "les":
        return relatives_named(ctx, words)  # « les parents de X »: X's parents, not X
    named = None if relation else _named_in_subject(ctx, words, ents)
    if named is not None:
        return named
    # A description: strip the determiner and look for the name it stands for.
    body = words[1:] if words[0].low in _DETERMINERS else words
    if not body:
        return None
    return described(ctx, words, body, ents, before, appositive=appositive, resolve=_resolve_tokens)


_UNNAMED_HEADS = frozenset(("one",))
"""The head of one person a subject leaves unnamed ("one reporter asked"), whose words
go to nobody. Plural heads (« certains », "some") are left unresolved: a later « elle »
or "she" must not take them for its antecedent."""
_SUBJECT_STOPS = _CLAUSE_STOPS | {"what"}
"""Words a subject phrase comes after ("relied on what lawyers call", "about what Ann
Roe, a pollster, calls")."""
_ADVERBIAL_OPENERS = frozenset("as while whereas although though because since".split())
"""Words opening an adverbial clause whose subject is no speaker unless named."""


def _named_in_subject(ctx: _Context, words: list[_Tok], ents: list[Entity]) -> _Speaker | None:
    """A name inside the subject: a person first, else the body or title it names."""
    # « par la fédération X », « par la FDSEA »: the word after the determiner opens
    # the subject, a body's lowercase noun or the whole rest of the phrase.
    determined = len(words) > 1 and words[0].low in _DETERMINERS
    opening = words[0].start
    if determined and (words[1].text.islower() or heads_phrase(ctx, words)):
        opening = words[1].start
    free = [
        e
        for e in ents
        if (not _after_preposition(ctx, e.start) or e.start in (words[0].start, opening))
        and not _possessive(ctx.text, e.end)
        and (e.label != "LOC" or place_as_subject(words, e))
        and not portfolio(ctx, e)  # « le ministre de l'Agriculture »: the brief
        and not names_a_group(ctx, e)  # "Haskett aides said": the aides
    ]  # a place speaks only as the subject itself ("Washington said"), not inside it
    owned = [e for e in ents if _possessive(ctx.text, e.end) and e.end < words[-1].end]
    # « un transporteur de Saint-Lénac »: a noun after « un » is the subject; the name
    # right after its « de » says where the person is from, even when read as a person's.
    whence = len(words) > 3 and words[0].low in ("un", "une") and words[2].low == "de"
    whence = whence and words[1].text.islower() and words[1].text.isalpha()
    rest = [e for e in ents if e not in owned and not (whence and e.start == words[3].start)]
    for group in (free, rest):
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
    free = [e for e in free if not qualifies_a_person(ctx, words, e)]  # "a Voss aide"
    if free:
        # « La CFDT du groupe X »: a name right after the determiner heads the phrase
        heads = determined and free[0].start == words[1].start
        e = free[0] if heads or ctx.entity_at(words[0].start) is not None else free[-1]
        return _Speaker(e.canonical, e.label, e.start)
    return placed_body(ctx, words, ents)  # « la police d'Orlando »: the body, not the town
