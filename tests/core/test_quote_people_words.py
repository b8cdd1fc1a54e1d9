"""« a raconté le Valaisan », « a lancé le Vendéen »: a capitalised people's word
after « le » / « la » re-describes a person the article named, even when the entity
model read the word as a place; a real place (« le Valais », « le Soudan ») still
speaks as itself. Invented names.
"""

from __future__ import annotations

from quote_text import cast

from tui.core.quotes.constraints import people_word

CAST = cast(
    ["Patrick Dubuis", "Marie Rochat"],
    surnames=["Dubuis", "Rochat"],
    places=["Valaisan", "Vendéen", "Valais", "Soudan"],
)


def test_words_in_an_are_peoples_words_unless_a_place_or_a_name_spells_them() -> None:
    assert people_word("Valaisan") and people_word("Valaisanne") and people_word("Vendéen")
    assert not people_word("Soudan") and not people_word("Valais")
    assert not people_word("Morgan")  # a given name


def test_the_valaisan_after_a_quotation_is_the_coach_named_before() -> None:
    text = (
        "Un titre\n\n"
        "L'entraîneur du club, Patrick Dubuis, était ému. « On a compris ce qu'il "
        "fallait faire », a raconté le Valaisan."
    )
    assert CAST.speakers(text) == ["Patrick Dubuis"]


def test_a_feminine_peoples_word_is_the_woman_named_before() -> None:
    text = (
        "Un titre\n\n"
        "Marie Rochat a remporté la descente. « Je suis très contente de ma course », "
        "a lancé la Valaisanne."
    )
    assert CAST.speakers(text) == ["Marie Rochat"]


def test_a_peoples_word_with_accents_is_read_too() -> None:
    text = (
        "Un titre\n\n"
        "Patrick Dubuis a gagné l'étape. « Je suis content pour l'équipe », a lancé le Vendéen."
    )
    assert CAST.speakers(text) == ["Patrick Dubuis"]


def test_a_country_after_its_verb_still_speaks_as_itself() -> None:
    text = "Un titre\n\nLe Soudan a réagi. « Nous refusons ce texte », a déclaré le Soudan."
    assert CAST.speakers(text) == ["Soudan"]


def test_a_partys_members_are_a_group_no_one_body() -> None:
    parties = cast([], bodies=["Democrats", "Republicans", "Greens"])
    text = "Title\n\nDemocrats have called the idea a “poison pill,” and Republicans disagree."
    assert parties.speakers(text, "en") == [None]
    text = "Title\n\nThe Greens said in a statement: “We will not fund this plan.”"
    assert parties.speakers(text, "en") == ["Greens"]
