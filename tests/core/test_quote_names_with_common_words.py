"""A name may end on a word the subject reader otherwise passes over (« Grand Est »,
where « est » is a verb; « Lundi Matin », where « lundi » is a day): inside a name,
with its capital, the word is the name's. Invented names; the entities are given."""

from __future__ import annotations

import pytest
from quote_text import cast

CAST = cast([], bodies=["Agence régionale de santé Grand Est", "Collectif Lundi Matin"])


@pytest.mark.parametrize(
    "verb",
    ["assure que la suspension sera", "a assuré que la suspension serait"],
)
def test_a_name_ending_on_est_is_the_subject(verb: str) -> None:
    text = f"L'Agence régionale de santé Grand Est {verb} « provisoire »."
    assert CAST.speakers(text) == ["Agence régionale de santé Grand Est"]


def test_a_name_ending_on_a_day_is_the_subject() -> None:
    text = "Le Collectif Lundi Matin a dénoncé un projet « écrit d'avance »."
    assert CAST.speakers(text) == ["Collectif Lundi Matin"]
