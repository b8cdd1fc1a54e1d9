"""Subject pronouns a clause opens on, read where the parse is not at hand.

« Dans un communiqué, elle se dit … », "said she would not comment, but added …":
whether a pronoun is the subject of the verb that reports, and whether a verb after
« et » / "but" still has the main clause's subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.quotes.incise_verbs import THIRD_PERSON_OBJECTS
from tui.core.quotes.speech_verbs import AUXILIARIES, is_speech_verb
from tui.core.quotes.words import _SUBJECT_PRONOUNS, REFLEXIVE_OR_NEGATION

_CLITICS_BEFORE_VERB = REFLEXIVE_OR_NEGATION | THIRD_PERSON_OBJECTS | {"y", "en"}


_ADVERBS = frozenset(
    """toutefois ensuite aussi également encore déjà notamment pourtant cependant
    néanmoins même alors enfin donc ainsi""".split()
)
"""Adverbs between an auxiliary and its participle (« elle a toutefois averti »)."""


def set_off_pronoun(left: Sequence[Any]) -> Any | None:
    """« elle » right after a comma and before its verb, clitics and auxiliary (« Dans
    un communiqué, elle se dit », « Sur les réseaux, elle a promis »): the subject, not
    an emphatic « X, elle, a dit »."""
    i = len(left) - 1
    while i > 1 and (left[i].low in _ADVERBS or left[i].low.endswith("ment")):
        i -= 1  # « elle a toutefois averti »
    if i > 1 and left[i].low in AUXILIARIES:
        i -= 1
    while i > 0 and left[i].low in _CLITICS_BEFORE_VERB:
        i -= 1
    if i > 0 and left[i].low in ("elle", "elles") and left[i - 1].text == ",":
        return left[i]
    return None


def main_subject_shared(left: Sequence[Any], language: str) -> bool:
    """Whether a verb after « et » / "but" shares the main clause's subject: no
    subject pronoun opens a clause of its own before it, save one a verb of saying
    reports ("said she would not comment, but added that …")."""
    return all(
        i > 0 and is_speech_verb(left[i - 1].text, language)
        for i, x in enumerate(left)
        if x.low in _SUBJECT_PRONOUNS
    )
