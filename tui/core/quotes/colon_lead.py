"""« Le constat est partagé par X, maire de Lunel : « … » », « Même constat pour X :
« … » », « Un avis que ne partage pas X : « … » »: a sentence whose subject is no
speaker hands the quotation its colon opens to the one person it names.

The lead-in speaks of a view (« le constat », « un avis ») and the person holding
it is named after « par », « pour » or an inverted verb. When that sentence names
one person only, and not as the complement of a noun (« la voiture de X »), the
words after the colon are hers.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _possessive, _Speaker, _Tok
from tui.core.quotes.words import _ARTICLES
from tui.core.text import fold

_COMPLEMENT = frozenset(("de", "du", "des", "d'", "d’", "of"))


def one_named_before_colon(ctx: _Context, sentence: list[_Tok]) -> _Speaker | None:
    """The one person a colon lead-in names outside quotations, if only one."""
    if not sentence:
        return None
    names = {
        e.canonical: e
        for e in ctx.entities_in(sentence[0].start, sentence[-1].end)
        if e.label == "PER" and not ctx.in_quote(e.start)
    }
    if len(names) != 1:
        return None
    (person,) = names.values()
    before = [t for t in sentence if t.end <= person.start]
    if (before and before[-1].low in _COMPLEMENT) or _possessive(ctx.text, person.end):
        return None  # « la maison de X a brûlé : », "X's parents wrote:": not X
    return _Speaker(person.canonical, "PER", person.start)


def person_set_before(ctx: _Context, sentence: list[_Tok], body: _Speaker) -> _Speaker | None:
    """The person a colon lead-in names before the body it took for its subject, when
    the body only qualifies her after a comma (« pour X, déléguée CGT : »)."""
    person = one_named_before_colon(ctx, sentence)
    if person is None or body.name is None or person.at >= body.at:
        return None
    return person if "," in ctx.text[person.at : body.at] else None


_REACTIONS = frozenset(
    fold(w)
    for w in """réaction réponse riposte réplique commentaire verdict avis constat reaction
    response retort verdict""".split()
)
"""Nouns a colon lead-in opens on to hand the floor to whoever it names (« Réaction
immédiate de la CGT : »)."""
_OF_WHOM = _COMPLEMENT | {"chez", "from"}


def reaction_of(ctx: _Context, sentence: list[_Tok]) -> _Speaker | None:
    """The one person or body a reaction lead-in names after « de » or "from"
    (« Réaction immédiate de la CGT : », "Reaction from the union was swift:")."""
    if not sentence or fold(sentence[0].low) not in _REACTIONS:
        return None
    named = [
        e
        for e in ctx.entities_in(sentence[0].start, sentence[-1].end)
        if e.label in ("PER", "ORG") and not ctx.in_quote(e.start)
    ]
    if len({e.canonical for e in named}) != 1:
        return None
    before = [t for t in sentence if t.end <= named[0].start and t.low not in _ARTICLES]
    if not before or before[-1].low not in _OF_WHOM:
        return None
    return _Speaker(named[0].canonical, named[0].label, named[0].start)


_UNNAMED_WRITER = re.compile(
    r"\b(?:message|lettre|courrier|mot|témoignage|texto|SMS|mail|courriel|note|letter|"
    r"text|email|post)\s+(?:d['’]une?|from\s+an?|of\s+an?)\s+[^:«»“”.!?\n]{1,60}:\s*$",
    re.IGNORECASE,
)
"""A message the text says an unnamed person wrote, opening the quotation with a colon
(« avant de lire le message d'un allocataire : « … » », "a letter from a reader:")."""


def unnamed_writer(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` is a message the lead-in gives to someone unnamed: its
    words are that person's, whoever reads them out."""
    open_mark = ctx.spans[k][0]
    lo = max(ctx.line_start(open_mark), open_mark - 120)
    return _UNNAMED_WRITER.search(ctx.text, lo, open_mark) is not None
