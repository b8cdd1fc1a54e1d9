"""Roles around names are worked out once per article, never carried over to another text."""

from __future__ import annotations

import re

from tui.core.models import Entity
from tui.core.quotes.speakers import _role_after, _role_before, described_people, role_links_in


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), name, "PER", name)


def test_each_text_gets_its_own_roles_at_the_same_offsets() -> None:
    first = "Hier, le ministre russe Ivan Petrov a parlé."
    second = "Hier, rien, rien, rien. Ivan Petrov a parlé."
    assert first.index("Ivan") == second.index("Ivan")
    assert role_links_in(first, [_person(first, "Ivan Petrov")]) == [
        ("ministre russe", "Ivan Petrov")
    ]
    assert role_links_in(second, [_person(second, "Ivan Petrov")]) == []
    again = "".join(first)  # an equal text in another object
    assert role_links_in(again, [_person(again, "Ivan Petrov")]) == [
        ("ministre russe", "Ivan Petrov")
    ]


def test_remembered_roles_are_the_roles_read_afresh() -> None:
    text = (
        "Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Dmitri Peskov, "
        "le porte-parole du Kremlin, a ajouté. Kremlin spokesman Dmitri Peskov said so.\n"
        "Selon le président russe, Vladimir Poutine viendra. Mayor Patricia Nguyen spoke."
    )
    people = [
        Entity(m.start(), m.end(), m.group(), "PER", m.group())
        for m in re.finditer("Dmitri Peskov|Vladimir Poutine|Patricia Nguyen", text)
    ]
    fresh = []
    for ent in people:
        for role in (_role_before(text, ent.start), _role_after(text, ent.end)):
            if role:
                fresh.append(role)
    assert len(fresh) >= 3
    assert [role for role, _ in role_links_in(text, people)] == fresh
    assert [at for at, _ in described_people(text, people)] == [
        e.start for e in people if _role_before(text, e.start) or _role_after(text, e.end)
    ]
