"""A reply never goes to the one it answers: « « … » a demandé X. « … », a rétorqué
la pédiatre » is not X's, even when no rule can name the pédiatre. Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_speakers, trained_quotes

_TEXT = (
    "Radio\n\n"
    "« Nous trions les enfants », a déclaré Anne-Sophie Rabine au micro de Léa Fontal, ce "
    "mardi matin. Pédiatre dans un hôpital de Bretagne, elle préside une union de "
    "soignants.\n\n"
    "La journaliste l’a interrogée sur le risque de catastrophisme. « Vous ne craignez pas "
    "d’affoler les parents ? » a demandé Léa Fontal. « Les parents sont déjà affolés », a "
    "rétorqué la pédiatre.\n"
)


def test_a_reply_is_not_the_words_of_the_one_answered() -> None:
    assert rules_speakers(_TEXT, "fr")[-1] != "Léa Fontal"


def test_a_reply_read_from_the_parse_is_not_the_one_answered_either() -> None:
    quotes = trained_quotes(_TEXT, title="Radio")
    assert quotes[-1].text == "Les parents sont déjà affolés"
    assert quotes[-1].speaker != "Léa Fontal"
