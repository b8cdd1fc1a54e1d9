"""A body quoted by its initials after the text spelled it out as a description.

« …, selon l'agence régionale de santé de Bretagne. « … », promet l'ARS »: the
description names a body no entity holds (French writes it in lowercase), and the
initials stand for the same body. The reader should see one speaker, under the name
the text spelled out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tui.core.acronyms import initial_words
from tui.core.entities.gazetteer import name_key
from tui.core.models import Quote
from tui.core.name_aliases import acronym_letters


def spelled_out(quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with each speaker written as initials given the one spelled-out
    speaker of the article those initials stand for."""
    speakers = {q.speaker for q in quotes if q.speaker and " " in q.speaker}
    out: list[Quote] = []
    for q in quotes:
        letters = acronym_letters(q.speaker) if q.speaker else None
        full = [s for s in speakers if _spells(s, letters)] if letters else []
        out.append(replace(q, speaker=full[0]) if len(full) == 1 else q)
    return out


def _spells(phrase: str, letters: str) -> bool:
    """Whether the content words of ``phrase`` open on ``letters``, the rest naming the
    place the body serves (« agence régionale de santé | de Bretagne »)."""
    content = initial_words(phrase)
    initials = "".join(name_key(w)[:1] for w in content).upper()
    if not initials.startswith(letters) or len(content) < len(letters):
        return False
    return all(w[:1].isupper() for w in content[len(letters) :])
