"""Sentence splitting and folding: the primitives search, alignment and names share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.text import count_words, fold, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il pleut. Il vente.", ["Il pleut.", "Il vente."]),
        ("M. Poutine est arrivé. Il a parlé.", ["M. Poutine est arrivé.", "Il a parlé."]),
        ("Selon Siemon T. Wezeman, rien.", ["Selon Siemon T. Wezeman, rien."]),
        ("Mr. Biden said so. Then he left!", ["Mr. Biden said so.", "Then he left!"]),
        ("« C’est fini. » Il part.", ["« C’est fini. »", "Il part."]),
        ("Titre sans point\nCorps du texte.", ["Titre sans point", "Corps du texte."]),
        ("de type militaire.Ces arguments", ["de type militaire.", "Ces arguments"]),
        ("Le taux est de 3.5 pour cent.", ["Le taux est de 3.5 pour cent."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@given(st.text())
def test_sentence_spans_are_ordered_trimmed_and_in_bounds(text: str) -> None:
    previous_end = 0
    for span in split_sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert "\n" not in piece
        previous_end = span.end


def test_fold_unifies_accents_case_and_apostrophes() -> None:
    assert fold("Choïgou") == fold("CHOIGOU") == "choigou"
    assert fold("États-Unis") == fold("Etats-Unis")
    assert fold("l’Amour") == fold("l'amour")


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_count_words_counts_hyphenated_words_once() -> None:
    assert count_words("Kim Jong-un est à Komsomolsk-sur-l’Amour.") == 5
