"""Role descriptions tied to names, so « le président russe » can speak as a person.

News writing introduces people and bodies once with an apposition (« le président
russe Vladimir Poutine », "Dmitry Peskov, the Kremlin spokesman", "Kremlin spokesman
Dmitry Peskov", « l'agence de presse d'État nord-coréenne KCNA ») and later, often in
another article, quotes them by the role alone. :func:`role_links_in` collects those
appositions from one article; :class:`RoleLinks` gathers them over a corpus and
answers which single name a role stands for, or ``None`` when the corpus ties the
role to several names or to none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from tui.core.models import Entity
from tui.core.quotes.constraints import national_word, noun_kind
from tui.core.quotes.offices import (
    HEAD_OF_GOVERNMENT,
    PROSECUTORS,
    STATE_AGENTS,
    heads_government,
    heads_state,
    prosecutes,
    same_role,
    state_agent,
)
from tui.core.quotes.particles import join_particle_names as join_particle_names
from tui.core.quotes.role_after import role_after
from tui.core.quotes.role_before import role_before
from tui.core.quotes.words import completes_a_noun
from tui.core.text import fold

# Words that carry no meaning in a role: articles, "of" links, possessive endings.
_FILLERS = frozenset(
    "le la les l un une des de du d au aux the a an of its his her their s".split()
)


@lru_cache(maxsize=65_536)
def role_key(description: str) -> tuple[str, ...]:
    """The folded content words of a role, in order (articles and "of" links dropped)."""
    key = _words_of_role(description)
    same = same_role(key)
    if not same:
        return key
    rest = key[same[1] :]
    if rest and national_word(rest[0]):
        rest = rest[1:]  # « le chef de la diplomatie belge »: the office, whose country is known
    return same[0] + rest


def names_an_office(description: str) -> bool:
    """Whether a description names an office another way (« le chef du gouvernement »
    for the prime minister): only a role tied to a name may resolve it."""
    return same_role(_words_of_role(description)) is not None


def _words_of_role(description: str) -> tuple[str, ...]:
    words = re.split(r"[\s\-'’]+", fold(description))
    key = tuple(w for w in (x.strip(".,;:") for x in words) if w and w not in _FILLERS)
    return key[1:] if len(key) > 1 and key[0] in _RANKING else key


_RANKING = frozenset(("principal", "principale"))
"""A French adjective ranking the role it precedes (« son principal adversaire »): the
role is the noun after it."""


_OF_LINK = re.compile(r"\W*(?:l\W+|la\W+|le\W+|les\W+|the\W+)?[\w-]+\s+(?:de|du|des|d\W|of)\s*")
"""A role whose first word takes a complement (« agent du joueur »): its head is that
first word, so the role says nothing of the one the complement names."""


_SUBORDINATE = frozenset(
    "vice deputy assistant associate former ex co sub under lieutenant adjoint adjointe"
    " ancien ancienne sous prime premier premiere first chief attorney".split()
)
"""Words that make another office of the one they precede (« vice-président »)."""


_OFFICES = frozenset(
    """ministre president presidente premier premiere chef cheffe ambassadeur
    ambassadrice maire depute deputee senateur senatrice gouverneur gouverneure juge
    procureur procureure prefet prefete consul""".split()
)
"""Offices a country holds one of: « le ministre français » is no person the text
called « le Français »."""


class RoleLinks:
    """Roles tied to names across a corpus, looked up with precision over recall."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._by_word: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self._complemented: set[tuple[str, ...]] = set()

    def __len__(self) -> int:
        return len(self._names)

    def add(self, description: str, name: str) -> None:
        """Record that the text calls ``name`` by ``description``."""
        key = role_key(description)
        if not key:
            return
        self._names[key].add(name)
        for word in key:
            self._by_word[word].add(key)
        if len(key) > 1 and _OF_LINK.match(fold(description)):
            self._complemented.add(key)  # « l'agent du joueur »: an agent, no player

    def lookup(self, description: str) -> str | None:
        """The one name ``description`` stands for, or ``None`` if none or several.

        An exact role wins. Otherwise a role of two words or more matches the fuller
        roles that contain all its words and share its first or last word (« agence de
        presse nord-coréenne » ⊂ « agence de presse d'État nord-coréenne »); a
        one-word role (« le président ») must match exactly.
        """
        key = role_key(description)
        if not key:
            return None
        exact = self._names.get(key)
        if exact:
            return next(iter(exact)) if len(exact) == 1 else None
        if _words_of_role(description)[:2] in HEAD_OF_GOVERNMENT:
            # « le chef du gouvernement »: a prime minister or a chancellor the text named
            held = {n for role, ns in self._names.items() if heads_government(role) for n in ns}
            return next(iter(held)) if len(held) == 1 else None
        if len(key) == 1 and heads_state(key) and names_an_office(description):
            # « le chef de l'État »: the president of a country, however the text put it
            held = {n for role, ns in self._names.items() if heads_state(role) for n in ns}
            return next(iter(held)) if len(held) == 1 else None
        if key in STATE_AGENTS:  # « la représentante de l'État »: the prefect of any place
            held = {n for role, ns in self._names.items() if state_agent(role) for n in ns}
            return next(iter(held)) if len(held) == 1 else None
        if key in PROSECUTORS and names_an_office(description):  # « du parquet »
            held = {n for role, ns in self._names.items() if prosecutes(role) for n in ns}
            return next(iter(held)) if len(held) == 1 else None
        if len(key) == 1:
            return self._headed_by(key[0])
        if (national := self._of_nationality(key)) is not None:
            return national
        if any(w not in self._by_word for w in key):
            return None
        wanted = set(key)
        candidates = set.intersection(*(self._by_word[w] for w in wanted))
        names: set[str] = set()
        for other in candidates:
            if set(other) >= wanted and (other[0] == key[0] or other[-1] == key[-1]):
                names |= self._names[other]
        return next(iter(names)) if len(names) == 1 else None

    def _of_nationality(self, key: tuple[str, ...]) -> str | None:
        """« l'entraîneur français » after « le Français X »: a person noun and a
        nationality stand for the one person the text called by that nationality,
        when the noun is no office (« le ministre français » may be anyone)."""
        if len(key) != 2 or key[0] in _OFFICES or noun_kind(key[0]) != "person":
            return None
        if not national_word(key[1]):
            return None
        named = self._names.get(key[1:], set())
        return next(iter(named)) if len(named) == 1 else None

    def _headed_by(self, head: str) -> str | None:
        """The one name a role of one qualifier and ``head`` is tied to ("a county
        commissioner in X" for "the commissioner", « maire adjoint » for « l'adjoint »),
        unless the qualifier makes another office of it ("deputy mayor" is no mayor).
        A role opening on the word (« ministre de l'Intérieur » for « le ministre »)
        is no match: one word names too many."""
        names: set[str] = set()
        for other in self._by_word.get(head, ()):
            # One word before the head ("county commissioner"), none of them an office
            # itself after it ("campaign's pollster"), nor one that makes another office.
            heads_it = other.index(head) == 1 and not any(noun_kind(w) for w in other[2:])
            heads_it = heads_it and other not in self._complemented
            if heads_it and other[0] not in _SUBORDINATE:
                names |= self._names[other]
        return next(iter(names)) if len(names) == 1 else None


def role_links_in(text: str, entities: Sequence[Entity]) -> list[tuple[str, str]]:
    """``(role, canonical)`` for every apposition around a person or body in ``text``."""
    out: list[tuple[str, str]] = []
    for ent in entities:
        if ent.label not in ("PER", "ORG") or text[ent.start - 1 : ent.start] == "(":
            continue  # « l'agence de sauvetage (Basarnas) »: a gloss, not who holds a role
        if _ELIDED_END.search(text, max(0, ent.start - 3), ent.start):
            continue  # « le conseil d'État »: a complement, not who holds a role
        for role in _roles_around(text, ent.start, ent.end):
            if role and role_key(role) not in ((), role_key(ent.canonical)):
                if ent.label == "ORG" and noun_kind(role) != "body":
                    continue  # « un pédiatre d'un CHU de l'Ouest »: the CHU is no doctor
                out.append((role, ent.canonical))
                short = _with_initials(text, ent.end, role)
                if short is not None:
                    out.append((short, ent.canonical))
    return out


_INITIALS_GLOSS = re.compile(r"\s*\((?P<short>[A-Z]{2,8})\)")


def _with_initials(text: str, end: int, role: str) -> str | None:
    """The role written with the initials the apposition glosses its body with: « le
    président de l'APCF » for « président de l'Association des … (APCF) », as the article
    calls him further on."""
    found = _INITIALS_GLOSS.search(text, end, end + 200)
    if found is None:
        return None
    written = " ".join(text[end : found.start()].split())
    for m in re.finditer(r"(?<![\w'’])[A-ZÀ-Ý]|(?<=['’])[A-ZÀ-Ý]", role):
        if written.endswith(role[m.start() :]):
            return role[: m.start()] + found.group("short")
    return None


def described_people(text: str, entities: Sequence[Entity]) -> list[tuple[int, str]]:
    """``(offset, canonical)`` of every person the text introduces with a role.

    « la réalisatrice québécoise Maude Tremblay », "Dmitry Peskov, the Kremlin
    spokesman": the people a later bare role (« la cinéaste ») may stand for.
    """
    out: list[tuple[int, str]] = []
    for ent in entities:
        if ent.label != "PER" or text[ent.start - 1 : ent.start] in ("-", "‐"):
            continue  # ``Saint-Affrique`` cut in two: the second half describes nobody
        before = text[max(0, ent.start - 60) : ent.start]
        if completes_a_noun(text, ent.start):
            continue  # « l'affaire X », « le gouvernement X »: X is named, not described
        right = _ROLE_RIGHT_BEFORE.search(before)
        if right and _GOVERNED.search(right.group(0)):
            right = None  # ``the last ferryman of Loch Arrin``: a complement, not a role
        if right or any(_roles_around(text, ent.start, ent.end)):
            out.append((ent.start, ent.canonical))
    return out


# « de la réalisatrice québécoise », "the veteran striker": a role noun group ending
# right before a name, whatever governs it.
_ROLE_RIGHT_BEFORE = re.compile(
    r"(?:^|[\s(])(?:le|la|du|au|the|l['’])\s*(?:[a-zà-ÿ][a-zà-ÿ'’-]+[ \u00a0]+){1,3}$",
    re.IGNORECASE,
)


_GOVERNED = re.compile(
    r"(?<!\w)(?:of|de|du|des|d['’]|at|in|from|for|to|à|au|aux|en|sur|pour)[ \u00a0]+$",
    re.IGNORECASE,
)


# The roles around each name of the latest article: the pipeline, the subject finder
# and the pronoun resolver all ask for the same names of the same text.
_ROLES_SEEN: tuple[str, dict[tuple[int, int], tuple[str | None, str | None]]] = ("", {})


def _roles_around(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """``(_role_before(text, start), role_after(text, end))``, each worked out once."""
    global _ROLES_SEEN
    seen = _ROLES_SEEN
    if seen[0] is not text:
        seen = _ROLES_SEEN = (text, {})
    roles = seen[1].get((start, end))
    if roles is None:
        # "…, Mathieu X." or "…, Mathieu X," closes the apposition
        closing = text[end : end + 2].lstrip().startswith((".", ","))
        roles = seen[1][start, end] = (
            role_before(text, start, closing=closing),
            role_after(text, end),
        )
    return roles


_ELIDED_END = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}['’]$")
"""An elided word (« d' », « l' », « qu' ») written against the name that follows."""
