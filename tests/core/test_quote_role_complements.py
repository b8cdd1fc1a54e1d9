"""Who a pronoun may stand for when names sit inside other people's roles and bodies
inside other verbs' objects.

- « La directrice sportive de X, Y, … »: the feminine role is Y's; X, who completes
  it, is not marked feminine, so a later « il » may still be X.
- « La précision n'a guère rassuré l'Association X. Dans un communiqué, elle
  dénonce « … » »: a body a finite verb acted on may be the next « elle ».
- « le Français X … l'entraîneur français »: a person noun with a nationality is the
  one person the text called by it.
- « Le chef de l'État, qui devra …, s'est contenté de rappeler que « … » »: a role
  and its relative clause are the subject, not an opening phrase.
- « Il a par ailleurs démenti »: « par ailleurs » is an adverb, no agent.
- « Le ministre français des Sports » is whoever holds that office, not the athlete
  the article is about.

Invented people and bodies; the trained engine reads each article whole.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers


def test_a_name_completing_a_feminine_role_takes_no_gender_from_it() -> None:
    body = (
        "Le Belge Pieter Vandamme a chuté dans la descente. L'Espagnol Iñigo Lasarte a "
        "remporté l'étape.\n\n"
        "La directrice sportive de Pieter Vandamme, Sophie Marchetti, s'est montrée "
        "inquiète. « Il a mal à l'épaule », a-t-elle déclaré.\n\n"
        "Le Belge, lui, s'est dit « déçu mais pas abattu ». « Je serai au départ "
        "demain », a-t-il assuré aux journalistes."
    )
    assert trained_article_speakers(body, "Cyclisme : chute dans la descente") == [
        "Sophie Marchetti",
        "Pieter Vandamme",
        "Pieter Vandamme",
    ]


def test_a_body_a_finite_verb_acted_on_can_be_the_next_elle() -> None:
    body = (
        "Le ministre Paul Ferrand a promis que les communes seraient épargnées. La "
        "précision n'a guère rassuré l'Association des maires ruraux. Dans un "
        "communiqué, elle dénonce « une promesse sans lendemain »."
    )
    assert trained_article_speakers(body, "Budget : les communes inquiètes") == [
        "Association des maires ruraux"
    ]


def test_a_person_noun_with_a_nationality_is_the_one_person_of_that_nationality() -> None:
    body = (
        "La fédération a limogé mardi son sélectionneur, le Français Patrick Lemaire, en "
        "poste depuis dix-huit mois. Le capitaine Yassine Mejri a regretté ce départ.\n\n"
        "Dans un message à l'AFP, l'entraîneur français a assuré partir « sans "
        "amertume »."
    )
    assert trained_article_speakers(body, "Football : le sélectionneur limogé") == [
        "Patrick Lemaire"
    ]


def test_a_role_with_a_relative_clause_is_the_subject_not_an_opening() -> None:
    body = (
        "Le président de la République, Paolo Santo, avait appelé à un débat « serein ».\n\n"
        "Le chef de l'État, qui devra promulguer la loi, s'est contenté de rappeler jeudi "
        "que « le Parlement est souverain » et que sa signature « ne sera jamais "
        "personnelle »."
    )
    assert trained_article_speakers(body, "Italie : la loi adoptée") == [
        "Paolo Santo",
        "Paolo Santo",
        "Paolo Santo",
    ]


def test_par_ailleurs_is_an_adverb_not_an_agent() -> None:
    body = (
        "Le ministre Martin Roy a jugé la grève « inutile ». Il a par ailleurs démenti les "
        "informations de presse. « Il n'y a aucun projet de loi », a-t-il assuré."
    )
    assert trained_article_speakers(body, "Québec : grève des enseignants") == [
        "Martin Roy",
        "Martin Roy",
    ]


def test_a_minister_with_a_brief_is_not_the_articles_central_figure() -> None:
    body = (
        "Le Français Luc Morin a remporté la course samedi.\n\n"
        "Le ministre français des Sports a salué une victoire « méritée »."
    )
    assert trained_article_speakers(body, "Cyclisme : Morin s'impose") == [None]
