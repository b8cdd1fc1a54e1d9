"""A speaker the sentence names only after the cue: an unnamed subject turned into a
name ("said one protester, a nurse named X"), and a pronoun used before anyone is
named ('"…," she said, after X won the seat'). Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, trained_quotes


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            '"We are not going anywhere," said one protester, a nurse named Emma Clarke.',
            ["Emma Clarke"],
        ),
        ('"I\'m thrilled," she said, after Lisa Grant won the seat by 400 votes.', ["Lisa Grant"]),
        (
            'Maria Lopez spoke first. "I\'m thrilled," she said, after Lisa Grant won the seat.',
            ["Maria Lopez"],
        ),
        ('"I\'m thrilled," he said, after Lisa Grant won the seat.', [None]),
    ],
)
def test_english_speakers_named_later(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in article_quotes(body, "en")] == speakers


def test_a_french_unnamed_protester_given_a_name() -> None:
    body = "« On ne lâchera rien », a lancé un manifestant, un retraité prénommé Gérard Dulac."
    assert [q.speaker for q in trained_quotes(f"Grève\n\n{body}\n", "Grève")] == ["Gérard Dulac"]


def test_a_colon_cue_keeps_its_quotation_from_the_next_sentence() -> None:
    """'X said: "…." Y declined to comment.': the sentence after is no incise."""
    body = (
        'The founder, Ada Lin, stepped down. Her successor, Raj Mehta, said: "Ada built '
        'something special." Lin declined to comment.'
    )
    assert [q.speaker for q in article_quotes(body, "en")] == ["Raj Mehta"]
