"""Who acts through a clause the parser hung on a role or a participle set off by commas.

« X, présidente de l'association Y, qui appelle à … », « le chef de l'organisation X,
qui déclare … »: the parser hangs the relative on the role noun, but the words are
the person's the role describes, whom the sentence names next to it. « L'évêque, reçu
à la mairie, appelle … » and « Le maire, invité à la préfecture, appelle … »: the
parser may make the noun or the participle the root and hang the verb on it, and the
noun still acts.
"""

from __future__ import annotations

from typing import Any


def apposition_head(token: Any, pronoun: int) -> Any:
    """The name a relative's antecedent is the role of (« X, présidente de l'association
    Y, qui appelle à… »: X, not Y): up the complements to an apposition of a name; else
    the name the role ends on, right before « , qui » (« le chef de l'organisation X,
    qui déclare »: X)."""
    t, steps = token, 0
    while t.dep_ in ("nmod", "flat:name") and t.head.i != t.i and steps < 4:
        t, steps = t.head, steps + 1
    if t.dep_ == "appos" and t.head.pos_ == "PROPN":
        return t.head
    if t.dep_ == "appos":
        names = [c for c in t.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        names = [c for c in names if c.i < t.i]
        if names:
            return names[-1]  # the parser hung both on a noun before them
    last = token.doc[pronoun - 2] if pronoun > 1 else token
    while last.dep_ == "flat:name" and last.head.i < last.i:
        last = last.head
    return last if last.dep_ == "appos" and last.pos_ == "PROPN" and token.i < last.i else token


def before_set_off_participle(verb: Any) -> Any | None:
    """The subject of a past participle the parser made the root when commas set it off
    after a noun (« Le maire, invité à la préfecture, appelle … »: « invité » as the
    root, « appelle » hung on it): the noun acts through the verb after the commas."""
    participle = verb.head
    if verb.dep_ != "parataxis" or participle.i >= verb.i or participle.dep_ != "ROOT":
        return None
    if "Part" not in participle.morph.get("VerbForm") or participle.lower_.endswith("ant"):
        return None
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return None
    if any(c.dep_.startswith("aux") for c in participle.children):
        return None  # « a été reçu »: the participle is the clause's own verb
    subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
    return subjects[0] if subjects else None


def qualified_noun(participle: Any) -> Any | None:
    """The noun a participle set off by commas qualifies, when the parser hung the
    reporting verb after it on the participle and left the noun without a verb
    (« L'évêque, reçu à la mairie, appelle … »: « évêque » as the root): it is the one
    who acts."""
    noun = participle.head
    if participle.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if "Part" not in participle.morph.get("VerbForm") or participle.lower_.endswith("ant"):
        return None
    return None if has_preposition(noun) else noun


def has_preposition(token: Any) -> bool:
    """Whether the parser hung a preposition on ``token`` (« à l'AFP », « de la ville »):
    a complement, which no subject of a verb is."""
    return any(c.dep_ == "case" for c in token.children)
