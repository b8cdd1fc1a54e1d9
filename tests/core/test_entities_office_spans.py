"""A person's office is kept outside every span: « la préfète du Gard » names the
Gard, a place, whatever label the recogniser gave the whole; « le procureur de la
République de Nîmes » names Nîmes. Invented sentences."""

from __future__ import annotations

import pytest
from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions


@pytest.mark.parametrize(
    ("text", "span", "label", "kept"),
    [
        ("La préfète du Gard a parlé.", "préfète du Gard", "ORG", ("Gard", "LOC")),
        ("Le maire de Sommières arrive.", "maire de Sommières", "ORG", ("Sommières", "LOC")),
        (
            "Le procureur de la République de Nîmes a requis.",
            "République de Nîmes",
            "LOC",
            ("Nîmes", "LOC"),
        ),
        (
            "Le directeur de l'Unesco a démissionné.",
            "directeur de l'Unesco",
            "ORG",
            ("Unesco", "ORG"),
        ),
    ],
)
def test_the_office_is_left_out_and_what_it_is_of_stays(
    text: str, span: str, label: str, kept: tuple[str, str]
) -> None:
    found = apply_conventions(text, [span_at(text, span, label)])
    assert [(e.text, e.label) for e in found] == [kept]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La République de Corée a protesté.", "République de Corée"),
        ("La Banque de France a relevé ses taux.", "Banque de France"),
    ],
)
def test_a_name_opening_on_a_capitalised_noun_stays_whole(text: str, span: str) -> None:
    found = apply_conventions(text, [span_at(text, span, "ORG")])
    assert [e.text for e in found] == [span]
