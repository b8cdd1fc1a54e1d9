"""A role re-describing the article's central figure speaks for that person.

Sentences are written for the test, with invented people; the entities are given, so
only the attribution is judged (rules engine, as the suite runs by default).
"""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.quotes.topic import description_gender

CAST = cast(
    ["Ana Vidal", "Carla Ruiz", "Marc Olier", "Lyne Arnaud"],
    surnames=["Vidal", "Ruiz", "Olier"],
)


speakers = CAST.speakers


JUDO = (
    "La judokate Ana Vidal a battu l'Espagnole Carla Ruiz en finale. Vidal n'a perdu "
    "qu'un combat en trois ans, et l'or était son objectif.\n\n"
)


def test_the_champion_is_the_person_the_article_is_about() -> None:
    text = JUDO + "« J'en rêvais depuis des années », a déclaré la championne."
    assert speakers(text) == ["Ana Vidal"]


def test_a_longer_role_with_an_age_is_the_central_figure() -> None:
    text = (
        "Marc Olier a décroché le bronze chez les welters. Olier a longtemps douté.\n\n"
        "À son arrivée, le boxeur de 23 ans a déclaré : « Je suis fier de ce résultat ».\n"
    )
    assert speakers(text) == ["Marc Olier"]


def test_a_person_the_article_marks_with_the_other_gender_is_not_chosen() -> None:
    text = (
        "M. Marc Olier a décroché le bronze. Olier a longtemps douté.\n\n"
        "« J'en rêvais depuis des années », a déclaré la championne."
    )
    assert speakers(text) == [None]


def test_no_central_figure_when_two_people_are_named_as_often() -> None:
    text = (
        "Ana Vidal a battu Carla Ruiz en finale. Vidal et Ruiz se retrouveront en mai.\n\n"
        "« J'en rêvais depuis des années », a déclaré la championne."
    )
    assert speakers(text) == [None]


def test_a_person_named_once_is_not_yet_the_central_figure() -> None:
    text = (
        "Athlétisme\n\nLa victoire de Lyne Arnaud a surpris.\n\n« J'en rêvais depuis des "
        "années », a déclaré "
        "la championne."
    )
    assert speakers(text) == [None]


def test_the_person_a_headline_names_counts_twice() -> None:
    text = "Lyne Arnaud a gagné\n\n« J'en rêvais depuis des années », a déclaré la championne."
    assert speakers(text) == ["Lyne Arnaud"]


def test_names_inside_quotations_do_not_make_a_central_figure() -> None:
    text = (
        "Lyne Arnaud a gagné : « Ana Vidal, Ana Vidal et encore Ana Vidal m'ont aidée », "
        "a-t-elle dit.\n\n« Je reviendrai », a ajouté la championne."
    )
    assert speakers(text)[-1] != "Ana Vidal"


@pytest.mark.parametrize(
    ("determiner", "noun", "gender"),
    [
        ("la", "championne", "f"),
        ("le", "boxeur", "m"),
        ("l'", "athlète", None),
        ("l'", "entraîneuse", "f"),
        ("l’", "ouvrière", "f"),
        ("the", "striker", None),
    ],
)
def test_the_description_shows_its_gender(determiner: str, noun: str, gender: str | None) -> None:
    assert description_gender(determiner, noun) == gender


def test_a_person_only_written_about_is_not_who_a_role_stands_for() -> None:
    # The story is about Marc Olier, who never acts in it: « le rapporteur » is someone else.
    text = (
        "L'affaire Marc Olier connaît un rebondissement. Le dossier Marc Olier revient "
        "devant la cour.\n\n« Le jugement doit être annulé », a estimé le rapporteur."
    )
    assert speakers(text) == [None]
