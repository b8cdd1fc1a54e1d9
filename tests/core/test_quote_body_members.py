"""A body named after the people who work in a trade ("Airline Pilots Guild") is not
the company a bare noun of that trade stands for ("the airline said").

Invented firms and people.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes


def test_the_airline_is_not_the_guild_of_its_pilots() -> None:
    body = (
        "Regulators fined Bluecrest Airways $2 million on Tuesday over maintenance records. "
        "The Coastal Airline Pilots Guild said crews had raised the problem for months.\n\n"
        "Bluecrest Airways said it would publish the records of every aircraft concerned.\n\n"
        "\u201cOur passengers are entitled to see them,\u201d the airline said."
    )
    quotes = article_quotes(body, title="Bluecrest fined over maintenance records")
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.startswith("Bluecrest")


def test_a_guild_still_speaks_for_itself() -> None:
    body = (
        "The Coastal Airline Pilots Guild said crews had raised the problem for months.\n\n"
        "\u201cWe warned everyone,\u201d the guild said."
    )
    quotes = article_quotes(body, title="Pilots say warnings were ignored")
    assert quotes[-1].speaker == "Coastal Airline Pilots Guild"
