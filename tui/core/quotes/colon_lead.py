"""« Le constat est partagé par X, maire de Lunel : « … » », « Même constat pour X :
« … » », « Un avis que ne partage pas X : « … » »: a sentence whose subject is no
speaker hands the quotation its colon opens to the one person it names.

The lead-in speaks of a view (« le constat », « un avis ») and the person holding
it is named after « par », « pour » or an inverted verb. When that sentence names
one person only, and not as the complement of a noun (« la voiture de X »), the
words after the colon are hers.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context, _Speaker, _Tok

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
    if before and before[-1].low in _COMPLEMENT:
        return None  # « la maison de X a brûlé : »: X is not who speaks
    return _Speaker(person.canonical, "PER", person.start)


def person_set_before(ctx: _Context, sentence: list[_Tok], body: _Speaker) -> _Speaker | None:
    """The person a colon lead-in names before the body it took for its subject, when
    the body only qualifies her after a comma (« pour X, déléguée CGT : »)."""
    person = one_named_before_colon(ctx, sentence)
    if person is None or body.name is None or person.at >= body.at:
        return None
    return person if "," in ctx.text[person.at : body.at] else None
