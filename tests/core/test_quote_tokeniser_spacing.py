"""Text a crude tokeniser left behind (« corruption , qu' elle qualifie de « … » » ,
« l' OMS », English ``…'' marks) is attributed as the same text written the usual way,
while every quotation keeps the offsets and the words of the original. Invented people
and places.
"""

from __future__ import annotations

import re

import pytest
from pipeline_quotes import article_quotes, trained_quotes

from tui.core.quotes.spacing import joined_spacing


@pytest.mark.parametrize(
    ("text", "joined_words"),
    [
        ("la corruption , qu' elle qualifie de « cancer » , et l' OMS .", "qu'elle"),
        ("« Tout est normal . [...] » , a-t-il ajouté", "normal."),
        ("Il a dit 'no way' , puis il est parti jusqu' à Lyon .", "jusqu'à"),
        ("Le directeur de l' usine , Marc Vial , a démenti .", "l'usine,"),
        ("« C'est fini » , a - t - il simplement dit .", "a-t-il"),
        ("« Rien » , répond - t - elle , agacée .", "répond-t-elle,"),
    ],
)
def test_spacing_is_undone_in_place(text: str, joined_words: str) -> None:
    joined = joined_spacing(text, "fr")
    assert len(joined) == len(text)
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", text)  # only spaces moved
    assert " ," not in joined and joined_words in joined


def test_a_decimal_an_english_apostrophe_and_a_spaced_dash_stay() -> None:
    assert joined_spacing("3 .5 euros", "fr") == "3 .5 euros"
    assert joined_spacing("Il a démissionné - il était tard", "fr").endswith("é - il était tard")
    assert joined_spacing("rock ' n ' roll", "en") == "rock ' n ' roll"


_SPACED = (
    "Paraguay : une présidente élue\n\n"
    "14 mars 2016 . – La candidate de l' opposition , Elena Duarte Ibarra , a remporté "
    "l' élection . Elle a promis de s' attaquer à la corruption , qu' elle qualifie de "
    "« cancer de nos institutions » , et de renégocier le traité sur le barrage .\n"
)


def test_words_quoted_in_spaced_text_find_their_speaker() -> None:
    [quote] = trained_quotes(_SPACED, title="Paraguay : une présidente élue")
    assert quote.speaker == "Elena Duarte Ibarra"
    assert quote.text == "cancer de nos institutions"
    assert _SPACED[quote.start : quote.end] == quote.text


def test_english_copy_in_tokenised_marks_finds_quotes_and_speakers() -> None:
    body = (
        "Senator Ann Polk , a Democrat , said the plan was ``a disaster for working "
        "families . '' She added that voters ``deserve better . ''\n\n"
        "``We will not back down , '' said Governor Dale Ruiz ."
    )
    quotes = article_quotes(body, title="Budget fight")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a disaster for working families .", "Ann Polk"),
        ("deserve better .", "Ann Polk"),
        ("We will not back down ,", "Dale Ruiz"),
    ]


def test_a_description_read_from_spaced_text_is_shown_single_spaced() -> None:
    text = (
        "Banque : amende\n\nLa banque Vauclair a été sanctionnée . Les contrôleurs de "
        "l' ACPR décrivent un dispositif « largement théorique » .\n"
    )
    [quote] = trained_quotes(text, "Banque : amende")
    assert quote.speaker is not None and "  " not in quote.speaker
