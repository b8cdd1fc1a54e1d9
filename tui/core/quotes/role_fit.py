"""Whether a person the article introduced may be the one a later role re-describes.

The roles a person was introduced with rule some out: the presiding judge is never
« le prévenu », the Belgian never « l'Italien », the actress never « la cinéaste »,
and a secretary of state never "the prime minister".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.core.quotes.constraints import national_word
from tui.core.quotes.offices import another_office, heads_government
from tui.core.quotes.role_holders import SAME_PERSON, re_describes, roles_of
from tui.core.quotes.trial_parts import party
from tui.core.text import fold

if TYPE_CHECKING:
    from tui.core.quotes.context import _Context, _Tok


def held_otherwise(ctx: _Context, name: str | None, head: str, body: list[_Tok]) -> bool:
    """Whether ``name`` was introduced in a part that rules out the role ``body``
    (headed by ``head``, folded)."""
    top = heads_government(tuple(fold(t.text) for t in body))
    return (
        _deputy_only(ctx, name, head)
        or _other_party(ctx, name, head)
        or _other_trade(ctx, name, head, top=top)
        or _other_nation(ctx, name, head)
    )


def _deputy_only(ctx: _Context, name: str | None, head: str) -> bool:
    """Whether ``name`` was introduced as the deputy of the office ``head`` names, and
    never as its holder (« le maire adjoint, X » is not « le maire »)."""
    if name is None:
        return False
    theirs = roles_of(ctx, name)
    return any(key[0] == head and another_office(key) for key in theirs) and (head,) not in theirs


def _other_party(ctx: _Context, name: str | None, head: str) -> bool:
    """Whether ``name`` was introduced playing another part than ``head`` does (« la
    présidente, X » is not « le prévenu » nor « le témoin »)."""
    part = party(head)
    if name is None or part is None:
        return False
    theirs = {p for key in roles_of(ctx, name) if (p := party(key[0]))}
    return bool(theirs) and not any(re_describes(part, t) for t in theirs)


def _other_trade(ctx: _Context, name: str | None, head: str, *, top: bool) -> bool:
    """Whether ``name`` was introduced only in trades that ``head`` never re-describes
    (« l'actrice X » is not « la cinéaste », who may be « la réalisatrice »), or, for
    the ``top`` office of a government, in another office ("the prime minister" is no
    secretary the article named)."""
    if name is None or not (top or head in _TRADES):
        return False
    theirs = {key[0] for key in roles_of(ctx, name)}
    if top:
        return bool(theirs) and head not in theirs and not theirs & _PREMIER_WORDS
    return bool(theirs & _TRADES) and not any(_same_trade(head, t) for t in theirs)


def _same_trade(one: str, other: str) -> bool:
    """Whether two role words may name one person: the same word, or two words of one
    family (« le médecin » and « le docteur », both « le praticien »)."""
    return one == other or any(one in family and other in family for family in _FAMILIES)


_PREMIER_WORDS = frozenset(
    ("premier", "premiere", "prime", "chancelier", "chanceliere", "chancellor")
)
"""Words of the roles that head a government, folded."""

_FAMILIES = tuple(frozenset((head, *heads)) for head, heads in SAME_PERSON.items())
"""Role words news uses for one another, folded, by the word that gathers them."""
_ANY_HOLDER = frozenset(
    """elu elue edile magistrat magistrate parlementaire dirigeant dirigeante patron
    patronne president presidente directeur directrice fondateur fondatrice gerant
    gerante pdg executive boss ceo chairman chairwoman founder owner manager chercheur
    chercheuse universitaire scientifique researcher academic scholar representant
    representante delegue deleguee opposant opposante adversaire rival rivale challenger
    challengeuse opponent general generale""".split()
)
"""Offices and broad words anyone may also hold (a union leader presides, a judge is a
magistrate), a rival's part in a race, whatever the rival's office, and a rank that is
as often an adjective (« secrétaire général »): they rule no trade in or out."""
_TRADES = frozenset().union(*_FAMILIES) - _ANY_HOLDER
"""The trades news re-describes with another word, folded."""


def _other_nation(ctx: _Context, name: str | None, head: str) -> bool:
    """Whether ``name`` was introduced with another country's nationality than ``head``
    names (« le Belge X » is never « l'Italien », but may be « le Liégeois »)."""
    if name is None or not national_word(head):
        return False
    theirs = {k[0] for k in roles_of(ctx, name) if national_word(k[0])}
    return bool(theirs) and not any(_stem(t) == _stem(head) for t in theirs)


def _stem(word: str) -> str:
    """A nationality word without its feminine or plural ending (« italienne »: italien)."""
    return re.sub(r"(?:ne|e)?s?$", "", word)
