"""In an interview the questions quote the guest back to them (« Vous écrivez que
« … » »): those words are the guest's. Invented people, given as entities; the rules
engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Irène Castel", "Hugo Brand"], surnames=["Castel", "Brand"])
INTERVIEW = (
    "Irène Castel : « L'école n'est pas un guichet »\n\n"
    "Historienne, Irène Castel publie un essai sur l'école rurale. Entretien.\n\n"
    "Pourquoi ce livre maintenant ?\n\n"
    "Parce que les fermetures s'accélèrent et que personne ne les raconte.\n\n"
    "Vous écrivez que l'école est devenue « le dernier service public du village ». "
    "C'est-à-dire ?\n\n"
    "Quand la poste et la boulangerie ferment, il reste la classe.\n\n"
    "Vous avez lancé l'idée d'une « école des hameaux ». Qui la finance ?\n\n"
    "Les départements, pour l'essentiel.\n"
)


def test_words_the_question_quotes_back_are_the_guests() -> None:
    quotes = {q.text: q.speaker for q in CAST.quotes(INTERVIEW, "fr")}
    assert quotes["le dernier service public du village"] == "Irène Castel"


def test_a_verb_that_also_launches_quotes_nobody() -> None:
    quotes = {q.text: q.speaker for q in CAST.quotes(INTERVIEW, "fr")}
    assert quotes["école des hameaux"] is None


def test_vous_outside_an_interview_is_nobody() -> None:
    text = (
        "Hugo Brand a présenté son budget. Vous écrivez que la ville est « à sec » ?\n\n"
        "Le conseil a voté le texte dans la soirée.\n"
    )
    assert CAST.speakers(text, "fr") == [None]


def test_the_guest_is_the_full_name_the_introduction_gives() -> None:
    guest = cast(["Géographe", "Marc Delorme"], surnames=["Delorme"])  # as a model may read it
    text = (
        "Géographe, Marc Delorme publie un essai. Entretien.\n\n"
        "Pourquoi ce livre ?\n\n"
        "Parce que personne ne raconte les bourgs.\n\n"
        "Vous écrivez que le bourg est devenu « le dernier guichet de la République ». "
        "C'est-à-dire ?\n\n"
        "Quand la poste ferme, il reste la mairie.\n"
    )
    assert guest.speakers(text, "fr") == ["Marc Delorme"]
