"""A body quoted by its initials after the text spelled it out as a description.

« …, selon l'agence régionale de santé de Bretagne. « … », promet l'ARS »: the
description names a body no entity holds (French writes it in lowercase), and the
initials stand for the same body. The reader should see one speaker, under the name
the text spelled out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.core.entities.patterns import FUNCTION
from tui.core.models import Quote
from tui.core.name_aliases import acronym_letters

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def spelled_out(quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with each speaker written as initials given the one spelled-out
    speaker of the article those initials stand for."""
    speakers = {q.speaker for q in quotes if q.speaker and " " in q.speaker}
    out: list[Quote] = []
    for q in quotes:
        letters = acronym_letters(q.speaker) if q.speaker else None
        full = [s for s in speakers if letters and _spells(s, letters)] if letters else []
        out.append(replace(q, speaker=full[0]) if len(full) == 1 else q)
    return out


def _spells(phrase: str, letters: str) -> bool:
    """Whether the content words of ``phrase`` open on ``letters``, the rest naming the
    place the body serves (« agence régionale de santé | de Bretagne »)."""
    words = [re.split("['’]", w)[-1] for w in _WORD.findall(phrase)]
    content = [w for w in words if w.lower() not in FUNCTION]
    initials = "".join(w[0] for w in content).upper()
    if not initials.startswith(letters) or len(content) < len(letters):
        return False
    return all(w[:1].isupper() for w in content[len(letters) :])
