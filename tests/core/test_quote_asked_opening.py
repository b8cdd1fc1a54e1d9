"""A reply to a question nobody named asked: "Asked whether …, she smiled and replied:
“…”" and « Interrogée sur …, elle a répondu : « … » » are the words of the one asked,
the sentence's subject, even when she was also the last to speak.

Invented people and races.
"""

from __future__ import annotations

from pipeline_quotes import rules_speakers, trained_article_speakers


def test_a_reply_after_an_asking_participle_is_the_subject_s() -> None:
    text = (
        "Ines Carvalho won the mountain stage on Friday. Sofia Brandt, her rival, "
        "finished second. \u201cIt is for everybody who waited for me,\u201d Carvalho "
        "said.\n\n"
        "Asked whether she could now win the race overall, she smiled and replied: "
        "\u201cWe will see on Sunday.\u201d"
    )
    assert rules_speakers(text) == ["Ines Carvalho", "Ines Carvalho"]


def test_a_french_reply_after_an_asking_participle_is_the_subject_s() -> None:
    title = "Tour de Bretagne : Maëlys Kerbrat s'impose à Morlaix"
    body = (
        "Maëlys Kerbrat a remporté vendredi l'étape reine. Sa rivale, Justine Le Guen, a "
        "pris la deuxième place. « J'ai tout donné dans la dernière côte », a déclaré "
        "Maëlys Kerbrat.\n\n"
        "Interrogée sur ses chances au classement général, elle a souri et répondu : "
        "« On verra dimanche. »"
    )
    assert trained_article_speakers(body, title) == ["Maëlys Kerbrat", "Maëlys Kerbrat"]
