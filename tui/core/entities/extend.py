"""Extending a candidate name over the lowercase words that belong to it.

French organisations run on in lowercase ("Conseil national de sécurité") and
some listed names end in a lowercase word ("Nations unies").
"""

from __future__ import annotations

import re

from tui.core.entities.gazetteer import (
    known_label,
    starts_known_name,
)
from tui.core.entities.lexicon import (
    ORG_ADJECTIVE_ENDINGS,
)
from tui.core.entities.patterns import CAP_RUN, FUNCTION, LOWER_WORD, MAX_EXTENSION, PREP
from tui.core.models import EntityLabel


def extend_organisation(text: str, end: int, *, joins: bool = False) -> int:
    """Extend an organisation head over its lowercase tail ("Conseil national de sécurité").

    With ``joins``, "et de" continues it too ("de la santé et de la recherche").
    """
    pos = end
    for _ in range(MAX_EXTENSION):
        adj = LOWER_WORD.match(text, pos)
        if adj and _is_org_adjective(adj.group(1)):
            pos = adj.end()
            continue
        prep = PREP.match(text, pos)
        if prep is None and joins and text.startswith(" et d", pos):
            prep = PREP.match(text, pos + 3)  # "de la santé et de la recherche"
            if prep is not None and CAP_RUN.match(text, prep.end()):
                prep = None
        if prep is None:
            break
        after = prep.end()
        caps = CAP_RUN.match(text, after)
        if caps is not None:
            pos = caps.end()
            tail = LOWER_WORD.match(text, pos)
            if tail and _is_org_adjective(tail.group(1)):
                pos = tail.end()
            continue
        noun = re.match(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[after : after + 40])
        if noun is None or noun.group().lower() in FUNCTION or len(noun.group()) < 3:
            break
        pos = after + noun.end()
    return pos


def _is_org_adjective(word: str) -> bool:
    low = word.lower()
    return low not in FUNCTION and len(low) > 3 and low.endswith(ORG_ADJECTIVE_ENDINGS)


def extend_known(text: str, start: int, end: int) -> tuple[int, EntityLabel] | None:
    """Take one or two following lowercase words when that makes a known name."""
    if not starts_known_name(text[start:end]):
        return None
    pos = end
    for step in range(3):
        nxt = LOWER_WORD.match(text, pos)
        if nxt is None and step:
            # "Santé publique France": a capitalised word may close the listed name.
            nxt = _CAP_WORD.match(text, pos)
        if nxt is None:
            return None
        pos = nxt.end()
        label = known_label(text[start:pos])
        if label is not None:
            return pos, label  # type: ignore[return-value]
        if nxt.re is _CAP_WORD:
            return None
    return None


# One capitalised word after a space, the last word a listed name may end with.
_CAP_WORD = re.compile(r"[ \u00a0][A-ZÀ-Þ][\w’'-]*")
