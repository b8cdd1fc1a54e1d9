"""Headlines in title case, read as a sentence.

American papers capitalise every word of a headline ("Haskett Calls Contracts Report
‘a Hoax’ and Vows to ‘Fight Back’"). The cues know a reporting verb by its lowercase
("calls", "vows") and a speaker by its name, so such a headline is read with its words
lowered, offsets unchanged, except the surnames of people the article names: those
stand for the person ("Haskett" for Lorraine Haskett). The quotations keep the
article's own spelling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tui.core.entities.headline import WORD, title_case_end
from tui.core.models import Entity


def sentence_case_headline(
    text: str, entities: Sequence[Entity], language: str
) -> tuple[str, Sequence[Entity]]:
    """``text`` with a title-case English headline's words lowered, and the entities
    without the headline's unconfirmed ones, with its surnames of people named in the
    body added."""
    end = title_case_end(text) if language == "en" else None
    if end is None:
        return text, entities  # most articles: nothing to copy
    body = text[end:]
    # Capitals tell nothing in such a headline: a name there is one the body confirms.
    entities = [e for e in entities if e.start > end or e.text in body]
    names = [(e.start, e.end) for e in entities if e.start < end]
    surnames = _surnames(entities, end)
    head, added = list(text[:end]), []
    for m in WORD.finditer(text, 0, end):
        word = m.group()
        if _in_name(m.start(), names) or not word[0].isupper() or word.isupper():
            continue
        if word in surnames:
            added.append(replace(surnames[word], start=m.start(), end=m.end(), text=word))
        else:
            head[m.start()] = word[0].lower()
    return "".join(head) + text[end:], sorted([*entities, *added], key=lambda e: e.start)


def _surnames(entities: Sequence[Entity], after: int) -> dict[str, Entity]:
    """Last word → the one person of the body with that surname."""
    found: dict[str, list[Entity]] = {}
    for e in entities:
        if e.label == "PER" and e.start > after and " " in e.text:
            found.setdefault(e.text.split()[-1], []).append(e)
    return {w: es[0] for w, es in found.items() if len({e.canonical for e in es}) == 1}


def _in_name(pos: int, names: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in names)
