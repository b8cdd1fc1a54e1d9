"""A French incise right after a quotation is known by its form, whatever its verb:
« …, a attaqué Me X », « …, a-t-il insisté », « …, tranche-t-elle ». Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers, trained_quotes

from tui.core.quotes.incise_verbs import by_form


def _speakers(text: str) -> list[str | None]:
    return rules_speakers(text, "fr")


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        ("a", "attaqué", True),
        ("a-t-il", "insisté", True),
        ("tranche-t-elle", "", True),
        ("a", "des", False),
        ("a-t-il", "des", False),
        ("avait", "plaidé", True),
        ("le", "maire", False),
    ],
)
def test_the_form_of_an_incise(word: str, following: str, expected: bool) -> None:
    assert by_form(word, following) is expected


def test_an_incise_verb_no_list_holds_names_the_speaker() -> None:
    text = (
        "Procès\n\n« On vous demande de condamner sur une impression », a attaqué "
        "Me Hugues Ravel, l’avocat de l’accusé. « Où est l’arme ? Il n’y en a pas », "
        "a-t-il insisté.\n"
    )
    assert _speakers(text) == ["Hugues Ravel", "Hugues Ravel"]


def test_a_participle_after_a_later_comma_is_no_incise() -> None:
    text = (
        "Drame\n\nL'un des « héros » de la nuit, Karim Selmi, 25 ans, qui avait sauvé "
        "plusieurs vies, a perdu la sienne samedi.\n"
    )
    assert _speakers(text) == [None]


def test_a_semi_auxiliary_before_the_incise_verb_is_skipped() -> None:
    text = (
        "Procès\n\n« J'aurais dû écouter », a fini par lâcher Paul Ferrat, d'une voix "
        "à peine audible.\n"
    )
    assert _speakers(text) == ["Paul Ferrat"]


def test_a_name_set_off_after_its_role_is_the_subject_a_pronoun_takes() -> None:
    text = (
        "Procès\n\nDans le public, la mère de Théo, Lise Vernet, n'a pas quitté le prévenu "
        "des yeux. À la suspension, elle a confié aux journalistes : « Il aurait dû "
        "écouter. »\n"
    )
    assert _speakers(text) == ["Lise Vernet"]


@pytest.mark.parametrize(
    ("kin", "name", "pronoun"),
    [("Le frère", "Samir", "Il"), ("La sœur", "Nadia", "Elle")],
)
def test_the_name_after_a_kin_of_someone_is_the_subject_not_that_someone(
    kin: str, name: str, pronoun: str
) -> None:
    """« Le frère de X, Samir, s'est montré sévère. Il a dénoncé « … » »: Samir."""
    text = (
        f"Procès\n\nKarim Belhadj a été condamné. {kin} de Karim Belhadj, {name}, s'est "
        f"montré plus sévère. {pronoun} a dénoncé une « justice à deux vitesses ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")] == [name]


def test_an_unnamed_spokesperson_speaks_for_the_body_chez_names() -> None:
    text = (
        "Santé\n\nChez Enedis, la société chargée du réseau, on se montre "
        "prudent. Une porte-parole a indiqué que l'organisation « n'a pas été consultée ».\n"
    )
    quotes = trained_quotes(text, "Santé")
    assert [q.speaker for q in quotes] == ["Enedis"]


def test_a_saying_verb_after_comme_l_takes_the_subject_after_it() -> None:
    text = (
        "Espace\n\nL'expérience pourrait aider, comme l'indique Paul Varin, scientifique de "
        "l'agence : « Faire pousser de la nourriture dans l'espace sera bientôt réel. »\n\n"
        "La baisse est nette, comme l'a expliqué la ministre Anne Royer : « Nous sommes "
        "restés fermes. »\n"
    )
    assert _speakers(text) == ["Paul Varin", "Anne Royer"]


def test_an_incise_may_open_on_an_object_pronoun() -> None:
    text = (
        "Audition\n\n« Madame la ministre, qui paiera ? », l'avait interpellée le sénateur "
        "Didier Lecroix.\n"
    )
    assert _speakers(text) == ["Didier Lecroix"]


def test_pour_signs_each_answer_in_a_round() -> None:
    text = (
        "Débat\n\n« Faut-il armer la police ? », a demandé Morgane Quérec. « Non », pour "
        "Mme Gwenaëlle Kerval. « Oui, sans hésiter », pour M. Loïc Tanvez.\n"
    )
    assert _speakers(text) == ["Morgane Quérec", "Gwenaëlle Kerval", "Loïc Tanvez"]


def test_an_adverbial_phrase_between_the_incise_and_its_subject_is_skipped() -> None:
    text = "Conseil\n\n« Faux », a rétorqué du tac au tac Mme Nadia Berthol, qui le conteste.\n"
    assert _speakers(text) == ["Nadia Berthol"]


def test_the_person_a_question_calls_by_name_gives_the_answer() -> None:
    text = (
        "Procès\n\nPatrick Morvel, 52 ans, comparaissait mardi.\n\n"
        "« Où est passé cet argent, monsieur Morvel ? » interroge la présidente.\n\n"
        "« Dans les dettes, madame la présidente. J'ai emprunté. »\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")][-1] == "Patrick Morvel"


def test_an_outlet_named_with_a_number_is_no_body_speaking() -> None:
    text = (
        "Livreurs\n\nContactée par 20 Minutes, la plateforme assure que la grille est juste. "
        "« Nous restons ouverts au dialogue », ajoute l'entreprise.\n"
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("précise-t-on chez Habitat 21", "Habitat 21"),
        ("assure-t-on dans l'entourage de Paul Durand", "Paul Durand"),
        ("dit-on à Lorvenne", None),
    ],
)
def test_on_speaks_for_whom_the_incise_sets_it_with(incise: str, speaker: str | None) -> None:
    text = (
        "Logement\n\nLa société Habitat 21 gère l'immeuble de Paul Durand à Lorvenne. "
        f"« Un devis a été signé », {incise}."
    )
    assert [q.speaker for q in trained_quotes(text, "Logement")] == [speaker]


def test_a_relative_after_an_incise_role_stands_for_the_incise_speaker() -> None:
    text = (
        "Actualité\n\nLa maire de Vernelle, Odile Marchand, a lancé une pétition. « On "
        "supprime des cars. Cherchez l'erreur », s'agace l'élue, qui dénonce une décision "
        "prise « dans un bureau, sans concertation ».\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Actualité")]
    assert speakers == ["Odile Marchand", "Odile Marchand"]
