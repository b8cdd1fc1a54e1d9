"""A quoted aim in the infinitive is its actor's (« a décidé de « suspendre … » »);
a lone quoted word after « pour » stays the writer's.

Invented bodies and people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Paul Verdier"], bodies=["Ligue des nageurs", "Comité des jeux"])


def test_a_decided_aim_is_the_bodys() -> None:
    text = (
        "Après l'accident, la Ligue des nageurs a décidé de « suspendre toutes les "
        "compétitions de la saison »."
    )
    assert CAST.speakers(text) == ["Ligue des nageurs"]


def test_a_lone_word_after_pour_is_no_aim_quoted() -> None:
    text = "Le Comité des jeux mise sur cette édition pour « rajeunir » son public."
    assert CAST.speakers(text) == [None]
