"""A role a speaker names inside their own words speaks the words they quote when the
article ties a name to it (« Le ministre nous dit “…” » after « le ministre du
Logement, X »); a role it ties to nobody stays unnamed. Invented names."""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_quotes


def _inner(quotes: list, words: str) -> str | None:
    [speaker] = [q.speaker for q in quotes if q.text.startswith(words)]
    return speaker


def test_a_french_role_the_article_names_speaks_the_inner_words() -> None:
    text = (
        "Logement\n\nLe ministre du Logement, Rui Tavares, a jugé les revendications "
        "« légitimes ». « Le ministre nous dit “soyez patients”, mais les loyers "
        "n'attendent pas », a lancé Joana Mota, porte-parole du collectif.\n"
    )
    quotes = trained_quotes(text, "Logement")
    assert _inner(quotes, "soyez patients") == "Rui Tavares"
    assert _inner(quotes, "Le ministre nous dit") == "Joana Mota"


def test_an_english_role_opening_the_clause_speaks_the_inner_words() -> None:
    body = (
        "Transport Minister Lachlan Berry rejected the offer on Monday.\n\n"
        '"When we sat down in March, the minister looked me in the eye and said, '
        "'My door is always open.' We have been knocking for seven months,\" union "
        "leader Sara Vuk said."
    )
    assert _inner(article_quotes(body, title="Rail strike"), "My door") == "Lachlan Berry"


def test_a_role_the_article_ties_to_nobody_stays_unnamed() -> None:
    """ "The Prime Minister" is not the transport minister the article named."""
    body = (
        "Transport Minister Lachlan Berry rejected the offer on Monday.\n\n"
        "\"The Prime Minister promised this country 'a new era of trust'. We are still "
        'waiting," opposition leader Tom Hale said.'
    )
    assert _inner(article_quotes(body, title="Rail strike"), "a new era") is None
