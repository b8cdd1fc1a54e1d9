"""What opens a sentence before the speaker: a participle set off by commas after an
opening complement (« Dans son rapport, publié jeudi, la commission … »), and a
subordinate clause that holds the quotation ("When X described … as “…”, a man
shouted"), after which the main clause names no speaker. Invented names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Paul Durand", "Marie Lenoir", "Ruth Okafor", "Dan Mercer"],
    surnames=["Durand", "Okafor"],
    bodies=["commission des lois du Sénat", "Harbor Board"],
)


def test_a_participle_after_an_opening_complement_is_passed_over() -> None:
    text = (
        "Un titre\n\n"
        "Dans son rapport, publié jeudi, Paul Durand juge que l'étude d'impact "
        "« sous-estime de moitié » le coût réel des transferts."
    )
    assert CAST.speakers(text) == ["Paul Durand"]


def test_a_body_after_a_participle_aside_is_the_one_named_before() -> None:
    text = (
        "Un titre\n\n"
        "La commission des lois du Sénat a rendu un rapport sévère. Dans son rapport, "
        "publié jeudi, la commission des lois juge que l'étude d'impact « sous-estime de "
        "moitié » le coût réel."
    )
    assert CAST.speakers(text) == ["commission des lois du Sénat"]


def test_a_feminine_participle_with_its_date_is_passed_over_too() -> None:
    text = (
        "Un titre\n\n"
        "Dans sa décision, rendue mardi, Marie Lenoir juge que la salariée « n'avait "
        "jamais accepté » de travailler le dimanche."
    )
    assert CAST.speakers(text) == ["Marie Lenoir"]


def test_a_name_after_an_opening_comma_still_is_the_subject() -> None:
    text = (
        "Un titre\n\n"
        "Dans un communiqué, Paul Durand, élu en mars, affirme que « le chantier "
        "reprendra lundi »."
    )
    assert CAST.speakers(text) == ["Paul Durand"]


def test_a_subordinate_clause_holding_the_quotation_keeps_its_own_speaker() -> None:
    text = (
        "Title\n\n"
        "When Ruth Okafor described the night flights as “a modest change”, a man "
        "near the back shouted and was asked to leave."
    )
    assert CAST.speakers(text, "en") == ["Ruth Okafor"]


def test_an_incise_after_a_quotation_in_a_plain_sentence_still_names_the_speaker() -> None:
    text = "Title\n\n“We will not be moved on this,” Dan Mercer said on Tuesday."
    assert CAST.speakers(text, "en") == ["Dan Mercer"]


def test_members_of_a_body_opening_the_sentence_speak_for_it_after_and() -> None:
    inspectorate = cast([], bodies=["Ward Standards Inspectorate"])
    text = (
        "Title\n\n"
        "Inspectors from the Ward Standards Inspectorate visited the hospital in January "
        "and described the department as ‘routinely overcrowded’."
    )
    assert inspectorate.speakers(text, "en") == ["Ward Standards Inspectorate"]
