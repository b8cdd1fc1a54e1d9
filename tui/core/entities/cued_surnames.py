"""English: a surname that a person's cue follows makes the full name a person.

English copy gives a person's full name once, often where nothing marks it as one
("Femi Adebanjo's revival of the play"), then the surname alone where something does
("Adebanjo, who grew up in a fishing town, said"). A given name no list holds leaves
both unlabelled, since a capitalised run alone is never a person. This pass reads the
cue on the surname back into the full name: the run of two or three name words that
ends on it is the person, and so is the surname, so the article counts one person.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.entities.gazetteer import english_lowercase_words, known_label, name_key
from tui.core.entities.guess import unsupported
from tui.core.entities.lexicon import LOC_TAILS, ORG_TAILS, ORG_TRIGGERS
from tui.core.entities.persons import follows_as_person
from tui.core.entities.shape import is_name_word

Span = tuple[int, int, str]


def with_cued_surnames(text: str, found: Sequence[Span]) -> list[Span]:
    """``found`` with the unlabelled full names whose surname a person's cue follows
    elsewhere, and those surnames, labelled PER."""
    by_surname = _unlabelled_full_names(text, found)
    if not by_surname:
        return list(found)
    cued = {
        text[s:e]
        for s, e, label in found
        if text[s:e] in by_surname and unsupported(label) and follows_as_person(text, e)
    }
    if not cued:
        return list(found)
    people = {k for surname in cued for k in by_surname[surname]}
    return [
        (s, e, "PER")
        if k in people or (unsupported(label) and text[s:e] in cued)
        else (s, e, label)
        for k, (s, e, label) in enumerate(found)
    ]


def _unlabelled_full_names(text: str, found: Sequence[Span]) -> dict[str, list[int]]:
    """The unlabelled runs of two or three name words, by their last word, when that
    word may be a surname (no word of the language, no place's or company's tail)."""
    out: dict[str, list[int]] = {}
    for k, (s, e, label) in enumerate(found):
        words = text[s:e].split()
        if not unsupported(label) or not 2 <= len(words) <= 3:
            continue
        if not all(is_name_word(w) for w in words) or any(known_label(w) for w in words):
            continue
        last = words[-1]
        key = name_key(last)
        if key in LOC_TAILS or key in ORG_TAILS or key in ORG_TRIGGERS:
            continue
        if last.lower() in english_lowercase_words():
            continue
        out.setdefault(last, []).append(k)
    return out
