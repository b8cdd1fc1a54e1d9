"""Words a speaker quotes from an office holder ("Last year the PM came … and said
‘…’", "The First Minister told this chamber ‘…’", "When the Taoiseach said in the Dáil “…”")
are the holder's, when the article names who holds the office.

Invented people.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes


def _inner(body: str, title: str, opening: str) -> str | None:
    quotes = article_quotes(body, title=title)
    return next(q for q in quotes if q.text.startswith(opening)).speaker


def test_the_pm_a_few_words_into_the_clause_is_the_prime_minister_named() -> None:
    body = (
        "Martin Greaves, the prime minister, defended the decision on Friday.\n\n"
        "The shadow transport secretary, Ola Brandt, was scathing. \u201cLast year the "
        "PM came to Leeds station and said \u2018this line is on its last chance\u2019. "
        "Nothing has changed,\u201d she said."
    )
    assert _inner(body, "Rail line nationalised", "this line") == "Martin Greaves"


def test_an_office_named_with_capitals_at_the_end_of_a_sentence() -> None:
    body = (
        "The opposition leader, Fiona Rennie, had harsh words for the First Minister, "
        "Angus Bell.\n\n"
        "\u201cThe First Minister told this chamber \u2018we are nearly there\u2019. We are "
        "not,\u201d Ms Rennie said."
    )
    assert _inner(body, "Rennie attacks Bell", "we are nearly") == "Angus Bell"


def test_an_office_written_before_the_name_as_a_title() -> None:
    body = (
        "Taoiseach Colm Brady said the government accepted the result.\n\n"
        "\u201cWhen the Taoiseach said in the D\u00e1il \u2018this settles nothing\u2019, "
        "he was right,\u201d said Niamh Carey."
    )
    assert _inner(body, "Referendum defeated", "this settles") == "Colm Brady"
