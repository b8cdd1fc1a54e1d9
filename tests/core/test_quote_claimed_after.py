"""Words quoted bare, then claimed by the next sentence (« Les mots sont de X »), and
« la critique » as the critics, no one person.

Invented people; entities are given and the rules engine judges.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers, trained_quotes
from quote_text import cast

CAST = cast(["Yanis Harrad", "Franck Domel", "Camille Hervé"])


@pytest.mark.parametrize(
    ("claim", "speaker"),
    [
        ("Les mots sont de Yanis Harrad, arrière droit du club.", "Yanis Harrad"),
        (
            "Ce constat est celui du lieutenant-colonel Franck Domel, qui salue les agents.",
            "Franck Domel",
        ),
        ("C'est ce qu'a déclaré Camille Hervé samedi.", "Camille Hervé"),
        ("Le constat est dressé par Franck Domel, économiste à Rennes.", "Franck Domel"),
        ("L'auteur de cette phrase, Yanis Harrad, a 27 ans.", "Yanis Harrad"),
        ("Celui qui parle ainsi est l'entraîneur, Franck Domel.", "Franck Domel"),
        (
            "Celle qui parle ainsi, les yeux rivés sur ses parcelles, s'appelle Camille Hervé.",
            "Camille Hervé",
        ),
        ("La mise en garde vient de l'entraîneur, Franck Domel, lundi.", "Franck Domel"),
    ],
)
def test_the_next_sentence_claims_the_words(claim: str, speaker: str) -> None:
    text = (
        "La saison a été longue.\n\n« Il y a cinq ans, on jouait devant 800 personnes. » " + claim
    )
    assert CAST.speakers(text) == [speaker]


def test_la_critique_is_no_one_person() -> None:
    text = (
        "« J'ai voulu raconter une famille », a expliqué Camille Hervé samedi. "
        "La critique a salué un spectacle « bouleversant »."
    )
    assert CAST.speakers(text) == ["Camille Hervé", None]


def test_words_the_next_sentence_has_someone_repeat_are_theirs() -> None:
    text = (
        "Procès\n\n"
        "« Je ne sais pas ce qui m'a pris. » À la barre du tribunal de Béthune, mardi, "
        "Kévin Desmet, 27 ans, a répété la phrase à plusieurs reprises."
    )
    assert rules_speakers(text, "fr") == ["Kévin Desmet"]


def test_words_the_next_sentence_has_someone_repeat_are_theirs_in_the_parse() -> None:
    text = (
        "« Je ne sais pas ce qui m'a pris. » À la barre du tribunal de Béthune, mardi, "
        "Kévin Desmet, 27 ans, a répété la phrase à plusieurs reprises.\n"
    )
    [quote] = trained_quotes(text, title="Procès")
    assert quote.speaker == "Kévin Desmet"


def test_the_next_sentence_claims_the_words_quoted_inside_the_writers_sentence() -> None:
    """« … afin de « revoir les objectifs ». C'est ce qu'a annoncé aujourd'hui le
    président de la Région X »: the announcement is X's, the quoted aim with it."""
    people = cast(["Yanis Harrad"], bodies=["Conseil régional de Lorvenne"])
    text = (
        "Le Conseil régional de Lorvenne a décidé de reprendre la gestion de l'aéroport "
        "afin de « revoir les objectifs stratégiques ». C'est ce qu'a annoncé aujourd'hui "
        "le président de la Région Yanis Harrad."
    )
    assert people.speakers(text) == ["Yanis Harrad"]


def test_an_english_sentence_after_a_lone_quote_claims_it() -> None:
    text = (
        'Smoke\n\n"Residents should keep windows closed," the authority said.\n\n'
        '"If you must be outside, wear a mask."\n\n'
        "The advice came from the region's medical officer, Dr. Simon Lafrey, on Tuesday.\n\n"
        '"Calm is the most important thing now."\n\n'
        "That appeal came from the head of the Civic Observers Network mission, Ms Fatuma "
        "Haroun.\n"
    )
    assert rules_speakers(text) == [None, "Simon Lafrey", "Fatuma Haroun"]


def test_that_was_the_assessment_of_someone_claims_the_quotation_before() -> None:
    text = (
        "Helpline\n\n“It is a lifeline,” the minister, Ravi Kumble, said.\n\n"
        "“Most of the calls we got were not about exams at all.” That was the assessment "
        "of Dr. Meera Santhanam, the psychologist who led the pilot.\n"
    )
    assert rules_speakers(text) == ["Ravi Kumble", "Meera Santhanam"]


def test_a_name_opening_the_sentence_after_a_lone_quote_claims_it() -> None:
    """« « … » Annie X, directrice de …, savoure »: the paragraph before reported
    someone else's view, yet the quotation belongs to the person named right after."""
    text = (
        "Vélo\n\n« C'est une erreur », a rétorqué Marc Trembloy. Selon lui, le projet a "
        "été « bulldozé ».\n\n« On attendait ce vote depuis six ans. Ce soir, les enfants "
        "ont gagné. » Annie Gingrasse, directrice de Vélo Sainte-Rose, savoure.\n"
    )
    people = cast(["Marc Trembloy", "Annie Gingrasse"], surnames=["Trembloy", "Gingrasse"])
    assert people.speakers(text)[-1] == "Annie Gingrasse"


def test_those_were_the_words_of_someone_and_a_statement_that_came_from_someone() -> None:
    text = (
        "Strike\n\nA source said a revised offer was unlikely.\n\n"
        "“We will not be blackmailed into accepting worse conditions.”\n\n"
        "Those were the words of the union’s president, Desmond Acker, outside the depot.\n\n"
        "“Our officers are hurting too.”\n\n"
        "The statement came from the president of the police union, Frank Medford.\n"
    )
    assert rules_speakers(text) == ["Desmond Acker", "Frank Medford"]
    french = "Grève\n\n« Nous ne céderons pas. »\n\nCe sont les mots de Marie Lenoir, présidente.\n"
    assert [q.speaker for q in trained_quotes(french, "Grève")] == ["Marie Lenoir"]
