"""Who does the reporting: the subject of the reporting verb a parse found.

Its own subject (after it in an incise or an inversion), the subject of the verb it
hangs on (« X a assuré …, avant d'ajouter : « … » »), the agent of a reporting
participle (« qualifié de « … » par X »: the one named after « par » speaks, the
one qualified does not), else, when the parser left a conjugated verb without
any subject, the noun phrase written right before it (French puts the subject
there: « X, président du club, estime qu'« … » », « X le qualifiant « … » »).
An impersonal « il » (« il s'agit ») is nobody's subject.
"""

from __future__ import annotations

import re
from typing import Any

from tui.core.quotes.context import _Context, _Speaker
from tui.core.quotes.latter import CONCERNED, latter_referent
from tui.core.quotes.parsed_appositions import (
    before_set_off_participle,
    has_preposition,
    qualified_noun,
)
from tui.core.quotes.speech_verbs import SPEECH_NOUNS, split_inverted
from tui.core.quotes.words import _SKIP_WORDS, _SUBJECT_PRONOUNS
from tui.core.text import fold

_SUBJECT_DEPS = frozenset(("nsubj", "csubj", "expl:subj"))
"""A reporting verb's own subject (the parser takes some « il » for impersonal)."""
_SHARED_DEPS = frozenset(("nsubj", "nsubj:pass", "csubj"))
"""The subject a verb shares with the verb it hangs on: a passive subject too (« il a
été reçu puis a déclaré … »), never an impersonal one (« il s'agit d'un « … » »)."""
_SHARES_SUBJECT = frozenset(("conj", "xcomp", "advcl"))
"""How a verb without a subject hangs on the verb whose subject it shares."""
_CLITICS = frozenset(
    "le la les l' l’ lui leur se s' s’ y en ne n' n’ me m' m’ te t' t’ nous vous".split()
)
_NOMINAL_LINKS = frozenset(("nmod", "amod", "appos", "flat", "flat:name", "nummod", "det"))
"""Links inside a noun phrase, climbed from its last word to its head."""


def subject(verb: Any, q: Any) -> Any | None:
    """The token standing for whoever speaks through ``verb``, reporting ``q``."""
    incise = verb.i > q.i
    subjects = [
        c
        for c in verb.children
        if c.dep_ in _SUBJECT_DEPS
        and c.i != q.i
        and (not incise or c.i > verb.i)
        and not _marked_complement(c)
    ]
    if subjects:
        found = _past_complement(_apposed_name(subjects))
        return _inverted_before(verb, found) if incise else found
    inverted = split_inverted(verb.text)
    if inverted:
        return verb  # « ajoute-t-il »: the pronoun is part of the token
    for child in verb.children:
        if child.text.startswith("-") and fold(child.text[1:]) in _SUBJECT_PRONOUNS:
            return child
    if incise:
        return _after_inverted(verb)
    agent = _agent(verb)
    if agent is not None or is_passive(verb):
        return agent
    before = _written_before(verb) if _conjugated(verb) else None
    if before is not None:
        return before  # « …, le nouveau chef du parti a déclaré qu'« Q » »
    perceived = _perceived(verb)
    if perceived is not None:
        return perceived
    apposed = before_set_off_participle(verb)
    if apposed is not None:
        return apposed
    # « X a assuré …, avant d'ajouter : « Q » », « X a promis et répété « Q » »: a verb
    # without a subject of its own shares the subject of the verb it depends on.
    head, steps = verb, 0
    while _shares_subject(head) and head.head.i != head.i and steps < 3:
        head, steps = head.head, steps + 1
        for child in head.children:
            if child.dep_ in _SHARED_DEPS and child.i != q.i and child.lower_ != "-t":
                return child
    return qualified_noun(head) if steps else None


_PERCEPTION_STEMS = ("entend", "regard", "ecout", "apercoi", "apercu", "observ")
_SEEING = frozenset("voir vois voit voyons voyez voient voyait voyaient verra vu vue".split())


def _perceived(verb: Any) -> Any | None:
    """Who is heard or seen saying the words (« on entend X répéter « Q » », « on voit
    X lancer « Q » »): an infinitive after a verb of perceiving is done by that verb's
    object, not by its subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm") or head.i == verb.i:
        return None
    word = fold(head.text)
    if word not in _SEEING and not word.startswith(_PERCEPTION_STEMS):
        return None
    seen = [c for c in head.children if c.dep_ == "obj" and head.i < c.i < verb.i]
    return seen[0] if seen else None


def _shares_subject(verb: Any) -> bool:
    """Whether ``verb`` takes its subject from the verb it hangs on; a present participle
    the parser hung on a verb as a noun's clause (« a-t-elle lancé, dénonçant « … » »)
    does too."""
    if verb.dep_ in _SHARES_SUBJECT:
        return True
    return verb.dep_ == "acl" and verb.head.pos_ == "VERB" and verb.lower_.endswith("ant")


def _marked_complement(t: Any) -> bool:
    """Whether a word the parser made a subject carries a preposition (« a indiqué à
    l'AFP le porte-parole »): a complement, as no subject is."""
    return any(c.dep_ == "case" and c.i < t.i for c in t.children)


def _apposed_name(subjects: list[Any]) -> Any:
    """Of two subjects the parser gave one verb (« Le président du groupe X, Paul
    Durand, a dénoncé »), the name a comma sets off after the role: it is the person
    the role describes, where the role's own complement names only a body."""
    first = subjects[0]
    for other in subjects[1:]:
        if other.pos_ == "PROPN" and other.i > 0 and other.doc[other.i - 1].text == ",":
            return other
    return first


def _past_complement(t: Any) -> Any:
    """The name a phrase opens on, when the parser took the name closing its complement
    for the subject (« X, porte-parole du collectif Eau vive, dénonce »: « Eau »): a
    bare name right after a noun of a phrase that a name heads belongs to that phrase.
    Under a role alone (« le porte-parole du gouvernement Y ») the name is the holder."""
    if t.i == 0 or any(c.dep_ in ("det", "case") for c in t.children):
        return t
    before = t.doc[t.i - 1]
    if before.pos_ != "NOUN" or before.head.i >= before.i or before.dep_ not in _NOMINAL_LINKS:
        return t
    head = before
    while head.dep_ in _NOMINAL_LINKS and head.head.i < head.i:
        head = head.head
    if head.pos_ != "PROPN" or has_preposition(head):
        return t
    return head


def _after_inverted(verb: Any) -> Any | None:
    """The first nominal word after an inverted verb that no preposition governs."""
    doc = verb.doc
    for j in range(verb.i + 1, min(len(doc), verb.i + 8)):
        t = doc[j]
        if t.is_punct and t.text != "-":
            return None
        if (
            t.pos_ in ("NOUN", "PROPN", "PRON")
            or _determined(t)
            or (not t.pos_ and t.text[:1].isupper())
        ):
            if _governed(t, verb) or t.lower_ in _SKIP_WORDS:
                continue  # « à l'AFP », « sur franceinfo », « dimanche soir »: circumstances
            return _named_after(t)
    return None


def _governed(t: Any, verb: Any) -> bool:
    """Whether a preposition governs ``t`` or a word it hangs from below ``verb`` (« à
    la télévision publique ERT »: ERT names the channel, not the subject)."""
    while t.i != verb.i:
        if has_preposition(t):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _determined(t: Any) -> bool:
    """A word the parser took for a verb though an article governs it (« un
    supporter »): a noun, since no article takes a verb."""
    return t.pos_ == "VERB" and any(c.dep_ == "det" and c.i == t.i - 1 for c in t.children)


def _inverted_before(verb: Any, found: Any) -> Any:
    """The noun phrase standing right after an incise's verb, when the parser took a
    phrase set off after it for the subject (« », confie un supporter, l'écharpe
    nouée autour du cou »: the supporter speaks, not « l'écharpe »)."""
    first = _after_inverted(verb)
    if first is None or first.i >= found.i or first.pos_ not in ("NOUN", "VERB"):
        return found
    if not any(c.dep_ == "det" for c in first.children):
        return found
    between = verb.doc[max(x.i for x in first.subtree) + 1 : found.i]
    return first if any(t.text == "," for t in between) else found


def _named_after(t: Any) -> Any:
    """The name a comma sets off right after the role ``t`` (« a estimé sa tête de
    liste, Lina X, »), which the parser may hang on the verb; else ``t``."""
    doc = t.doc
    end = max(x.i for x in t.subtree) + 1
    apposed = t.pos_ == "NOUN" and end + 1 < len(doc) and doc[end].text == ","
    return doc[end + 1] if apposed and doc[end + 1].pos_ == "PROPN" else t


_ETRE = frozenset("été est sont était étaient sera seront serait fut furent être".split())


def is_passive(verb: Any) -> bool:
    """A passive reporting verb (« a été qualifié de … »): its subject is described.
    Only « être » makes one: the parser takes some inverted « a-t-il » for passive."""
    return any(c.dep_ == "aux:pass" and c.lower_ in _ETRE for c in verb.children)


def _agent(verb: Any) -> Any | None:
    """The « par X » of a reporting participle (« qualifié de « Q » par X »)."""
    if "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
        return None
    for child in verb.children:
        if child.i > verb.i and child.dep_.startswith("obl"):
            cases = [fold(c.text) for c in child.children if c.dep_ == "case"]
            if cases == ["par"]:
                return child
    return None


def _conjugated(verb: Any) -> bool:
    """A verb that needs a subject: conjugated, in a compound tense, or a present
    participle not led by « en » (whose subject is the main clause's)."""
    doc = verb.doc
    if verb.lower_.endswith("ant"):
        return verb.i == 0 or doc[verb.i - 1].lower_ != "en"
    if "Fin" in verb.morph.get("VerbForm"):
        return True
    return any(c.dep_ == "aux:tense" for c in verb.children)


def _written_before(verb: Any) -> Any | None:
    """The head of the noun phrase right before ``verb`` (clitics, auxiliaries and
    adverbs aside, past an apposition closed by a comma), when no preposition
    governs it: the subject the parser missed."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (
        doc[j].lower_ in _CLITICS
        or doc[j].dep_.startswith(("aux", "expl"))
        or (doc[j].pos_ == "ADV" and doc[j].dep_ == "advmod")
    ):
        j -= 1
    comma = j >= 1 and doc[j].text == ","
    if comma:
        j -= 1
    if j < 0:
        return None
    t = doc[j]
    while t.dep_ in _NOMINAL_LINKS and t.head.i < verb.i and t.head.i != t.i:
        if any(doc[k].text == ":" for k in range(t.head.i + 1, t.i)):
            break  # « Église fermée de X : l'évêque de Namur demande »: the colon ends it
        t = t.head
    if comma and has_preposition(t):
        return _before_circumstance(t)
    if t.pos_ not in ("NOUN", "PROPN") or has_preposition(t):
        return None
    if comma and not any(c.dep_ == "appos" for c in t.children):
        return None  # « Hier soir, estime … »: a circumstance, not an apposition
    return t


def _before_circumstance(circumstance: Any) -> Any | None:
    """The noun phrase a circumstance set off by commas follows (« Le musée, dans un
    message aux visiteurs, qualifie … »), when the parser left that phrase on its own as a
    fragment's root: nothing else in the sentence governs it, so it is the subject."""
    doc = circumstance.doc
    j = circumstance.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    t = doc[j - 1]
    while t.dep_ in _NOMINAL_LINKS and t.head.i < t.i:
        t = t.head
    if t.dep_ != "ROOT" or t.pos_ not in ("NOUN", "PROPN") or t.left_edge.i != 0:
        return None
    return None if has_preposition(t) else t


def floor_given(q: Any) -> Any | None:
    """Who the clause before a colon hands the floor to, when no verb reports the
    quotation after it: the focus of a cleft (« C'est X qui a conclu : « Q » ») or
    whose words a noun names (« La réaction de X ne s'est pas fait attendre : « Q » »)."""
    doc = q.doc
    j = q.i - 1
    while j >= 0 and doc[j].is_punct and doc[j].text != ":":
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    head = doc[j].head
    for x in (head, head.head):
        if _cleft_focus(x):
            return x
    for noun in (head, *(c for c in head.children if c.dep_ == "nsubj")):
        if noun.lower_ in SPEECH_NOUNS:
            for c in noun.children:
                cases = [fold(g.text) for g in c.children if g.dep_ == "case"]
                if c.dep_ == "nmod" and cases[:1] in (["de"], ["du"], ["des"], ["d'"], ["d’"]):
                    return c
    return None


def _cleft_focus(x: Any) -> bool:
    """« C'est X qui … »: ``x`` is the focus of a cleft, the subject of its relative."""
    kids = list(x.children)
    if x.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "cop" for c in kids):
        return False
    if not any(fold(c.text) in ("c'", "c’", "ce") and c.i < x.i for c in kids):
        return False
    return any(
        c.i > x.i and not is_passive(c) and any(g.lower_ == "qui" for g in c.children) for c in kids
    )


_DEMONSTRATIVES = frozenset(("celui-ci", "celle-ci", "dernier", "derniere")) | CONCERNED


def demonstrative(ctx: _Context, token: Any, at: int, sentence_start: int) -> _Speaker | None:
    """What « celui-ci », « ce dernier » stands for: the person or body named last
    before it in its sentence, or, opening a sentence, the last person named before;
    « l'intéressé » is always the last person named before, of its gender."""
    low = fold(token.text)
    if low in ("celui", "celle") and token.i + 1 < len(token.doc):
        low += token.doc[token.i + 1].lower_  # « celui » « -ci » as two tokens
    if low not in _DEMONSTRATIVES:
        return None
    determiners = [fold(t.text) for t in token.doc[max(0, token.i - 1) : token.i]]
    if low.startswith("dernier") and determiners not in (["ce"], ["cette"]):
        return None
    if low in CONCERNED:  # « l'intéressé »: the person the story is about
        if determiners not in (["l'"], ["l’"]):
            return None
        return latter_referent(ctx, at, feminine=low.endswith("ee"))
    feminine = low in ("celle-ci", "derniere")
    if token.i <= 1:  # opening its sentence: the last person named before, of its gender
        return latter_referent(ctx, at, feminine=feminine)
    for e in reversed(ctx.entities_in(sentence_start, at)):
        if e.label not in ("PER", "ORG") or ctx.in_quote(e.start):
            continue
        gender = ctx.gender_of(e.canonical) if e.label == "PER" else None
        if gender is None or (gender == "f") == feminine:
            return _Speaker(e.canonical, e.label, e.start)
    return None


_SET_OFF = re.compile(
    r"(?:\s+[a-zà-ÿ-]+(?:é|ée|és|ées))?(?:\s+(?:à|au|aux|en)\s+[A-ZÀ-Þ][\w'’-]*)?"
    r"\s*,\s*(?:(?:le|la|l['’])\s*(?:[a-zà-ÿ][\w-]*\s+){0,2})?"
)
"""A participle the phrase may end on (« limogé ») or the place of a posting the parse
hung on the verb (« son représentant à Niamey »), a comma, then an article and up to
two lowercase words (« , le libéral », « , le docteur »)."""


def set_off_name(ctx: _Context, end: int) -> _Speaker | None:
    """A person named between commas right after a subject phrase ending at ``end``
    (« Le ministre limogé, le libéral X, a dénoncé »): whom the phrase describes."""
    m = _SET_OFF.match(ctx.text, end)
    if m is None:
        return None
    e = ctx.entity_at(m.end())
    if e is None or e.label != "PER" or e.start != m.end():
        return None
    return _Speaker(e.canonical, "PER", e.start) if ctx.text[e.end : e.end + 1] == "," else None


_APPOSED_GAP = re.compile(r",\s*(?:la|le|les|l['’]|un|une)?\s*")
_OPENS = re.compile(r"(?:^|[.!?»]\s+)$")


def opening_name(ctx: _Context, start: int, kind: str | None) -> _Speaker | None:
    """The name opening the sentence that the subject phrase at ``start`` is set off
    after (« Voltaris, la coentreprise franco-coréenne qui …, a annoncé »), which the
    parser left out of the subject: a body for a body noun, a person for a person's."""
    label = {"body": "ORG", "person": "PER"}.get(kind or "")
    before = [e for e in ctx.entities_in(max(0, start - 80), start) if e.end <= start]
    if label is None or not before:
        return None
    e = before[-1]
    if e.label != label or not _APPOSED_GAP.fullmatch(ctx.text, e.end, start):
        return None
    if not _OPENS.search(ctx.text, max(0, e.start - 3), e.start) and e.start != ctx.line_start(
        e.start
    ):
        return None
    return _Speaker(e.canonical, e.label, e.start)
