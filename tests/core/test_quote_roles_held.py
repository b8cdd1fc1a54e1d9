"""Who a role may re-describe, read from the roles people were introduced with and
from where the role's holder is named.

A bare role (« a raconté l'entraîneur ») is not the holder named paragraphs later
with a qualifier (« l'entraîneur visiteur, X ») when the article already used the role
with another one; « la cinéaste » is never the person introduced as an actress, nor
"the prime minister" the one introduced as a secretary of state.

Invented people, clubs and films.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_article_speakers


def test_a_role_named_later_with_another_qualifier_is_someone_else() -> None:
    title = "« On joue sans pression » : Hervé Lacombe avant la réception de Vierzon"
    body = (
        "Le FC Montargis reçoit samedi l'US Vierzon, leader du championnat. Un match que "
        "l'entraîneur loirétain aborde avec gourmandise.\n\n"
        "« On joue sans pression, et c'est une force », a lancé Hervé Lacombe jeudi en "
        "conférence de presse.\n\n"
        "Pour motiver son groupe, il a trouvé une image. « Je leur ai montré la vidéo du "
        "match aller, sans le son. Ils ont compris », a raconté l'entraîneur.\n\n"
        "Le milieu Jordan Pelle est incertain. « Je serai prêt », assure le joueur.\n\n"
        "À Vierzon, on se méfie. « Montargis ne lâche jamais rien », estime l'entraîneur "
        "berrichon, Loïc Sauvaget."
    )
    speakers = trained_article_speakers(body, title)
    assert speakers[2] == "Hervé Lacombe"
    assert speakers[-1] == "Loïc Sauvaget"


def test_a_film_maker_is_never_the_actress_named_before() -> None:
    title = "« Les Marées basses », un premier film tout en retenue"
    body = (
        "Nadège Quéméner signe son premier long métrage, sorti mercredi : deux sœurs "
        "vident la maison de leur père. Nadège Quéméner y filme le silence comme "
        "personne. Portrait d'une cinéaste patiente.\n\n"
        "« Nadège refait une scène jusqu'à ce qu'on oublie la caméra », sourit le "
        "comédien Yves Perrot, qui joue le père.\n\n"
        "À Dinard, le jury présidé par l'actrice Corinne Vallet lui a remis son grand prix, "
        "saluant « une justesse rare ». « Je voulais des silences qui durent », "
        "explique la cinéaste, qui a tourné en décors naturels."
    )
    assert trained_article_speakers(body, title)[-1] == "Nadège Quéméner"


def test_the_prime_minister_is_no_secretary_named_before() -> None:
    body = (
        "Owen Carrick was removed as transport secretary on Thursday in a reshuffle that "
        "Joan Ledbury\u2019s allies presented as a reset.\n\n"
        "Rita Mallory, who has been culture secretary since the election, replaces him. "
        "Tom Becket moves from health to become chief whip.\n\n"
        "Speaking outside Downing Street, the prime minister said: \u201cThe country needs "
        "steady hands on the railways, and I have every confidence in Rita.\u201d"
    )
    title = "Ledbury sacks Carrick and calls for \u2018steady hands\u2019 on the railways"
    quotes = article_quotes(body, title=title)
    assert quotes[-1].speaker not in ("Owen Carrick", "Rita Mallory", "Tom Becket")
