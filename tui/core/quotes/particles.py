"""Personal names cut at a lowercase particle (« Marieke de Vries »), joined back.

The extractor may keep « Marieke » and « Vries » apart, or a name may start at its
particle; attribution wants one person per name, so the pieces are joined here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.core.models import Entity

# Lowercase particles inside personal names: Marieke de Vries, Ursula von der Leyen.
_PARTICLE_GAP = re.compile(
    r"(?:[ \u00a0]+(?:van|von|de|der|den|da|das|di|do|dos|du|del|della|la|le|ter|ten"
    r"|bin|ben|ibn|al|el))+[ \u00a0]+"
)
_GLUED_PARTICLE = re.compile(r"[ \u00a0]+(?:al|el)-")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ARTICLE_PARTICLES = frozenset(("le", "la"))
_PARTICLES = frozenset(
    "van von de der den da das di do dos du del della la le ter ten bin ben ibn al el".split()
)
_PARTICLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(«“\"]))((?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]el)"
    r"[ \u00a0]+)+)$"
)


def join_particle_names(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Join a first name and a surname split at a lowercase particle into one person.

    An extractor that stops at « de » gives « Marieke » and « Vries » for *Marieke de
    Vries*; a speaker must be the whole person. The joined mention takes the
    canonical name of an entity spelt that way elsewhere, else its own text, and
    later mentions of the surname alone (« de Vries added », « Vries ») take it too.
    Entities already covering the full name pass through unchanged.
    """
    if not entities:
        return list(entities)
    by_start = {e.start: e for e in entities}
    canon_by_text = {e.text: e.canonical for e in entities if e.label == "PER"}
    out: list[Entity] = []
    surnames: dict[str, str] = {}  # surname canonical or text -> full canonical
    skip_until = -1
    for e in entities:
        if e.start < skip_until:
            continue
        if e.label != "PER":
            out.append(e)
            continue
        joined = _joined_end(text, e.end, by_start)
        if joined is None:
            out.append(e)
            continue
        end, tail = joined
        full = text[e.start : end]
        if " " in e.text.strip() and full not in canon_by_text:
            out.append(e)  # « Jean Dupont du Parti… »: a full name already, then a complement
            continue
        skip_until = end
        resolved = tail is not None and tail.canonical.casefold().endswith(
            full.casefold()[len(e.text) :]
        )
        if (
            resolved
            and tail is not None
            and (e.text.casefold() in _PARTICLES or tail.text != tail.canonical)
        ):
            # « Von der Leyen » opening a sentence, or a surname already resolved.
            out.append(Entity(e.start, end, full, "PER", tail.canonical))
            continue
        canonical = canon_by_text.get(full, full)
        out.append(Entity(e.start, end, full, "PER", canonical))
        surnames[tail.canonical if tail else text[end - len(_last_word(full)) : end]] = canonical
        surnames.setdefault(_last_word(full), canonical)
    if not surnames:
        return out
    renamed = []
    for e in out:
        longer = surnames.get(e.canonical) or (surnames.get(e.text) if e.label == "PER" else None)
        if longer is not None and longer != e.canonical:
            start = _particle_start(text, e.start)
            e = replace(e, start=start, text=text[start : e.end], canonical=longer)
        renamed.append(e)
    return _without_overlaps(renamed)


def _joined_end(
    text: str, end: int, by_start: dict[int, Entity]
) -> tuple[int, Entity | None] | None:
    """Where the surname after a particle ends, and its entity if it has one."""
    gap = _PARTICLE_GAP.match(text, end) or _GLUED_PARTICLE.match(text, end)
    if gap is None:
        return None
    particle = text[end : gap.end()].split()
    tail = by_start.get(gap.end())
    if tail is not None:
        if tail.label == "PER" or (tail.label == "MISC" and " " not in tail.text):
            return tail.end, tail
        return None
    if particle and particle[0] in _ARTICLE_PARTICLES:
        return None  # « Macron le Premier… »: an article, unless a name follows
    word = _NAME_WORD.match(text, gap.end())
    if word is None:
        return None
    return word.end(), None


def _last_word(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _particle_start(text: str, start: int) -> int:
    """Move a surname's start back over the particle written before it (« de Vries »)."""
    m = _PARTICLE_BEFORE.search(text, max(0, start - 20), start)
    return start - len(m.group(1)) if m else start


def _without_overlaps(entities: list[Entity]) -> list[Entity]:
    entities.sort(key=lambda e: e.start)
    kept: list[Entity] = []
    for e in entities:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    return kept
