"""A role set off before a name keeps its holder across the honorific that opens the
name (« l'évêque de Namur, Mgr X, », « l'avocat de la famille, Me X, »), so the bare
role later in the article is that person. Invented names."""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.models import Entity
from tui.core.quotes.speakers import role_links_in

CAST = cast(["Olivier Stassart", "Paul Durand", "Anne Roy"])


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Dimanche, l'évêque de Namur, Mgr Olivier Stassart, a écrit.", "Olivier Stassart",
         "évêque de Namur"),
        ("Mardi, la cheffe du service, Pr Anne Roy, a reçu.", "Anne Roy", "cheffe du service"),
        ("Le recteur, Monseigneur Paul Durand, a parlé.", "Paul Durand", "recteur"),
    ],
)  # fmt: skip
def test_the_role_skips_the_honorific(text: str, name: str, role: str) -> None:
    start = text.index(name)
    links = role_links_in(text, [Entity(start, start + len(name), name, "PER", name)])
    assert (role, name) in links


def test_the_bare_role_later_is_the_person_introduced_so() -> None:
    text = (
        "Ce dimanche, l'évêque de Namur, Mgr Olivier Stassart, a écrit aux paroisses.\n\n"
        "« Je mesure la peine des familles », écrit l'évêque."
    )
    assert CAST.speakers(text, "fr") == ["Olivier Stassart"]


def test_madame_and_monsieur_stay_outside_the_name() -> None:
    from tui.core.entities.extract import extract_entities

    found = extract_entities("Madame Roy a répondu. Monsieur Paul Durand est venu.", language="fr")
    assert [(e.text, e.label) for e in found] == [("Roy", "PER"), ("Paul Durand", "PER")]
