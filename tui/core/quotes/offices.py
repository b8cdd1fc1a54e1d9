"""Offices news names in more than one way.

« le chef du gouvernement » is the prime minister the article named, or its
chancellor; « le chef de l'État » its president; « la représentante de l'État » the
prefect of whatever place. Role linking reads these tables to tie such a description
to the one person the article gave the office.
"""

from __future__ import annotations

SAME_ROLE: dict[tuple[str, ...], tuple[str, ...]] = {
    ("chef", "gouvernement"): ("premier", "ministre"),
    ("head", "government"): ("prime", "minister"),
    ("chef", "etat"): ("president",),
    ("head", "state"): ("president",),
    ("representant", "etat"): ("prefet",),
    ("representante", "etat"): ("prefete",),
}
"""Two ways news names one office: « le chef du gouvernement » is the prime minister
the article named, « le chef de l'État » its president, « la représentante de l'État »
its prefect."""


HEAD_OF_GOVERNMENT = frozenset(
    (("chef", "gouvernement"), ("cheffe", "gouvernement"), ("head", "government"))
)
"""Descriptions of whoever heads a government, whatever the office is called there."""
_PREMIERS = (("premier", "ministre"), ("premiere", "ministre"), ("prime", "minister"))
_CHANCELLORS = frozenset(("chancelier", "chanceliere", "chancellor"))


def heads_government(role: tuple[str, ...]) -> bool:
    """« premier ministre », « chancelière allemande »: the offices heading a government."""
    return role[:2] in _PREMIERS or (bool(role) and role[0] in _CHANCELLORS)


STATE_AGENTS = frozenset((("prefet",), ("prefete",)))
"""Offices whose holder the article names with a place (« la préfète du Gard », « la
sous-préfète de Millau ») and re-describes as « le représentant de l'État »."""


def state_agent(role: tuple[str, ...]) -> bool:
    """« préfet de l'Indre », « sous-préfète de Millau »: an office of the State."""
    head = role[1:2] if role[:1] == ("sous",) else role[:1]
    return head in STATE_AGENTS
