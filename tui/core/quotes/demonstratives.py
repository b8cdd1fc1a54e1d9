"""« s'agace cette mère de trois enfants »: a demonstrative role points back.

A demonstrative (« ce », « cet », « cette ») re-describes someone the reader has
just met, as a definite role may: « Sa porte-parole, Émilie Castagné, accuse … « … »,
s'agace cette mère de trois enfants ». The person is the one the paragraph named
last before it whose gender agrees with the demonstrative, if exactly one does.
"""

from __future__ import annotations

from tui.core.quotes.age_anaphora import aged_person
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.role_anaphora import _anaphoric_role, paragraph_role_holder
from tui.core.quotes.topic import central_figure
from tui.core.quotes.words import _DETERMINERS
from tui.core.text import fold

_GENDER = {"ce": "m", "cet": "m", "cette": "f"}
_CIRCUMSTANCES = frozenset("dès lors avant après pendant durant depuis".split())
"""Words opening a circumstance of time after a role, not a complement of it."""


def demonstrative_role(ctx: _Context, det: _Tok, body: list[_Tok]) -> _Speaker | None:
    """The person a demonstrative role stands for, or ``None``."""
    want = _GENDER.get(det.low)
    if want is None or noun_kind(" ".join(t.text for t in body)) != "person":
        return None
    lo = ctx.line_start(det.start)
    people = {
        e.canonical: e
        for e in ctx.entities_in(lo, det.start)
        if e.label == "PER" and not ctx.in_quote(e.start)
    }
    fits = [e for name, e in people.items() if ctx.gender_of(name) in (want, None)]
    if len(fits) != 1:
        return None
    return _Speaker(fits[0].canonical, "PER", det.start)


def role_meant(ctx: _Context, words: list[_Tok], body: list[_Tok], before: int) -> _Speaker | None:
    """The person a role under a determiner stands for: a demonstrative points back,
    a short definite role re-describes (« la championne »), a longer one may be the
    article's central figure (« le boxeur de 23 ans »)."""
    if words[0].low not in _DETERMINERS:
        return None
    det = words[0]
    pointed = demonstrative_role(ctx, det, body) or aged_person(ctx, det, body)
    if pointed is not None:
        return pointed  # « cette mère », "the 28-year-old"
    if len(body) >= 4 and body[-1].low in ("ans", "an") and body[-2].text.isdigit():
        # « l'éleveur de 58 ans »: the article's central figure, else the role alone
        return central_figure(ctx, det, body) or _anaphoric_role(ctx, det, body[:-3], before)
    cut = next((i for i, t in enumerate(body) if i and t.low in _CIRCUMSTANCES), len(body))
    cut = min(cut, _office_of(ctx, body), _portfolio_at(ctx, body))
    if cut <= 3:  # « le prévenu dès l'ouverture des débats »: the role ends at « dès »
        return _anaphoric_role(ctx, det, body[:cut], before)
    central = central_figure(ctx, det, body)
    if central is None and _affiliated(body):  # « l'entraîneur de Loire Handball »
        return paragraph_role_holder(ctx, det, body)
    return central


def _affiliated(body: list[_Tok]) -> bool:
    """A person's role and the body or place it serves (« le président de l'agglo »,
    « le représentant du parquet »): a role the article may have given someone."""
    return (
        len(body) > 2
        and fold(body[1].low) in ("de", "du", "des", "d'", "d’")
        and body[2].low not in ("un", "une")  # « le responsable d'une caisse »: unnamed
        and noun_kind(body[0].text) == "person"
    )


_PORTFOLIO_OPENERS = frozenset("à au aux".split())
_DELEGATED = frozenset(fold(w) for w in "délégué déléguée adjoint adjointe".split())
"""Words that hand an office a brief (« ministre déléguée à », « adjointe au maire »)."""


def _portfolio_at(ctx: _Context, body: list[_Tok]) -> int:
    """Where a French office's brief begins (« la ministre déléguée à la Solidarité »):
    the office before it re-describes its holder as a shorter role does."""
    if ctx.language != "fr" or noun_kind(body[0].text) == "body":
        return len(body)  # « le ministère délégué aux Transports »: a body, whole
    return next(
        (
            i
            for i, t in enumerate(body)
            if i and t.low in _PORTFOLIO_OPENERS and fold(body[i - 1].low) in _DELEGATED
        ),
        len(body),
    )


def _office_of(ctx: _Context, body: list[_Tok]) -> int:
    """Where an English office's field begins ("secretary of state", "chief of staff"):
    at "of" followed by bare words, the office's own; "of the victim" relates it to
    someone else and is kept."""
    if ctx.language != "en":
        return len(body)
    at = next((i for i, t in enumerate(body) if i and t.low == "of"), len(body))
    field = body[at + 1 :]
    bare = bool(field) and all(t.text.islower() and t.low not in _DETERMINERS for t in field)
    return at if bare else len(body)
