"""Words quoted inside the writer's sentence, and who the sentence says spoke them.

- « Il a rappelé que les inspecteurs avaient relevé une « … » »: the reporter's words,
  not the unnamed group of the clause he reports.
- « X a salué « … » et un roman « qui … » »: a second object of the same verb, in
  lowercase words, is the same speaker's; a capitalised title there stays a title.
- « Le prix Y a été remis à X. « … », a-t-elle dit »: a name completing « prix » is
  the prize's, so the pronoun finds the laureate.
- « Le chercheur à l'origine de l'alerte, X, juge … « … » »: « de l'alerte » is a
  noun, not the verb that reports the words.
- « l'entreprise, qui dit « coopérer » »: « dit » after « qui » is a verb.
- « X a publié un bulletin indiquant que « … » »: the document is its publisher's.
- « 11 février 2016 . – X a exprimé sa « … » »: a date line glued to the sentence.
- « l'instance explique … »: a noun only a body can be passes over people.
- A title quoted again stays a title; « Le quotidien « X » juge … »: the paper
  speaks, unless it only asked (« interrogé par la revue « X » »).
- « envisage de saisir la Cour … Son porte-parole »: not the court's spokesperson.
- « a choisi la « défense berlinoise » avant de se lancer »: nobody's words.

Invented people and places; the trained engine reads each article whole.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers, trained_quotes


def test_a_fragment_in_a_reported_clause_is_the_reporters() -> None:
    body = (
        "Le directeur de l'usine, Paul Ferrand, a été entendu mardi par le tribunal. "
        "« Nous avons toujours respecté la loi », a-t-il déclaré.\n\n"
        "Il a rappelé que les inspecteurs avaient relevé dès 2014 une « pollution "
        "modérée » des sols autour du site."
    )
    assert trained_article_speakers(body, "Pollution : le directeur entendu") == [
        "Paul Ferrand",
        "Paul Ferrand",
    ]


def test_a_fragment_an_unnamed_group_reports_alone_stays_unnamed() -> None:
    body = (
        "Le directeur de l'usine, Paul Ferrand, a été entendu mardi par le tribunal.\n\n"
        "Les inspecteurs avaient relevé dès 2014 une « pollution modérée » des sols."
    )
    assert trained_article_speakers(body, "Pollution : le directeur entendu") == [None]


def test_a_second_quoted_object_of_the_verb_shares_its_speaker() -> None:
    body = (
        "Le jury a rendu son verdict jeudi. La présidente du jury, l'écrivaine Claire "
        "Dumas, a salué « une écriture d'une grande justesse » et un roman « qui parle "
        "de la mer sans jamais la nommer »."
    )
    assert trained_article_speakers(body, "Prix des Embruns : le jury a tranché") == [
        "Claire Dumas",
        "Claire Dumas",
    ]


def test_titles_joined_after_a_verb_stay_titles() -> None:
    text = (
        "Prix des Embruns\n\nLa présidente du jury, Claire Dumas, a salué « une écriture "
        "limpide » et le roman « Marées basses », paru en mars.\n"
    )
    quotes = trained_quotes(text, "Prix des Embruns")
    assert [(q.speaker, q.kind) for q in quotes] == [
        ("Claire Dumas", "fragment"),
        (None, "other"),
    ]


def test_a_name_completing_a_prize_is_no_antecedent() -> None:
    text = (
        "Le prix Lumière a été remis jeudi à Sofia Renaud pour son premier roman. "
        "« Je ne m'y attendais pas du tout », a-t-elle dit.\n"
    )
    quotes = trained_quotes(text, "Littérature : un premier roman primé")
    assert [q.speaker for q in quotes] == ["Sofia Renaud"]


def test_an_elided_noun_after_de_is_no_reporting_verb() -> None:
    body = (
        "Le chercheur à l'origine de l'alerte, le Danois Jens Holt, juge cependant "
        "cette réaction « beaucoup trop lente ». Sur son blog, il écrit : « Ils le "
        "savaient depuis une semaine. »"
    )
    assert trained_article_speakers(body, "Fuite de données : la réaction critiquée") == [
        "Jens Holt",
        "Jens Holt",
    ]


def test_the_judge_as_a_noun_reports_nothing_of_its_own() -> None:
    body = (
        "Le procès de Marc Tellier s'est ouvert lundi. Le juge a lu l'acte d'accusation, "
        "qui évoque une « escroquerie en bande organisée »."
    )
    assert trained_article_speakers(body, "Procès : ouverture des débats") == [None]


def test_a_relative_pronoun_makes_dit_a_verb() -> None:
    body = (
        "La compagnie Rapido Trans a démenti les informations de presse. « Aucun "
        "incident n'avait été signalé », affirme l'entreprise, qui dit « coopérer "
        "pleinement » avec les enquêteurs."
    )
    assert trained_article_speakers(body, "Accident ferroviaire : la compagnie dément") == [
        "Rapido Trans",
        "Rapido Trans",
    ]


def test_a_document_speaks_for_who_published_it() -> None:
    body = (
        "En fin de journée, le Bureau national de sismologie a publié un bulletin "
        "indiquant que « l'activité reste forte » et que « de nouvelles secousses sont "
        "possibles »."
    )
    assert trained_article_speakers(body, "Volcan : l'alerte maintenue") == [
        "Bureau national de sismologie",
        "Bureau national de sismologie",
    ]


def test_a_date_line_glued_to_the_first_sentence_leaves_its_subject() -> None:
    body = (
        "11 février 2016 . – L'Organisation mondiale de la santé (OMS) a exprimé "
        "mercredi sa « vive préoccupation » face à l'épidémie de choléra."
    )
    assert trained_article_speakers(body, "Malawi : épidémie de choléra") == [
        "Organisation mondiale de la santé"
    ]


def test_a_noun_only_a_body_can_be_passes_over_the_people_named_since() -> None:
    body = (
        "La Fédération tunisienne de football a annoncé mardi le limogeage de son "
        "sélectionneur, le Français Patrick Lemaire, en poste depuis dix-huit mois. Dans "
        "un communiqué, l'instance explique avoir pris cette décision « dans l'intérêt "
        "supérieur de la sélection »."
    )
    assert trained_article_speakers(body, "Football : le sélectionneur limogé") == [
        "Fédération tunisienne de football"
    ]


def test_a_title_quoted_again_stays_a_title() -> None:
    text = (
        "Festival : le palmarès\n\nLe jury a couronné « Les Heures creuses », face à "
        "« Le Dernier Été », grand favori. Le producteur Rui Vale, qui défendait « Le "
        "Dernier Été », a parlé d'une décision « idéologique ».\n"
    )
    quotes = trained_quotes(text, "Festival : le palmarès")
    assert [(q.speaker, q.kind) for q in quotes] == [
        (None, "other"),
        (None, "other"),
        (None, "other"),
        ("Rui Vale", "fragment"),
    ]


def test_a_paper_titled_in_marks_is_the_subject_of_its_verb() -> None:
    body = (
        "Le jury a rendu son palmarès samedi. Le quotidien « La Gazette d'Aure » juge "
        "le palmarès « courageux mais déséquilibré »."
    )
    assert trained_article_speakers(body, "Festival : le palmarès")[-1] == "Gazette d'Aure"


def test_a_body_a_verb_acts_on_is_not_whom_a_spokesperson_speaks_for() -> None:
    body = (
        "Le fabricant Agroval a réagi dans la soirée. « Cette décision ignore vingt ans "
        "d'études », a réagi l'entreprise, qui envisage de saisir la Cour de justice de "
        "l'Union européenne. Son porte-parole a qualifié l'interdiction de « purement "
        "politique »."
    )
    assert trained_article_speakers(body, "Pesticide : le fabricant conteste") == [
        "Agroval",
        "Agroval",
    ]


def test_a_name_quoted_where_nobody_takes_a_stance_is_no_ones() -> None:
    text = (
        "Échecs : la finale\n\nDans la partie décisive, Clément Vasseur a choisi la "
        "« défense berlinoise », une ouverture solide, avant de se lancer dans une attaque "
        "risquée. Plus tard, Inès Morel a franchi la redoutée « porte des Pèlerins ».\n"
    )
    quotes = trained_quotes(text, "Échecs : la finale")
    assert [(q.speaker, q.kind) for q in quotes] == [(None, "other"), (None, "other")]


def test_an_affiliation_set_off_after_a_name_leaves_the_name_the_subject() -> None:
    body = (
        "Le vulcanologue Peter Hollis, de l'université d'Auckland, qui étudie le volcan "
        "depuis dix ans, juge la situation « sérieuse mais pas encore critique »."
    )
    assert trained_article_speakers(body, "Volcan : l'éruption se poursuit") == ["Peter Hollis"]


def test_a_paper_that_asked_is_not_the_subject() -> None:
    text = (
        "Prix de physique\n\nCertains spécialistes invitent à la prudence. Un physicien "
        "interrogé par la revue « Physical Horizons » estime que les applications restent "
        "« lointaines ».\n"
    )
    quotes = trained_quotes(text, "Prix de physique")
    assert [q.speaker for q in quotes] == [None, None]
