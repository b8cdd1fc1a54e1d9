"""Which verb of a parsed sentence reports a masked quotation.

An incise right after the quotation (« …, a-t-il ajouté »), else the verb the parse
shows governing it, walking up at most four links through complements. A verb of
saying counts wherever it governs; a verb of thinking, judging or thanking only
when the quotation is its complement (« X pensait que … « … » »), a verb of calling
on someone only with « à » (« X appelle à « … » »), and « faire part / état de »
reports through its noun. When the parser hangs the reporting verb under the
quotation instead (« comme l'indique X : « … » », « X le qualifiant « … » »), the
verb just before the quotation among its dependents is taken.
"""

from __future__ import annotations

from typing import Any

from tui.core.quotes.context import _Context
from tui.core.quotes.label_cue import call_to
from tui.core.quotes.speech_verbs import is_speech_verb, judging_kind, split_inverted
from tui.core.text import fold

UP_DEPS = frozenset(
    ("ccomp", "xcomp", "obj", "iobj", "obl", "obl:arg", "appos", "dep", "advcl", "conj", "cop")
)
"""Links from a clause up to the verb that may report it."""
_COMPLEMENTS = frozenset(("ccomp", "xcomp", "obj", "obl:arg", "iobj"))
"""Links by which a quotation is what a verb of thinking or calling governs."""
_REFLEXIVE = frozenset(("s'", "se", "s’"))
_FAIRE = frozenset("fait font faisait faisaient fera feront ferait faire faisant".split())
_THROUGH_NOUN = frozenset(("part", "etat"))
"""« faire part de », « faire état de »: reporting through a noun."""
_TO = frozenset(("à", "a", "au", "aux"))


def is_speech(token: Any, *, after_quote: bool) -> bool:
    """A reporting verb: the broad lexicon right after a quotation, strong ones
    elsewhere; a capital only on the sentence's first word, a form more often a
    noun only when the parse tags it a verb."""
    text = token.text
    inverted = split_inverted(text)
    word = inverted[0] if inverted else text
    as_verb = token.pos_ == "VERB"
    if not word[:1].islower() and not (as_verb and token.i == 0):
        return False
    if token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children):
        return False  # « le report « Q » »: a noun with its article, whatever it spells
    return is_speech_verb(word, "fr", strong=not after_quote, as_verb=as_verb)


def _incise_verb(doc: Any, j: int) -> bool:
    """A verb right after a quotation reports it: one of the lexicon, or any verb the
    incise shape marks (« s'enthousiasme X », « sourit-elle »): a reflexive before it,
    or a pronoun joined to it. A present participle never does."""
    token = doc[j]
    if token.lower_.endswith("ant"):
        return False  # « … » faisant deux victimes: a participle goes on with the sentence
    if is_speech(token, after_quote=True):
        return True
    if not token.text[:1].islower() or not token.text.replace("-", "").isalpha():
        return False
    return fold(doc[j - 1].text) in _REFLEXIVE or split_inverted(token.text) is not None


def reporting_verb(ctx: _Context, q: Any, k: int) -> Any | None:
    """The verb reporting the placeholder ``q`` of quotation ``k``: an incise right
    after it, else the verb that governs it (« X a déclaré : « Q » », « X a estimé
    que … « Q » »), else a reporting verb the parser hung under it."""
    doc = q.doc
    j = q.i + 1
    while j < len(doc) and (
        doc[j].is_punct or doc[j].dep_.startswith("aux") or fold(doc[j].text) in _REFLEXIVE
    ):
        j += 1
    while j < len(doc) and doc[j].dep_ == "advmod" and doc[j].text.islower():
        j += 1
    if j < len(doc) and j > q.i + 1 and _incise_verb(doc, j):
        return doc[j]  # « Q », a-t-il ajouté / « Q » explique-t-elle
    node, steps = q, 0
    while node.head.i != node.i and steps < 4:
        if steps and node.dep_ not in UP_DEPS:
            break  # a relative clause or a circumstance: not what the verb reports
        child, node, steps = node, node.head, steps + 1
        if _reports(ctx, node, child, k) or _attributes(node, child, q):
            return node
    return _hung_under(q)


def _reports(ctx: _Context, verb: Any, child: Any, k: int) -> bool:
    """Whether ``verb``, reached from ``child`` walking up from quotation ``k``,
    reports it."""
    if is_speech(verb, after_quote=False):
        return True
    if verb.pos_ != "VERB" or not verb.text[:1].islower():
        return False
    if fold(verb.text) in _FAIRE:
        return any(c.dep_ == "obj" and fold(c.text) in _THROUGH_NOUN for c in verb.children)
    kind = judging_kind(verb.text)
    # « appelle chacun, « … à se recueillir » »: the parser may hang a call's words as
    # a clause of its own, or leave them loose; what they ask for still makes them the call.
    loose = kind == "call" and child.dep_ in ("advcl", "advmod", "dep")
    if kind is None or (child.dep_ not in _COMPLEMENTS and not loose):
        return False
    return kind == "judge" or _calls_for(ctx, k, verb, child)


def _attributes(verb: Any, child: Any, q: Any) -> bool:
    """« X présente le projet comme « Q » », « X voit en elle « Q » »: a verb giving
    its object the quotation as an attribute with « comme » says it in its subject's
    words, whatever the verb (the parse hangs « comme « Q » » on the verb or on the
    object)."""
    if verb.pos_ != "VERB" or not verb.text[:1].islower():
        return False
    if not any(c.dep_ == "case" and c.lower_ == "comme" for c in q.children):
        return False
    return child.i == q.i or (child.dep_ == "obj" and q.head.i == child.i)


def _calls_for(ctx: _Context, k: int, verb: Any, child: Any) -> bool:
    """« à » between the call and quotation ``k``, or opening it: what a call asks
    for (« X appelle les élus à « … » », « X appelle « à … » »)."""
    doc = verb.doc
    q_at = next((t.i for t in doc[verb.i + 1 :] if t.text == "Q"), child.i)
    if any(fold(t.text) in _TO for t in doc[verb.i + 1 : max(verb.i + 1, child.i + 1, q_at)]):
        return True  # « X appelle les parties à « Q » », « à » hung under « parties »
    _, start, end, _ = ctx.spans[k]
    inside = ctx.text[start:end].split()
    return bool(inside and fold(inside[0]) in _TO) or call_to(ctx.text[start:end])


def _hung_under(q: Any) -> Any | None:
    """A reporting verb the parser made a dependent of the quotation, just before it
    (« comme l'indique X : « Q » », « X le qualifiant « Q » »)."""
    for child in reversed(list(q.lefts)):
        if child.i < q.i - 8 or child.pos_ not in ("VERB", "ADJ"):
            continue
        as_verb = child.pos_ == "VERB" or child.lower_.endswith("ant")
        if child.text[:1].islower() and is_speech_verb(child.text, "fr", as_verb=as_verb):
            return child
    return None
