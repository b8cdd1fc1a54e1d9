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


def test_a_pronoun_is_the_one_person_its_own_paragraph_names() -> None:
    text = (
        "Valérie Dumas, directrice de l'hôpital, a dénoncé la pénurie. « Nous sommes à "
        "bout », a-t-elle dit.\n\n"
        "Le ministre Olivier Decamps a promis « des moyens complémentaires ».\n\n"
        "Des propos jugés vagues par la députée Marie Girard, qui l'interrogeait. « On "
        "nous annonce des moyens depuis trois ans », a-t-elle répliqué."
    )
    assert rules_speakers(text, "fr")[-1] == "Marie Girard"


def test_an_english_pronoun_is_the_one_person_its_own_paragraph_names() -> None:
    text = (
        "Mayor Ann Reyes defended the plan on Monday.\n\n"
        "The objection came from council member Dana Whitlock. The vote was then put off "
        "by a week. “We were given the documents an hour before the meeting,” she said."
    )
    assert rules_speakers(text) == ["Dana Whitlock"]


def test_the_pronoun_after_an_asked_question_is_not_the_asker() -> None:
    text = (
        "Results\n\nCommission chairman Joseph Mwangi said the ballots arrived under "
        'escort. "The seals were intact," he said.\n\n"Dr Mwangi, is that true?" asked '
        'Peter Kamau of the Daily Lamp.\n\n"That is not correct," he said.\n'
    )
    assert rules_speakers(text) == ["Joseph Mwangi", "Peter Kamau", "Joseph Mwangi"]
