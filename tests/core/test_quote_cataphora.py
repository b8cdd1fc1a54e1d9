"""A speaker described first and named in the next sentence: « La gardienne de
l'équipe a qualifié ses adversaires de « … ». Lina Berg, poursuivant sa déclaration,
… ». Invented names, given as entities; the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Lina Berg", "Marc Tosi"], surnames=["Berg", "Tosi"], places=["Suède"])


def test_the_description_is_the_person_the_next_sentence_opens_on() -> None:
    text = (
        "L'équipe s'est inclinée face à la Suède.\n\n"
        "La gardienne de l'équipe a qualifié ses adversaires de « bande de lâches ». "
        "Lina Berg, poursuivant sa déclaration, a promis une revanche."
    )
    assert CAST.speakers(text, "fr") == ["Lina Berg"]


def test_a_person_named_before_in_the_paragraph_leaves_the_description_alone() -> None:
    text = (
        "Marc Tosi a quitté le terrain.\n\n"
        "Marc Tosi salue le public. La gardienne de l'équipe a qualifié ses adversaires "
        "de « bande de lâches ». Lina Berg a promis une revanche."
    )
    assert CAST.speakers(text, "fr") != ["Lina Berg"]


def test_a_feminine_description_is_no_man() -> None:
    text = (
        "L'équipe s'est inclinée face à la Suède.\n\n"
        "La gardienne de l'équipe a qualifié ses adversaires de « bande de lâches ». "
        "M. Marc Tosi, l'entraîneur, a promis une revanche."
    )
    assert CAST.speakers(text, "fr") == [None]


def test_the_description_closing_its_paragraph_is_the_person_the_next_one_opens_on() -> None:
    text = (
        "Élection\n\n"
        "« Ce n'est pas un incident, c'est une méthode », a déclaré l'ancienne gardienne "
        "lors d'une conférence de presse.\n\n"
        "Mme Berg, 52 ans, a demandé la suspension des résultats."
    )
    assert CAST.speakers(text, "fr") == ["Lina Berg"]
