"""A headline's quoted words that the body gives again, with no cue, in the first
person are the headline subject's, in the headline and in the body. Invented names."""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Claire Vasseur", "Paul Morel"], places=["Nantes"])

HEADLINE = (
    "Handball : après la claque à Nantes, Claire Vasseur « ne veut pas entendre parler de crise »\n"
)


def test_the_body_echo_in_the_first_person_is_the_headline_subjects() -> None:
    text = HEADLINE + (
        "Elle est arrivée en salle de presse le visage fermé.\n"
        "« Je ne veux pas entendre parler de crise. On a perdu trois matches. »\n"
    )
    assert CAST.speakers(text) == ["Claire Vasseur", "Claire Vasseur"]


def test_a_headline_fragment_the_body_does_not_echo_quotes_nobody() -> None:
    text = HEADLINE + (
        "Elle est arrivée en salle de presse le visage fermé.\n"
        "« On a perdu trois matches, il faut se remettre au travail. »\n"
    )
    assert CAST.speakers(text)[0] is None


def test_a_body_quotation_with_its_own_speaker_is_left_alone() -> None:
    text = HEADLINE + (
        "« Je ne veux pas entendre parler de crise », a résumé Paul Morel, le président.\n"
    )
    assert CAST.speakers(text) == [None, "Paul Morel"]
