"""A bare role acting in a sentence that names nobody, followed by a sentence opening
on a person (« le maire a défendu … . Paul X, élu depuis 2014, a rappelé … »), is that
person's role: a later « a commenté le maire » is theirs, not the deputy's introduced
in between. A headline's role (« requis contre le gérant ») is the person a wire
dispatch's lead opens on after its dateline (« FLEURUS, 4 février (Belga) - »).

Invented people and places; the trained engine reads the article whole.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Villers-sur-Orne : le projet de parking de la place du Marché divise le conseil municipal"


def test_a_role_acting_before_the_sentence_naming_someone_is_theirs() -> None:
    body = (
        "Dès l'ouverture de la séance, le maire a défendu un parking \"vital pour les "
        'commerces du centre". Gaëtan Villemur (divers droite), élu depuis 2014, a '
        'rappelé que les commerçants demandaient des places depuis longtemps. "Le '
        "samedi, les clients tournent trois fois autour de la place puis vont à la "
        "zone commerciale\", a insisté l'édile.\n\n"
        'Odile Charmasson, cheffe de file de l\'opposition "Villers ensemble", a pris '
        "la parole sous les applaudissements. \"Vous nous proposez un parking d'un "
        'autre siècle", a-t-elle lancé, dénonçant "un projet sans avenir". "Les '
        'riverains ont découvert les plans dans le journal", a poursuivi la '
        "conseillère municipale.\n\n"
        "L'adjoint aux travaux, Rémi Tardieu, a tenté de répondre. Les arbres ? \"Ils "
        'seront remplacés, deux pour un." La concertation ? "Trois réunions ont eu '
        "lieu l'an dernier\", assure-t-il.\n\n"
        "Le ton est monté quand un homme a interpellé le maire depuis le public : "
        '"Vous avez déjà signé, avouez-le !" Gaëtan Villemur a menacé de faire '
        'évacuer la salle. "Je ne laisserai pas transformer ce conseil en foire", '
        "a-t-il prévenu.\n\n"
        'Le projet a finalement été adopté peu avant minuit par 19 voix contre 8. "Le '
        "débat a eu lieu, la majorité a tranché\", a commenté le maire à l'issue du "
        'vote. Mme Charmasson, elle, promet de "continuer le combat".'
    )
    assert trained_article_speakers(body, TITLE)[-2] == "Gaëtan Villemur"


def test_a_headline_role_reaches_a_lead_after_a_wire_dateline() -> None:
    body = (
        "FLEURUS, 4 février (Belga) - Paul Roc, 41 ans, comparaissait jeudi devant le "
        "tribunal correctionnel de Charleroi pour escroquerie.\n\n"
        "Le procureur, Marc Lenoir, a dénoncé « un système ». Le président, Henri Dumas, a "
        "interrogé longuement le prévenu, puis son avocat, Jean Biot.\n\n"
        "« Je croyais au produit », a répondu le gérant."
    )
    title = "Escroquerie : trois ans requis contre le gérant d'une société de panneaux solaires"
    assert trained_article_speakers(body, title) == ["Marc Lenoir", "Paul Roc"]
