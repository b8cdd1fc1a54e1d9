"""Whether a described speaker names someone, and whom.

A quote's speaker may be a description (« le porte-parole », « la préfecture »).
Most name nobody, and the quote keeps them only as its ``source``; a few name a
body as surely as a name would: a nationality or a place pins it down (« l'armée
malienne », « la mairie de Lorvenne »), the text capitalises it as an institution
(« la Mairie », « l'Église »), or it repeats a body the text named that way.
"""

from __future__ import annotations

import re

from tui.core.quotes.constraints import (
    _LEADING,
    _SINGULAR,
    _WORD,
    PERSON_NOUNS,
    _head,
    noun_kind,
    phrase_core,
)
from tui.core.quotes.context import _Context
from tui.core.text import fold

_NATIONAL_ENDINGS = (
    "ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "ain", "aine", "and",
    "ande", "que", "ol", "ole",
)  # fmt: skip
"""French national adjectives (« français », « chinoise », « malien », « turque »)."""
_NOT_NATIONAL = frozenset(
    fold(w)
    for w in """mais jamais frais fois mois rien bien ancien ancienne quotidien humain
    humaine prochain prochaine certain certaine urbain urbaine semaine lointain grand
    quand souverain souveraine""".split()
)
_ELIDED = re.compile(r"^\s*[lLdD]['’]")


def names_a_body(phrase: str) -> bool:
    """Whether a description of a body is tied to a name, so it names that body.

    « l'armée malienne », « la diplomatie chinoise », "the Finch campaign", « les
    chefs d'état-major de Séoul »: a nationality or a proper name pins the body
    down, as a name would. « le gouvernement », « la police », "the campaign" name
    nobody, and neither does a description of one person (« un responsable syrien »,
    "a police spokesman").
    """
    phrase = _ELIDED.sub("", phrase)
    core = phrase_core(phrase)
    if noun_kind(phrase) is None or any(w in _SINGULAR and w in PERSON_NOUNS for w in core):
        return False
    from tui.core.entities.gazetteer import demonyms  # data loaded on first use only

    words = _WORD.findall(phrase)
    for i, word in enumerate(words):
        low = fold(word)
        if word[:1].isupper() and low not in _LEADING and (i > 0 or len(words) > 1):
            return True  # « Service de presse », "Finch campaign", « … de Séoul »
        if noun_kind(word) is None and _national(word, low, demonyms()):
            return True
    return False


def _national(word: str, low: str, demonyms: frozenset[str]) -> bool:
    """A nationality adjective written in lower case (« malienne », "french")."""
    if not word.islower() or low in _NOT_NATIONAL or low.endswith("ique"):
        return False
    return low in demonyms or (len(low) > 4 and low.rstrip("s").endswith(_NATIONAL_ENDINGS))


def body_named_before(text: str, phrase: str, end: int) -> str | None:
    """The body a bare description (« l'armée ») stands for when the text, before
    ``end``, named it with a nationality or a place (« l'armée turque », « la mairie
    de Paris »): the nearest such mention."""
    head = _head(phrase)
    if head is None or head[1] != "body" or len(phrase_core(phrase)) != 1:
        return None
    from tui.core.entities.gazetteer import demonyms  # data loaded on first use only

    word = re.escape(re.split("['’]", _WORD.findall(phrase)[-1])[-1])
    found = None
    for m in re.finditer(rf"\b(?i:{word})(?:{_OF_PLACE}|\s+([^\W\d_]+))", text[:end]):
        adjective = m.group(1)
        if adjective is None or _national(adjective, fold(adjective), demonyms()):
            found = m.group(0).strip()
    return found


_OF_PLACE = r"\s+(?:de|du|d['’]|of)\s*(?:la\s+|l['’])?(?:[A-ZÀ-Ý][^\W\d_]+[-\s]?)+"


def named_or_described(
    text: str, speaker: str | None, kind: str, names: set[str], at: int
) -> tuple[str | None, str | None]:
    """``(speaker, source)`` of a quote at ``at``: a name of the article (or one a role
    links to) is the speaker; a description no name resolves (« le porte-parole »)
    is only the source, so the reader learns who spoke without taking it for a name.

    A body the description pins down (« l'armée turque », or « l'armée » after the
    text named it so) is named. A title or slogan (kind other) quotes nobody.
    """
    if speaker is None or kind == "other":
        return None, None
    if speaker in names or names_a_body(speaker):
        return speaker, None
    named = _institution(text, speaker) or body_named_before(text, speaker, at)
    return (named, None) if named else (None, speaker)


def _institution(text: str, phrase: str) -> str | None:
    """« la Mairie », « l'Église », « le Parlement »: a body noun the text capitalises
    after an article names its institution (at a sentence start it would prove
    nothing); the capitalised word, else ``None``."""
    if " " in phrase or noun_kind(phrase) != "body":
        return None
    name = phrase[:1].upper() + phrase[1:]
    found = re.search(rf"\b(?:la|le|les|l['’]) ?{re.escape(name)}\b", text)
    return name if found else None


_APPOSITION_GAP = 90
"""At most this many characters between a role's head and the name set after it."""


def apposed_name(ctx: _Context, k: int, phrase: str | None) -> str | None:
    """The person a role after quotation ``k`` introduces: « …», a déclaré le
    ministre des Transports, Paul Durand. » → Paul Durand.

    The role phrase must stand in the sentence after the closing mark, and the name
    follow it after a comma, closing the sentence or set off by another comma.
    """
    if not phrase or any(e.canonical == phrase for e in ctx.entities):
        return None  # no speaker, or a name already
    text, close = ctx.text, ctx.spans[k][3]
    hi = min(ctx.line_end(close), close + 300)
    stop = re.compile(r"[.!?…«»“”]")
    cut = stop.search(text, close + 1, hi)
    hi = cut.start() if cut else hi
    at = text.find(phrase, close + 1, hi)
    if at < 0:
        return None
    for e in ctx.entities_in(at + len(phrase), hi):
        if e.label != "PER":
            continue  # « le directeur de cabinet du président du Syctom, … »
        gap = text[at + len(phrase) : e.start]
        if len(gap) > _APPOSITION_GAP or not gap.rstrip().endswith(","):
            return None
        tail = text[e.end : hi].strip()
        return e.canonical if not tail or tail.startswith(",") else None
    return None
