"""A quotation in the first person closing a paragraph about one person, with no verb
of saying, is that person's: « X, lui, refuse … . « Tout le monde aurait fait pareil. » »
The paragraph's one acting subject takes the floor, as a paragraph of its own would;
words after a sentence that brings in someone unnamed (« une autre mère ») are nobody's
the text names.

Invented people and places; the trained engine reads the article whole.
"""

from __future__ import annotations

from pipeline_quotes import trained_quotes

TITLE = "Incendie à Vernouillet : « Il est retourné dans la fumée chercher l'enfant »"


def test_a_first_person_quotation_closing_a_paragraph_is_its_subjects() -> None:
    body = (
        "Les flammes sont parties vers 3 heures d'un atelier accolé à la maison, puis "
        "ont gagné l'escalier. Marc Delorme, 41 ans, qui vit dans la maison voisine, "
        "a été tiré du sommeil par son chien. « J'ai vu la fumée sous la porte, j'ai "
        "attrapé mon téléphone et j'ai couru », raconte-t-il.\n\n"
        "La maire, Claire Dumas, est arrivée vers 4 heures. Elle a indiqué que la "
        "famille serait logée pour un temps dans un appartement de la commune, près "
        "de l'école. « C'est une famille que tout le monde connaît ici. Chacun veut "
        "donner un coup de main », a-t-elle déclaré samedi. Une collecte a déjà été "
        "lancée par le club de football, sous le nom « Une maison pour Léo ».\n\n"
        "Jointe par téléphone à l'hôpital, Anne Roux dit n'avoir « toujours pas "
        "compris ». Ses enfants devraient rentrer mardi. « Marc a sauvé mon fils. Je "
        "ne sais pas comment on dit merci pour une chose pareille. »\n\n"
        "Marc Delorme, lui, ne veut pas entendre parler d'héroïsme. Sa main gauche, "
        "coupée par une vitre, porte huit points de suture, et il a passé son samedi "
        "à répondre aux messages de ses amis. « Tout le monde aurait fait pareil. "
        "Enfin, je l'espère. »"
    )
    quotes = trained_quotes(f"{TITLE}\n\n{body}\n", TITLE)
    assert quotes[-1].speaker == "Marc Delorme"


def test_words_after_someone_unnamed_are_not_the_named_subjects() -> None:
    body = (
        "Au marché, les familles font leurs derniers achats. Awa Ndiaye, vendeuse de "
        "légumes et mère de quatre enfants, compte ses billets. « Les cahiers ont doublé, "
        "comment on fait ? », s'interroge-t-elle. À côté d'elle, une autre mère, qui a "
        "préféré taire son nom, hausse les épaules. « J'ai dû vendre une chèvre pour payer "
        "l'école. »"
    )
    quotes = trained_quotes(f"Rentrée\n\n{body}\n", "Rentrée")
    assert [q.speaker for q in quotes] == ["Awa Ndiaye", None]
