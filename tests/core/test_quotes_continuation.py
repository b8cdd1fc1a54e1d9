"""Quotations with no reporting clause of their own, which take a voice from context.

A quotation that goes on after an attributed one, answers in an interview, a headline
echoing a quotation from the body, a quoted paragraph after a sentence about one person.
"""

from __future__ import annotations

import pytest
from named_entities import cast_quotes, cast_speakers
from quote_text import cast


def test_standalone_quote_after_a_quote_continues_its_speaker() -> None:
    text = '"We are worried," said John Smith on Monday. "Nobody should help them."'
    assert [q[1:] for q in cast_quotes(text, "en")] == [
        ("John Smith", "speech"),
        ("John Smith", "speech"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I saw it again and it was a foul," Jamie Cole said. "No excuses."',
            [
                ("I saw it again and it was a foul,", "Jamie Cole", "speech"),
                ("No excuses.", "Jamie Cole", "speech"),
            ],
        ),
        # Another paragraph, or no sentence end inside the marks: nobody goes on.
        (
            '"I saw it again and it was a foul," Jamie Cole said.\n'
            'Fans chanted "no excuses" loudly.',
            [
                ("I saw it again and it was a foul,", "Jamie Cole", "speech"),
                ("no excuses", None, "other"),
            ],
        ),
    ],
)
def test_a_short_quoted_sentence_goes_on_with_the_previous_voice(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert cast_quotes(text, "en") == expected


def test_headline_repeating_a_body_quote_takes_its_speaker() -> None:
    text = (
        "« Toujours avec la France »\n"
        "Marie Dupont a promis que son parti serait « toujours avec la France »."
    )
    assert [q[1] for q in cast_quotes(text, "fr")] == ["Marie Dupont", "Marie Dupont"]


def test_headline_quote_goes_to_whoever_says_it_in_the_body() -> None:
    text = (
        'Brightwater Foods braces for "a very hard winter"\n'
        "\n"
        '"We expect a very hard winter for the whole sector," Karin Solheim said.\n'
    )
    assert cast_speakers(text, "en") == ["Karin Solheim", "Karin Solheim"]


def test_answers_to_unquoted_questions_belong_to_the_interviewee() -> None:
    text = (
        "A morning with Rosa Delmas\n"
        "Rosa Delmas has run the harbour rescue team for twenty years. Her deputy, "
        "Pieter Vos, joined in 2010.\n"
        "How did it start?\n"
        "“By accident. I answered an advert and never left.”\n"
        "Was it ever dangerous?\n"
        "“Every winter. You learn to respect the sea.”\n"
        "Delmas says the team needs more volunteers."
    )
    assert cast_speakers(text, "en") == ["Rosa Delmas", "Rosa Delmas"]


def test_a_single_rhetorical_question_does_not_make_an_interview() -> None:
    text = "Who pays for the repairs?\n“Not us,” Pieter Vos said.\nRosa Delmas declined to comment."
    assert cast_speakers(text, "en") == ["Pieter Vos"]


def test_a_quotation_after_a_sentence_about_one_person_is_that_person_speaking() -> None:
    text = (
        '"It was a fair result," Dean Foster said.\n'
        "\n"
        'Asked about the red card, Ana Ribeiro shrugged. "I saw it differently. Ask the '
        'referee."\n'
        "\n"
        "Ribeiro is more relaxed about the season. Asked whether she worries, she smiles.\n"
        "\n"
        "“Worry? We are four points clear with six games left. I will worry in May.”\n"
    )
    assert cast_speakers(text, "en") == ["Dean Foster", "Ana Ribeiro", "Ana Ribeiro"]


ROLES = cast(["Tevita Moala", "Roisin Madigan", "Brett Calloway"], surnames=["Moala", "Madigan"])
ROLES = ROLES.with_names(cast(places=["Limerick"]))


def test_a_quotation_after_a_role_reporting_words_is_the_person_in_that_role() -> None:
    text = (
        'Captain Tevita Moala rejected the claims. "Nobody wanted Brett gone," Moala said.\n\n'
        "Asked whether he had spoken to the coach since, the captain said he had "
        "sent him a text message on Sunday night.\n\n"
        '"He has not replied yet. I do not blame him."'
    )
    assert ROLES.speakers(text, "en") == ["Tevita Moala", "Tevita Moala"]


def test_a_role_opening_on_a_place_is_the_person_introduced_in_that_role() -> None:
    text = (
        'Deputy Roisin Madigan attacked the figures. "They need a bed," Deputy Madigan said.\n\n'
        "The Limerick deputy said she had visited the emergency department at the weekend.\n\n"
        '"I was there on Friday night. There were 74 people on trolleys."'
    )
    assert ROLES.speakers(text, "en") == ["Roisin Madigan", "Roisin Madigan"]


def test_a_first_person_quote_past_one_sentence_of_narration_goes_on() -> None:
    """« « … », raconte-t-il. La deuxième nuit a été la plus dure. « J'ai pensé… » »: a
    sentence of the writer's naming nobody does not hand the floor to anyone else."""
    from pipeline_quotes import trained_quotes

    text = (
        "Paul Verdier, 71 ans, a passé trois nuits dans la montagne. Joint par téléphone, "
        "il a accepté de revenir sur ces trois nuits.\n\n"
        "« Je n'avais plus de réseau, et plus de batterie », raconte-t-il. La deuxième nuit "
        "a été la plus dure, avec des températures proches de moins huit degrés. « J'ai "
        "pensé à ma femme, à mes petits-enfants. »"
    )
    assert [q.speaker for q in trained_quotes(text, "Randonneur")] == ["Paul Verdier"] * 2


def test_a_one_word_sentence_after_its_speaker_acts_is_spoken() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "À la fin de l'audience, le président a demandé à l'accusé s'il voulait parler. "
        "Lucas Ferrand s'est tourné vers la salle. « Pardon. » Sa mère a baissé la tête."
    )
    assert trained_article_speakers(body, "Verdict attendu") == ["Lucas Ferrand"]
