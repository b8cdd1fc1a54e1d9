"""Turns of a hearing: the presiding judge questions the defendant in quoted
paragraphs of their own, and an incise inside the marks names the judge by role.

« Mercredi, la présidente l'a interrogé. ¶ « Pourquoi … ? » ¶ « Pour le travail. » »:
the bare answer is the defendant's, the person the article is about, not the last
person named (the victim, named after « la mort d' »). « Vous dites …, reprend la
présidente. Pourtant … » is the judge's. A question calling someone by name
(« …, monsieur X ? ») is answered by them (« …, finit-il par admettre »).

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Aux assises de Tréville, Kevin Sorbier jugé pour la mort d'Alain Fresnel"
BODY = (
    "Il fixe le sol du box. Kevin Sorbier, 29 ans, comparaît depuis lundi "
    "devant la cour d'assises de Tréville. Dans la nuit du 2 au 3 juin, Alain Fresnel, "
    "31 ans, s'était effondré devant un bar, touché d'un coup de couteau.\n\n"
    "L'accusé ne conteste pas avoir frappé. Il affirme avoir voulu se défendre. "
    "Mercredi, la présidente Martine Delorge l'a longuement interrogé.\n\n"
    "« Pourquoi aviez-vous une lame sur vous ce soir-là ? »\n\n"
    "« Pour le chantier. Je suis carreleur, je l'ai toujours dans la poche. »\n\n"
    "« Un cutter, pour poser du carrelage ? », s'étonne la magistrate.\n\n"
    "« C'est ce que j'avais. »\n\n"
    "Au fil des questions, le récit se fissure. « Vous dites qu'il vous a menacé, "
    "reprend la présidente. Pourtant, aucun témoin ne l'a entendu. »"
)


def test_a_bare_answer_to_a_bare_question_is_the_defendants() -> None:
    speakers = trained_article_speakers(BODY, TITLE)
    assert speakers[:4] == ["Martine Delorge", "Kevin Sorbier", "Martine Delorge", "Kevin Sorbier"]


def test_a_role_in_an_incise_inside_the_marks_speaks() -> None:
    assert trained_article_speakers(BODY, TITLE)[-1] == "Martine Delorge"


def test_words_calling_the_judge_answer_the_one_she_called() -> None:
    body = (
        "Kevin Sorbier, 29 ans, comparaît devant le tribunal correctionnel pour escroquerie. "
        "La présidente, Martine Delorge, l'interroge sur son train de vie.\n\n"
        "« Je ne gagnais presque rien », a d'abord assuré le prévenu. La présidente "
        "s'attarde alors sur ses voitures. « Vous rouliez en berline allemande, monsieur "
        "Sorbier. » Un silence. « Elle était en location, madame la présidente. »"
    )
    assert trained_article_speakers(body, TITLE)[-2:] == ["Martine Delorge", "Kevin Sorbier"]


def test_a_bare_question_after_the_reply_is_the_asker_pressing_on() -> None:
    body = (
        "Kevin Sorbier, 29 ans, comparaît devant le tribunal correctionnel pour escroquerie. "
        "La présidente, Martine Delorge, l'interroge sur ses ventes.\n\n"
        "« Vous saviez que ces clients n'avaient besoin de rien ? » interroge la magistrate. "
        "« Je faisais confiance à mes vendeurs », répond le gérant. « À tous les douze ? » "
        "Le prévenu se tait."
    )
    assert trained_article_speakers(body, TITLE)[-1] == "Martine Delorge"


LANDLORDS = (
    "Marc Tellier, 61 ans, et son épouse, Hélène Tellier, comparaissent pour avoir loué "
    "des chambres insalubres à Vénissieux. Un ancien locataire, Karim Bensaïd, décrit des "
    "murs noirs de moisissure. « Il y avait de l'eau partout », raconte-t-il.\n\n"
    "« Vous trouvez que c'est un logement digne, monsieur Tellier ? », demande la "
    "présidente, Agnès Morand. Silence. « Pas vraiment, non », finit-il par admettre.\n\n"
    "« Et vous, madame Tellier, qui encaissait les loyers ? », relance la magistrate. "
    "« C'était moi », reconnaît-elle.\n"
)


def test_the_one_a_question_calls_by_name_answers_it() -> None:
    """« …, monsieur Tellier ? », demande la présidente. « … », finit-il par admettre:
    « il » is the man the question called, of the two Telliers the one « monsieur »
    calls, not the tenant quoted before; « madame Tellier » is answered by his wife."""
    speakers = trained_article_speakers(LANDLORDS, "Marchands de sommeil")
    assert speakers[1:] == [
        "Agnès Morand",
        "Marc Tellier",
        "Agnès Morand",
        "Hélène Tellier",
    ]


def test_le_prevenu_of_a_couple_on_trial_is_the_husband() -> None:
    """« Le prévenu secoue la tête. …, il conteste tout : « … » »: of a husband and
    wife tried together, « le prévenu » is the man, not the tenant quoted before."""
    body = (
        "Marc Tellier, 61 ans, et son épouse, Hélène Tellier, comparaissent pour avoir loué "
        "des chambres insalubres. Un ancien locataire, Karim Bensaïd, décrit des murs noirs. "
        "« Il y avait de l'eau partout », raconte-t-il.\n\nLe prévenu secoue la tête. Invité "
        "à répondre par la présidente, Agnès Morand, il conteste tout : « Je n'ai jamais "
        "dit ça. »\n"
    )
    assert trained_article_speakers(body, "Marchands de sommeil") == [
        "Karim Bensaïd",
        "Marc Tellier",
    ]
