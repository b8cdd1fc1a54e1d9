"""The entities of an invented text, built from the names the text should contain.

Quote tests hand attribution its entities rather than run the entity extractor, so a
speaker is tested on its own. Each test file says once who its invented texts are
about: people, bodies, places and other names, and which surnames stand alone for a
person (« Paul Durand … Durand », "Xi Jinping … Xi"). A :class:`Cast` then finds
those names in any text and runs the quote extractor over it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from named_entities import locate_names

from tui.core.models import Entity, Quote
from tui.core.quotes.extract import extract_quotes

Found = tuple[str, str | None, str]
"""A quote as the tests compare it: its words, its speaker and its kind."""


@dataclass(frozen=True)
class Cast:
    """The names of a set of invented texts: surface → (label, canonical name)."""

    names: Mapping[str, tuple[str, str]]

    def entities(self, text: str) -> list[Entity]:
        """Every whole-word occurrence of the cast's names in ``text``, longest first."""
        return locate_names(text, self.names)

    def quotes(self, text: str, language: str = "fr", **options: Any) -> list[Quote]:
        """The quotes of ``text`` with the cast as its entities (``parse=`` and
        ``roles=`` go to the extractor)."""
        return extract_quotes(text, self.entities(text), language=language, **options)

    def found(self, text: str, language: str = "fr", **options: Any) -> list[Found]:
        """``(words, speaker, kind)`` of every quote of ``text``."""
        return [(q.text, q.speaker, q.kind) for q in self.quotes(text, language, **options)]

    def speakers(self, text: str, language: str = "fr", **options: Any) -> list[str | None]:
        """The speaker of every quote of ``text``, in text order."""
        return [q.speaker for q in self.quotes(text, language, **options)]

    def with_names(self, *others: Cast) -> Cast:
        """This cast with the names of ``others`` too (theirs win on the same surface)."""
        names = dict(self.names)
        for other in others:
            names.update(other.names)
        return Cast(names)


def cast(
    people: Iterable[str] = (),
    *,
    surnames: Iterable[str] = (),
    bodies: Iterable[str] = (),
    places: Iterable[str] = (),
    other: Iterable[str] = (),
) -> Cast:
    """A cast of people (PER), bodies (ORG), places (LOC) and other names (MISC), each
    its own canonical name, and ``surnames`` that stand alone for the one person
    whose full name holds them as a word (listed right after that person).

    >>> cast(["Paul Durand"], surnames=["Durand"], places=["Lorvenne"]).names
    {'Paul Durand': ('PER', 'Paul Durand'), 'Durand': ('PER', 'Paul Durand'), \
'Lorvenne': ('LOC', 'Lorvenne')}
    """
    people, surnames = list(people), list(surnames)
    for surname in surnames:
        owners = [p for p in people if _holds(p, surname)]
        if len(owners) != 1:
            raise ValueError(f"surname {surname!r} must be a word of one person's name: {owners}")
    names: dict[str, tuple[str, str]] = {}
    for person in people:
        names[person] = ("PER", person)
        names.update((s, ("PER", person)) for s in surnames if _holds(person, s))
    for label, group in (("ORG", bodies), ("LOC", places), ("MISC", other)):
        names.update((name, (label, name)) for name in group)
    return Cast(names)


def _holds(person: str, surname: str) -> bool:
    """Whether ``surname`` is one word of the longer name ``person``."""
    return person != surname and surname in person.split()
