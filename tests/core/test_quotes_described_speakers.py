"""Described speakers: a role or a common noun instead of a name.

« l'agence », "the department", "a spokeswoman", « la romancière », "the governor":
each resolves to the body or person the article named, or stays the noun phrase
itself (with circumstances cut off) when nobody fits.
"""

from __future__ import annotations

import pytest
from named_entities import cast_quotes, cast_sources, cast_speakers
from quote_text import cast


def test_described_speaker_resolves_through_an_earlier_apposition() -> None:
    text = (
        "L’agence de presse officielle TASS a publié la nouvelle.\n"
        "« Les discussions se poursuivent », écrit l’agence."
    )
    assert cast_quotes(text, "fr")[0][1] == "TASS"


def test_generic_source_refers_to_the_last_organisation() -> None:
    text = "Le Kremlin a réagi jeudi. « Rien n’est décidé », a indiqué un communiqué."
    assert cast_quotes(text, "fr")[0][1] == "Kremlin"


def test_unnamed_speaker_falls_back_to_the_noun_phrase() -> None:
    text = "« Un missile a été tiré », ont indiqué les chefs d’état-major de l’armée."
    [(_, _, kind)] = cast_quotes(text, "fr")
    assert cast_sources(text, "fr") == [(None, "chefs d’état-major de l’armée")]
    assert kind == "speech"


def test_a_subject_phrase_governed_by_a_preposition_is_read_whole() -> None:
    text = (
        "Three engineers working on the bridge said the cracks were old. "
        "“Nothing has moved in years,” they said."
    )
    [(speaker, source)] = cast_sources(text, "en")
    assert speaker is None and source is not None and source.startswith("Three engineers")


def test_a_bare_role_stands_for_the_one_person_introduced_with_a_role() -> None:
    text = (
        "Le prix a été remis au dernier roman de l'autrice suisse Inès Bakri.\n"
        "« Je n'y croyais plus », a souri la romancière en montant sur scène."
    )
    assert cast_speakers(text, "fr") == ["Inès Bakri"]


def test_a_bare_role_with_several_candidates_takes_the_speaker_of_its_paragraph() -> None:
    text = (
        "Le défenseur Marc Lenoir et le gardien Yves Garnier ont été titularisés.\n"
        "L'entraîneur Pieter Vos, lui, parle déjà d'un « tournant ». "
        "« On a trouvé notre équilibre », prévient le technicien."
    )
    assert cast_speakers(text, "fr")[-1] == "Pieter Vos"


def test_a_body_named_by_a_bare_noun_stays_unnamed() -> None:
    text = (
        "Le défenseur Marc Lenoir a quitté le club.\n"
        "« Les abonnés seront remboursés », précise la mairie."
    )
    assert cast_sources(text, "fr") == [(None, "mairie")]


def test_bare_role_is_the_one_person_this_paragraph_introduced() -> None:
    text = (
        "La ministre Agnès Rivière a répondu aux questions. « Rien n'est décidé », "
        "a-t-elle dit.\n"
        "Plus tard, le député Hugo Besson est intervenu. « Le texte est prêt, a lancé "
        "l'élu en séance. Il faut voter. »\n"
    )
    assert cast_speakers(text, "fr") == ["Agnès Rivière", "Hugo Besson", "Hugo Besson"]


def test_the_department_is_the_department_the_article_names() -> None:
    text = (
        "The Marlow County Police Department opened an inquiry on Monday.\n"
        '"We ask witnesses to come forward," the department said.\n'
    )
    assert cast_speakers(text, "en") == ["Marlow County Police Department"]


def test_a_spokeswoman_speaks_for_the_company_last_named() -> None:
    text = (
        "Brightwater Foods cut 300 jobs on Monday. "
        '"The decision was painful but necessary," a spokeswoman added.\n'
        "Tidewell declined to comment on its own plans. "
        '"We never comment on rumours," a spokesman said.\n'
    )
    assert cast_speakers(text, "en") == ["Brightwater Foods", "Tidewell Energy"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Je suis heureux », a confié le romancier en recevant le prix.", "romancier"),
        ("« Rien ne change », a répété le témoin à la barre.", "témoin"),
        ("« Rien ne change », a répété le témoin dans un entretien.", "témoin"),
    ],
)
def test_circumstances_are_cut_from_a_described_speaker(text: str, speaker: str) -> None:
    assert cast_sources(text, "fr") == [(None, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker", "language"),
    [
        (
            "L’Union des artisans a lancé une pétition. « Nous ne lâcherons rien », "
            "écrit l’association dans un communiqué.",
            "Union des artisans",
            "fr",
        ),
        (
            "Brightwell Foods reported a loss. The company said the quarter was "
            '"challenging but manageable".',
            "Brightwell Foods",
            "en",
        ),
    ],
)
def test_a_body_named_by_a_common_noun_is_the_last_body_named(
    text: str, speaker: str, language: str
) -> None:
    assert cast_quotes(text, language)[0][1] == speaker


def test_one_word_title_opening_a_sentence_names_the_role() -> None:
    text = (
        "Governor Linda Park visited the site. Tom Reyes, a resident, was there too. "
        '"We will rebuild," the governor said.'
    )
    assert cast_quotes(text, "en")[0][1] == "Linda Park"


_court_speakers = cast(["Sophie Lemaire", "Bruno Vidal"], surnames=["Lemaire"]).speakers


def test_le_conseil_in_court_reporting_is_the_lawyer() -> None:
    text = (
        "La juge Sophie Lemaire a ouvert l'audience. L'avocat du prévenu, Me Bruno Vidal, "
        "a plaidé la relaxe. « Le dossier est vide », a lancé le conseil."
    )
    assert _court_speakers(text) == ["Bruno Vidal"]


def test_le_conseil_without_lawyers_is_not_a_person() -> None:
    text = (
        "La maire, Sophie Lemaire, a présenté le budget. "
        "« Le budget est adopté », a annoncé le conseil."
    )
    assert _court_speakers(text) != ["Sophie Lemaire"]


def test_a_body_noun_with_one_adjective_is_the_body_named_before() -> None:
    people = cast(["Hélène Varin"], bodies=["Banque du Valdor"])
    text = (
        "La Banque du Valdor a abaissé son taux. « C'est justifié », a déclaré la "
        "gouverneure, Hélène Varin.\n\n"
        "La banque centrale note dans son communiqué que « la croissance restera faible »."
    )
    assert people.speakers(text, "fr") == ["Hélène Varin", "Banque du Valdor"]


@pytest.mark.parametrize("aside", ["", ", lui,"])
def test_a_role_opening_a_negated_sentence_is_the_pronouns_antecedent(aside: str) -> None:
    people = cast(["Jean-Claude Varlet", "Marc Delaunay"])
    text = (
        "Le maire, Jean-Claude Varlet, comparaissait pour favoritisme. Son avocat, Marc "
        "Delaunay, a plaidé la relaxe. « Mon client est innocent », a-t-il dit.\n\n"
        f"Le maire{aside} ne semblait pas ébranlé. « Je serai candidat en mars », a-t-il "
        "glissé aux journalistes."
    )
    assert people.speakers(text, "fr") == ["Marc Delaunay", "Jean-Claude Varlet"]
