"""Who « le prévenu », « l'accusée » or "the defendant" is: the person on trial.

Court reports name the defendant once (« Kévin X, 34 ans, … Jeudi, il comparaissait
devant le tribunal ») and then call them by their place in the trial. The defendant
is the one person the article names as appearing, tried, prosecuted or charged,
in the sentence that names them or in the next one, through a pronoun.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _after_preposition, _Context
from tui.core.quotes.words import SENTENCE_PUNCT
from tui.core.text import fold

DEFENDANT_NOUNS = frozenset(("prevenu", "prevenue", "accuse", "accusee", "defendant", "accused"))

_TRIED = re.compile(
    r"\b(?:compar(?:a[iî]|u)\w*|jugée?s?|poursuivie?s?|procès|box|"
    r"mise? en examen|renvoyée?s? devant|accusée?s? d|inculpée?s?|condamnée?s?|en appel|"
    r"(?:on|stood|stands|standing) trial|charged with|pleaded|accused of)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:il|elle|he|she)\b", re.IGNORECASE)
_RELATIVES = (
    "associée? beau-frère belle-sœur mari épouse femme compagne compagnon conjointe? "
    "ex-compagne ex-compagnon fils fille frère sœur père mère voisine? amie? collègue "
    "patron employeur wife husband partner son daughter brother sister father mother "
    "neighbou?r friend colleague boss"
).split()
_COMPLEMENT = re.compile(
    r"\b(?:de|du|d['’]|of)\s+(?:son|sa|ses|leur|his|her|their)\s+(?:"
    + "|".join(_RELATIVES)
    + r"),\s*$",
    re.IGNORECASE,
)
"""« accusé du meurtre de son associé, X »: X completes the charge, not the accused."""


def defendant(ctx: _Context, head: str, before: int) -> str | None:
    """The one person named as on trial before ``before``, when ``head`` (folded) is a
    defendant's noun; ``None`` when nobody or several are."""
    if fold(head) not in DEFENDANT_NOUNS:
        return None
    tried = {
        e.canonical
        for e in ctx.entities
        if e.start < before
        and e.label == "PER"
        and not ctx.in_quote(e.start)
        and not _after_preposition(ctx, e.start)
        and not _after_elided_of(ctx.text, e.start)
        and not _COMPLEMENT.search(ctx.text, max(0, e.start - 60), e.start)
        and _TRIED.search(_said_of(ctx.text, e.start, before))
    }
    gender = _NOUN_GENDER.get(fold(head))
    if len(tried) > 1 and gender is not None:  # « le prévenu » of a couple on trial
        tried = {name for name in tried if ctx.gender_of(name) == gender}
    return next(iter(tried)) if len(tried) == 1 else None


_NOUN_GENDER = {"prevenu": "m", "accuse": "m", "prevenue": "f", "accusee": "f"}
"""The gender a French defendant's noun gives the one on trial."""


def _after_elided_of(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows an elided « d' » (« jugé pour la mort
    d'X »): the victim, never the one on trial."""
    before = text[max(0, start - 3) : start].lower()
    return before[1:] in ("d'", "d’") and not before[:1].isalpha()


def _said_of(text: str, at: int, before: int) -> str:
    """The sentence naming someone at ``at``, with the next sentence when it opens on a
    pronoun (« X, 34 ans, … . Jeudi, il comparaissait… »)."""
    starts = [m.end() for m in SENTENCE_PUNCT.finditer(text, max(0, at - 400), at)]
    lo = max([max(0, at - 400), *starts, text.rfind("\n", 0, at) + 1])
    first = SENTENCE_PUNCT.search(text, at, before)
    line_end = text.find("\n", at, first.start() if first else before)
    if line_end >= 0:
        return text[lo:line_end]  # a headline's line ends its sentence, and no pronoun after
    if first is None:
        return text[lo:before]
    second = SENTENCE_PUNCT.search(text, first.end(), before)
    following = text[first.end() : second.start() if second else before]
    return text[lo : first.end()] + (following if _PRONOUN.match(following) else "")
