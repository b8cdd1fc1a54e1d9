"""The sentence splitter never cuts a quotation in two."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.text import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous irons. Nous vaincrons. » Puis il est parti.",
            ["« Nous irons. Nous vaincrons. »", "Puis il est parti."],
        ),
        (
            "He said: “We will win. They will lose.” Then he left.",
            ["He said: “We will win. They will lose.”", "Then he left."],
        ),
        ('Il a dit "Oui. Non." Puis rien.', ['Il a dit "Oui. Non."', "Puis rien."]),
        # A mark never closed on its line quotes nothing: sentences split as usual.
        ("« Ouvert. Voilà.\nDeux. Trois.", ["« Ouvert.", "Voilà.", "Deux.", "Trois."]),
        ("Il a dit « non. » Ensuite.", ["Il a dit « non. »", "Ensuite."]),
    ],
)
def test_quotations_stay_in_one_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_seed_quotation_with_two_sentences_is_not_cut() -> None:
    text = (
        "« Kim Jong Un a invité avec courtoisie Poutine à visiter la RPDC quand cela lui "
        "conviendra. Poutine a accepté avec plaisir l’invitation », écrit l’agence. "
        "De quoi attiser les inquiétudes."
    )
    assert _sentences(text) == [
        text[: text.index(" De quoi")],
        "De quoi attiser les inquiétudes.",
    ]


prose = st.lists(
    st.sampled_from(["Il pleut.", "Oui !", "Vraiment ?", "M. Dupont vient.", "Fin…", "mot"]),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(prose, prose, prose, st.sampled_from([("«", "»"), ("“", "”"), ('"', '"')]))
def test_no_sentence_boundary_falls_inside_a_quotation(
    before: str, quoted: str, after: str, marks: tuple[str, str]
) -> None:
    text = f"{before} {marks[0]} {quoted} {marks[1]} {after}"
    opened = len(before) + 1
    closed = opened + len(quoted) + 3
    for span in split_sentences(text):
        # Every sentence holds the whole quotation or none of it.
        holds_open = span.start <= opened < span.end
        holds_close = span.start <= closed < span.end
        assert holds_open == holds_close
