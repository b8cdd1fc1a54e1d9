"""A relative a possessive points to: "Her brother is already planning …", « son fils ».

Siblings, children and parents usually bear the family name of the person the
possessive stands for, so "her brother" is the one the article introduced as her
brother, else the one other person it names with that family name; when nobody else
bears it, the relative is someone unnamed, and never the owner (a pronoun after "Her
brother is …" is not her).
"""

from __future__ import annotations

from collections.abc import Callable

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.described_subject import acts_next
from tui.core.quotes.role_holders import introduced_as
from tui.core.text import fold

Owner = Callable[[str, int], "_Speaker | None"]
"""Resolves a pronoun at an offset: how the possessive's owner is found."""

_KIN = frozenset(
    fold(w)
    for w in """brother sister son daughter father mother uncle aunt frère sœur fils fille
    père mère oncle tante""".split()
)
"""Relatives who usually bear their owner's family name (spouses often do not)."""

_OWNERS = {"his": ("he",), "her": ("she",), "son": ("il", "elle"), "sa": ("il", "elle")}
"""Singular possessives and the pronouns that find whom they stand for."""


def relative_named(
    ctx: _Context, words: list[_Tok], body: list[_Tok], owner_of: Owner
) -> _Speaker | None:
    """The relative ``words[0]`` + ``body`` names ("her brother"), found as the module
    says; ``None`` when the phrase is no relative under a possessive."""
    if words[0].low not in _OWNERS or len(body) != 1 or fold(body[0].text) not in _KIN:
        return None
    introduced = introduced_as(ctx, fold(body[0].text), words[0].start)
    if introduced is not None:  # « Son fils, Gaël X, a repris … Son fils a … »
        return _Speaker(introduced, "PER", words[0].start)
    found = [who for pron in _OWNERS[words[0].low] if (who := owner_of(pron, words[0].start))]
    owner = max(found, key=lambda who: who.at) if found else None
    if owner is None or owner.label != "PER" or not owner.name:
        return _Speaker(None, "NP", words[0].start)
    family = owner.name.split()[-1]
    kin = {
        e.canonical
        for e in ctx.entities
        if e.label == "PER"
        and e.canonical != owner.name
        and len(e.canonical.split()) > 1
        and e.canonical.split()[-1] == family
        and not ctx.in_quote(e.start)
    }
    if len(kin) != 1:
        return _Speaker(None, "NP", words[0].start)
    return _Speaker(kin.pop(), "PER", words[0].start)


def relative_subject(
    ctx: _Context, sentences: list[list[_Tok]], owner_of: Owner
) -> _Speaker | None:
    """The named relative opening one of the ``sentences`` just before a pronoun
    (nearest first) and acting there ("Her brother is already planning … “…,” he says"); « Son père
    était marin. La musique, il la découvre … » leaves the pronoun to the son."""
    for sentence in sentences:
        if len(sentence) > 2 and acts_next(ctx, sentence[2]):
            relative = relative_named(ctx, sentence[:1], sentence[1:2], owner_of)
            if relative is not None and relative.name:
                return relative  # an unnamed one may be a family's background, no subject
    return None
