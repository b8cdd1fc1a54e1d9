"""One name, one label, throughout an article: the repeats of a name already found.

An article names a person in full once (« Kim Jong-un ») and then by the surname or
family name alone (« Kim »), and repeats places and organisations without the cue
that labelled them the first time. Every engine holds its spans to this: an unmarked
repeat of a name the article itself gives takes that name's label. Only names found
in the same article are repeated; nothing unknown ever becomes an entity here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from tui.core.entities.guess import unsupported

Span = tuple[int, int, str]

LABELS = ("PER", "LOC", "ORG")
"""The labels worth repeating (a MISC span is too often a title or a slogan)."""

_BOUNDED = r"(?<!\w)(?<![-‐]\d)(?:{})(?!\w)(?![-‐]\d)"
"""A whole word or a hyphen-joined part (« Poutine-Kim »), never part of a code
(« Covid-19 ») or of a longer word: what :func:`bounded_matches` finds, as a regular
expression over the names."""


def with_repeated_names(text: str, found: Sequence[Span], *, english: bool = False) -> list[Span]:
    """``found`` and the unmarked repeats of its names, sorted, never overlapping."""
    spans = sorted(found)
    forms = name_forms(text, spans, english=english)
    if not forms:
        return spans
    # A run no cue labelled takes the label its surface has elsewhere ("But
    # Pemberton-Wray insisted" after "Giles Pemberton-Wray").
    spans = [
        (s, e, forms.get(text[s:e]) or _company_long_form(text[s:e], forms) or label)
        if unsupported(label)
        else (s, e, label)
        for s, e, label in spans
    ]
    names = sorted(forms, key=len, reverse=True)
    starts = [s for s, _, _ in spans]
    added: list[Span] = []
    covered: set[int] = set()
    for s, e in bounded_matches(text, names):
        if (added and added[-1][1] > s) or _part_of_people_word(text, s, e):
            continue
        inside = _parts_inside(spans, starts, s, e)
        if inside is None or (inside and " " not in text[s:e]):
            continue  # a word of a longer name, or a one-word name the model split
        covered.update(inside)
        added.append((s, e, forms[text[s:e]]))
    if not added:
        return spans
    kept = [span for k, span in enumerate(spans) if k not in covered]
    return sorted([*kept, *added])


def _part_of_people_word(text: str, s: int, e: int) -> bool:
    """« Sud » in « le Sud-Africain Henri Schoeman »: part of a word for people, which
    names no place even when the article names the South elsewhere."""
    from tui.core.entities.shape import is_demonym

    start, end = s, e
    while start > 1 and text[start - 1] in "-‐" and text[start - 2].isalpha():
        start -= 2
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end + 1 < len(text) and text[end] in "-‐" and text[end + 1].isalpha():
        end += 2
        while end < len(text) and text[end].isalpha():
            end += 1
    return (start, end) != (s, e) and is_demonym(text[start:end].lower())


def _parts_inside(spans: Sequence[Span], starts: list[int], s: int, e: int) -> list[int] | None:
    """The spans that lie within ``s:e``, when every span it touches does and none
    is the whole of it: « Horizons du Boischaut » found again where the model saw
    only « Boischaut ». None when a span reaches out of it or already is it."""
    i = bisect_right(starts, s)
    if i and spans[i - 1][1] > s and spans[i - 1][0] < s:
        return None
    k = i - 1 if i and spans[i - 1][0] == s else i
    inside: list[int] = []
    while k < len(spans) and spans[k][0] < e:
        if spans[k][1] > e or (spans[k][0], spans[k][1]) == (s, e):
            return None
        inside.append(k)
        k += 1
    return inside


def _company_long_form(surface: str, forms: dict[str, str]) -> str | None:
    """ORG for a run of two to four words opening on a one-word organisation the
    article names elsewhere: "Kessler Home Appliances" after "appliance maker Kessler"."""
    words = surface.split()
    if 2 <= len(words) <= 4 and forms.get(words[0]) == "ORG":
        return "ORG"
    return None


def bounded_matches(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``text`` holds one of ``names`` as a whole word or a hyphen-joined part
    (« Poutine-Kim »), never part of a code (« Covid-19 ») or of a longer word: the
    matches, left to right and never overlapping, that the regular expression
    ``_BOUNDED`` over ``names`` would find, the first name listed winning at a place.

    Found with ``str.find`` per name instead: compiling that expression for every
    article cost more than the rest of this module's work.
    """
    found: list[tuple[int, int, int]] = []
    for rank, name in enumerate(names):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if _stands_alone(text, at, end):
                found.append((at, rank, end))
            at = text.find(name, at + 1)
    found.sort()
    matches: list[tuple[int, int]] = []
    reached = 0
    for start, _, end in found:
        if start >= reached:
            matches.append((start, end))
            reached = end
    return matches


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No word character right before or after, and no ``-digit`` right after (a
    ``digit-`` before is already a word character before)."""
    if start and _is_word(text[start - 1]):
        return False
    if end == len(text):
        return True
    after = text[end]
    return not (_is_word(after) or (after in "-‐" and text[end + 1 : end + 2].isdecimal()))


def _is_word(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def name_forms(text: str, spans: Sequence[Span], *, english: bool = False) -> dict[str, str]:
    """The surfaces worth repeating, each with the label it was first given: every
    name found, and the words of a person's full name that are not common words (of
    English alone in English copy: "Vos" is a surname there, not « vos »)."""
    from tui.core.entities.gazetteer import common_words, english_common_words

    forms: dict[str, str] = {}
    for s, e, label in spans:
        if label in LABELS and e - s > 2 and not unsupported(label):
            forms.setdefault(text[s:e], label)
    common = english_common_words() if english else common_words()
    for s, e, label in spans:
        surface = text[s:e]
        if label != "PER" or " " not in surface:
            continue
        for part in surface.split():
            if len(part) > 2 and part[0].isupper() and part.lower() not in common:
                forms.setdefault(part, "PER")
    return forms
