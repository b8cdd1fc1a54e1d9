"""People the article brings in without a name keep their words: « Un humanitaire
présent lors de la visite reste prudent : « … » » is nobody the reader can look up,
not the person named before; « un transporteur de Saint-Lénac » is the hauler, never
the town after « de », even when the entity model reads it as a person. Invented
names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Paul Roc", "Marie Lenoir", "Saint-Lénac"], surnames=["Roc"])


def test_an_unnamed_humanitarian_before_a_colon_is_nobody() -> None:
    text = (
        "Un titre\n\n"
        "Paul Roc a présenté son plan. Un humanitaire présent lors de la visite reste "
        "prudent : « Les annonces, on en a entendu beaucoup. Ce qu'on attend, ce sont "
        "des camions. »"
    )
    assert CAST.speakers(text) == [None]


def test_a_name_after_an_indefinite_trade_is_not_the_speaker() -> None:
    text = (
        "Un titre\n\n"
        "Marie Lenoir a parlé. Au volant de son camion, un transporteur de Saint-Lénac fait "
        "ses calculs à voix haute : « Moi, je suis payé au voyage. »"
    )
    assert CAST.speakers(text) == [None]


def test_a_named_trade_before_a_colon_is_the_speaker() -> None:
    text = (
        "Un titre\n\n"
        "Au volant de son camion, le transporteur Paul Roc fait ses calculs à voix "
        "haute : « Moi, je suis payé au voyage. »"
    )
    assert CAST.speakers(text) == ["Paul Roc"]


def test_one_of_his_running_mates_before_a_colon_is_nobody() -> None:
    text = (
        "Un titre\n\n"
        "Paul Roc a présenté sa liste. L'un de ses colistiers ne cache pas, lui, son "
        "agacement : « Elle a voté tous les budgets. »"
    )
    assert CAST.speakers(text) == [None]
