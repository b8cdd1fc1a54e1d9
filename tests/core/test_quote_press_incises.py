"""French press incises: the verbs news varies after a quotation, a reflexive verb
after a subject set off by a relative clause, and a demonstrative role pointing back.

Invented people and bodies; entities are given and the rules engine judges.
"""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.quotes.speech_verbs import is_speech_verb

CAST = cast(["Martine Orsel", "Émilie Vasseur", "Paul Verdier"], bodies=["Union européenne"])


@pytest.mark.parametrize("verb", ["souffle", "glisse", "tempère", "renchérit", "murmure"])
def test_press_incise_verbs_report(verb: str) -> None:
    assert is_speech_verb(verb, "fr", strong=False)
    text = f"La plaque sera posée en mars. « On ne veut pas l'oublier », {verb} Martine Orsel."
    assert CAST.speakers(text) == ["Martine Orsel"]


def test_a_reflexive_verb_reaches_the_subject_past_a_relative_clause() -> None:
    text = (
        "L'Union européenne, qui financera en partie la future commission, s'est félicitée "
        "d'une « avancée encourageante » et a appelé les deux pays à « agir vite »."
    )
    assert CAST.speakers(text) == ["Union européenne", "Union européenne"]


def test_a_demonstrative_role_points_back_to_the_woman_just_named() -> None:
    text = (
        "Paul Verdier préside le collectif. Sa porte-parole, Émilie Vasseur, accuse l'agence "
        "de « sacrifier les villages ». « On nous parle de réorganisation, mais la nuit il "
        "n'y a plus rien », s'agace cette mère de trois enfants."
    )
    assert CAST.speakers(text) == ["Émilie Vasseur", "Émilie Vasseur"]


def test_cet_before_a_vowel_is_a_demonstrative_too() -> None:
    from pipeline_quotes import trained_quotes

    text = (
        "« Vous voyez le clocher ? », explique Paul Verdier, le président de l'association. "
        "« On va défigurer le pays », ajoute cet ancien professeur de lettres."
    )
    assert [q.speaker for q in trained_quotes(text, "Éoliennes")] == ["Paul Verdier"] * 2


@pytest.mark.parametrize("verb", ["a dit avoir demandé", "assure avoir reçu", "affirme être"])
def test_a_relative_saying_verb_before_an_infinitive_reaches_its_antecedent(verb: str) -> None:
    from pipeline_quotes import trained_quotes

    text = (
        "« On nous a volé ce match », a pesté Paul Verdier, l'entraîneur de Montclair, "
        f"qui {verb} des « explications » à la direction."
    )
    assert [q.speaker for q in trained_quotes(text, "Match")] == ["Paul Verdier"] * 2


def test_an_inverted_subject_after_circumstances_set_off_by_commas() -> None:
    text = (
        "« Il faut appeler la pharmacie avant », explique Paul Verdier.\n\n"
        "« Nous gérons la pénurie », a martelé jeudi, lors d'une conférence de presse à "
        "Paris, la présidente de la fédération, Martine Orsel."
    )
    assert CAST.speakers(text) == ["Paul Verdier", "Martine Orsel"]


@pytest.mark.parametrize("incise", ["peste Paul Verdier", "s'agace Paul Verdier", "peste-t-il"])
def test_a_quotation_resumed_after_a_press_incise_keeps_its_speaker(incise: str) -> None:
    text = (
        "Paul Verdier élève des porcs depuis vingt ans. « On est toujours les coupables », "
        f"{incise}, « alors que nous avons réduit nos apports »."
    )
    assert CAST.speakers(text) == ["Paul Verdier", "Paul Verdier"]


def test_a_pronoun_after_a_passive_sentence_is_the_agent_it_names() -> None:
    """« Le vote a été constaté par un huissier, X »: the vote reports nothing, and
    « a-t-il certifié » after it is the bailiff's."""
    text = (
        "Le vote a été constaté par un huissier de justice, Paul Verdier. « Les opérations "
        "se sont déroulées dans la transparence », a-t-il certifié."
    )
    assert CAST.speakers(text) == ["Paul Verdier"]


def test_y_a_vu_reports_a_view_as_y_voit_does() -> None:
    text = (
        "La ministre, Martine Orsel, qui remettait le prix, y a vu « un signal formidable "
        "pour toute la chaîne du livre »."
    )
    assert CAST.speakers(text) == ["Martine Orsel"]


def test_a_source_set_off_before_the_quotation_credits_it() -> None:
    text = "Le prix devrait lui assurer, d'après Paul Verdier, « une visibilité jusqu'à Paris »."
    assert CAST.speakers(text) == ["Paul Verdier"]


@pytest.mark.parametrize("adverb", ["d'entrée", "d’emblée", "d'abord"])
def test_an_adverbial_between_the_incise_and_its_subject_is_passed(adverb: str) -> None:
    text = f"« Personne ne conteste cela », a lancé {adverb} Martine Orsel, présidente du club."
    assert CAST.speakers(text, "fr") == ["Martine Orsel"]
