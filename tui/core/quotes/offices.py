"""Offices news names in more than one way.

« le chef du gouvernement » is the prime minister the article named, or its
chancellor; « le chef de l'État » or « le locataire de l'Élysée » its president;
« la représentante de l'État » the prefect of whatever place. Role linking reads
these tables to tie such a description to the one person the article gave the office.
"""

from __future__ import annotations

SAME_ROLE: dict[tuple[str, ...], tuple[str, ...]] = {
    ("chef", "gouvernement"): ("premier", "ministre"),
    ("cheffe", "gouvernement"): ("premiere", "ministre"),
    ("head", "government"): ("prime", "minister"),
    ("chef", "etat"): ("president",),
    ("cheffe", "etat"): ("presidente",),
    ("head", "state"): ("president",),
    ("locataire", "elysee"): ("president",),
    ("hote", "elysee"): ("president",),
    ("locataire", "maison", "blanche"): ("president",),
    ("hote", "maison", "blanche"): ("president",),
    ("locataire", "matignon"): ("premier", "ministre"),
    ("hote", "matignon"): ("premier", "ministre"),
    ("chef", "diplomatie"): ("ministre", "affaires", "etrangeres"),
    ("cheffe", "diplomatie"): ("ministre", "affaires", "etrangeres"),
    ("top", "diplomat"): ("foreign", "minister"),
    ("representant", "etat"): ("prefet",),
    ("representante", "etat"): ("prefete",),
    ("representant", "ministere", "public"): ("procureur",),
    ("representante", "ministere", "public"): ("procureure",),
    ("representant", "parquet"): ("procureur",),
    ("representante", "parquet"): ("procureure",),
}
"""Two ways news names one office: « le chef du gouvernement » is the prime minister
the article named, « le chef de l'État » or « le locataire de l'Élysée » its
president (the seat stands for the office), « la représentante de l'État » its
prefect, « le représentant du ministère public » (or « du parquet ») the prosecutor."""


def same_role(key: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
    """The usual words for the office ``key`` opens with, and how many of its words
    name it (« locataire de la Maison-Blanche » is three)."""
    for size in (3, 2):
        same = SAME_ROLE.get(key[:size])
        if same:
            return same, size
    return None


_PRESIDENTS = frozenset(("president", "presidente"))
_FOREIGN = ("ais", "aise", "ois", "oise", "ien", "ienne", "een", "eenne", "ain", "aine", "que")
_FOREIGN_WORDS = frozenset("russe turc grec belge suisse serbe croate".split())


def heads_state(role: tuple[str, ...]) -> bool:
    """« président », « président de la République », « présidente brésilienne »: the
    offices « le chef de l'État » stands for, never a president of a senate or a club."""
    if not role or role[0] not in _PRESIDENTS:
        return False
    rest = role[1:]
    if not rest or rest[0] == "republique":
        return True
    return len(rest) == 1 and (rest[0].endswith(_FOREIGN) or rest[0] in _FOREIGN_WORDS)


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


PROSECUTORS = frozenset((("procureur",), ("procureure",)))
"""The office « le représentant du parquet » re-describes, whatever its court."""
_PROSECUTING = frozenset(("procureur", "procureure", "substitut", "substitute"))


def prosecutes(role: tuple[str, ...]) -> bool:
    """« procureure de la République », « substitut du procureur », « vice-procureur »,
    « avocat général »: whoever speaks for the prosecution at a hearing."""
    head = role[1:] if role[:1] == ("vice",) else role
    if head[:1] and head[0] in _PROSECUTING:
        return True
    return head[:2] in (("avocat", "general"), ("avocate", "generale"))


_DEPUTIES = frozenset(("adjoint", "adjointe", "adjoints", "adjointes", "suppleant", "suppleante"))
_COUNSEL = frozenset(("avocat", "avocate", "avocats", "avocates"))


def another_office(role: tuple[str, ...]) -> bool:
    """Whether a role's second word makes another office of its first (folded words):
    a deputy (« la maire adjointe » is not « la maire ») or, for a lawyer, the
    prosecutor of a criminal court (« l'avocate générale » is not « l'avocate »)."""
    if len(role) < 2:
        return False
    return role[1] in _DEPUTIES or (role[0] in _COUNSEL and role[1].startswith("general"))


def state_agent(role: tuple[str, ...]) -> bool:
    """« préfet de l'Indre », « sous-préfète de Millau »: an office of the State."""
    head = role[1:2] if role[:1] == ("sous",) else role[:1]
    return head in STATE_AGENTS
