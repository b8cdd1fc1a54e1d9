"""Words quoted first and owned right after.

A feature may open on a bare quotation and name its speaker in the next paragraph,
owning the words ("Mara Lindqvist said this to me while …") or after "So said".
A next paragraph that only opens on the same name, without owning the words, does
not make them hers.

Invented people and places.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes

QUOTE = "“The first thing you lose is the smell of your own house. It never really comes back.”\n\n"


@pytest.mark.parametrize(
    "after",
    [
        "Mara Lindqvist said this to me while standing in her kitchen.",
        "Mara Lindqvist told me that in what used to be her kitchen.",
        "So said Mara Lindqvist, standing in her kitchen.",
    ],
)
def test_the_next_paragraph_owning_the_words_names_their_speaker(after: str) -> None:
    quotes = article_quotes(QUOTE + after + " The cabinets are gone.", "en", "The river came back")
    assert quotes[0].speaker == "Mara Lindqvist"


def test_a_name_opening_the_next_paragraph_alone_owns_nothing() -> None:
    body = QUOTE + "Mara Lindqvist has lived in Harlow Falls all her life."
    quotes = article_quotes(body, "en", "The river came back")
    assert quotes[0].speaker is None
