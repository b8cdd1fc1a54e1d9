"""Words a recogniser may take for a place that name none: « d'État » after an office
or in « coup d'État », a chemical formula (« CO 2 »), a people word with a compass
prefix (« un Nord-Coréen »), a Corsican département number (« (2A) »). A body named
with the state (« le Conseil d'État ») or a place with a compass prefix (« le
Sud-Soudan ») stays. Invented sentences."""

from __future__ import annotations

import pytest
from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La secrétaire d'État chargée des victimes a parlé.", "État"),
        ("Le pays a connu un coup d'État en 2012.", "État"),
        ("La Chine, plus grand émetteur de CO 2 au monde, a signé.", "CO"),
        ("Un Nord-Coréen a pris le bronze au pistolet.", "Nord-Coréen"),
        ("Le maire de Sollacaro (2A) a démissionné.", "2A"),
    ],
)
def test_words_that_name_no_place_are_dropped(text: str, span: str) -> None:
    assert apply_conventions(text, [span_at(text, span, "LOC")]) == []


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Le Conseil d'État a tranché.", "Conseil d'État", "ORG"),
        ("Le Sud-Soudan est en guerre.", "Sud-Soudan", "LOC"),
        ("L'État a payé la facture.", "État", "LOC"),
        ("Le Mitsubishi MU-2B a décollé.", "MU-2B", "MISC"),
    ],
)
def test_names_with_the_same_words_stay(text: str, span: str, label: str) -> None:
    found = apply_conventions(text, [span_at(text, span, label)])
    assert [(e.text, e.label) for e in found] == [(span, label)]


def test_a_letter_naming_a_case_is_no_place_but_a_firm_may_be_one() -> None:
    text = "Le test réunit deux individus, A et B, dans une pièce."
    spans = [span_at(text, "A", "LOC"), span_at(text, "B", "LOC")]
    assert apply_conventions(text, spans) == []
    text = "Le réseau social X a supprimé le compte."
    assert [e.text for e in apply_conventions(text, [span_at(text, "X", "ORG")])] == ["X"]
