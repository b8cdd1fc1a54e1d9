"""Who answers and who is set apart, in English and French reporting.

"When the operator asked who was hurt, he replied: '…'": the sentence names who
asked, so the one who spoke last (in a quoted fragment just before) may well be the
one answering. "Miss Tarrant" of two Tarrants is a woman, whatever the other is,
so "he" never stands for that mention. « Une voisine de X, qui a requis l'anonymat »:
the relative clause is the neighbour's, and so is the « elle » that follows.
« « … », confie un habitué, l'écharpe nouée autour du cou »: the regular speaks, not
the scarf the parser took for the subject.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_article_speakers

CALL = (
    "Gareth Mills, 41, denies killing Owen Tarrant, 30, at a house in Fernley on 2 May.\n\n"
    "Prosecutor Dana Whitlow said Mr Tarrant replied 'leave it, mate' and that the two "
    "men agreed to meet at the house, which Mr Tarrant shared with his sister, Jodie "
    "Tarrant.\n\n"
    "Miss Tarrant, 24, gave evidence from behind a screen. 'Owen would have sorted it "
    "out,' she said.\n\n"
    "The jury heard the emergency call. In it, Mr Mills can be heard telling the "
    "operator that his friend had 'slipped on the stairs'.\n\n"
    "When the operator asked who was hurt, he replied: 'It's Owen. He's my mate. I "
    "never meant it.'"
)


def _speaker_of(body: str, opening: str) -> str | None:
    quotes = article_quotes(body, "en", "Fernley trial hears emergency call")
    return next(q.speaker for q in quotes if q.text.startswith(opening))


def test_a_reply_to_a_question_the_sentence_puts_goes_to_the_last_speaker() -> None:
    assert _speaker_of(CALL, "It's Owen") == "Gareth Mills"


def test_he_never_stands_for_a_mention_titled_miss() -> None:
    body = (
        "Gareth Mills, 41, denies killing Owen Tarrant, 30. Mr Tarrant shared the house "
        "with his sister, Jodie Tarrant.\n\n"
        "Mr Mills arrived at ten that night. Miss Tarrant opened the door to him. 'I "
        "heard nothing at all,' he told the jury."
    )
    assert _speaker_of(body, "I heard nothing") == "Gareth Mills"


NEIGHBOUR = (
    "Élise Varenne, 38 ans, a été licenciée en mars. « On m'a traitée comme une "
    "voleuse », lâche-t-elle.\n\n"
    "Une ancienne collègue d'Élise Varenne, qui a requis l'anonymat, décrit pourtant "
    "« une ambiance de caserne » dans la boutique. « Si tu refusais, tu avais les pires "
    "horaires. Personne n'osait rien dire », confie-t-elle."
)


def test_a_relative_after_a_noun_and_its_complement_is_the_nouns() -> None:
    speakers = trained_article_speakers(NEIGHBOUR, "Une vendeuse licenciée obtient gain de cause")
    assert speakers == ["Élise Varenne", None, None]


RACE = (
    "Pour Agnès Vermont, la directrice de la course, c'était « une journée superbe ». "
    "« Nous avons eu vingt mille spectateurs », se réjouit-elle.\n\n"
    "Dans la dernière ligne droite, une banderole proclamait « Allez Théo ». « On vient "
    "chaque année depuis Namur, mais une arrivée comme ça, jamais vu », confiait un "
    "supporter, l'écharpe aux couleurs de l'équipe nouée autour du cou."
)


def test_the_noun_right_after_an_incise_verb_speaks_not_a_phrase_set_off_after_it() -> None:
    speakers = trained_article_speakers(RACE, "Grand Prix de Vellin : Théo Marsan au sprint")
    assert speakers[-1] is None
    assert speakers[:2] == ["Agnès Vermont", "Agnès Vermont"]
