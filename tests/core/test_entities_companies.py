"""Companies and clubs: legal suffixes, "&", trade words that end a company's name,
listed brands written in lowercase, and the market as a cue that a name is a company.
"""

from __future__ import annotations

import pytest
from named_entities import entity_pairs, name_pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lawyers at Skadden Arps Slate & Meagher said.", "Skadden Arps Slate & Meagher"),
        ("Shares of Procter & Gamble fell.", "Procter & Gamble"),
        ("A deal with S&P was signed.", "S&P"),
        ("Bonds issued by Brown Brothers & Co. traded lower.", "Brown Brothers & Co."),
        ("Orders at Acme Widgets Inc. slowed.", "Acme Widgets Inc."),
        ("Northwind Holdings Ltd. said on Monday.", "Northwind Holdings Ltd."),
    ],
)
def test_company_names_with_ampersand_and_suffix(text: str, name: str) -> None:
    assert (name, "ORG") in entity_pairs(text, "en")


@pytest.mark.parametrize("tail", ["Capital", "Records", "Labs", "Pharmaceuticals"])
def test_company_tails(tail: str) -> None:
    spans = entity_pairs(f"Analysts said Bluestone {tail} would grow.", "en")
    assert (f"Bluestone {tail}", "ORG") in spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Brevik Shipping fell 4% on Tuesday.", "Brevik Shipping"),
        ("Analysts at Solberg Markets cut their forecast.", "Solberg Markets"),
        ("The club said Tranmere Rovers had agreed a fee.", "Tranmere Rovers"),
    ],
)
def test_company_and_club_tails_make_organisations(text: str, name: str) -> None:
    assert dict(entity_pairs(text, "en")).get(name) == "ORG"


def test_a_bank_named_alone_is_an_organisation() -> None:
    assert name_pairs("She is an economist at Rabobank.", "en") == [("Rabobank", "ORG")]


def test_the_market_shows_a_company_everywhere_in_the_article() -> None:
    text = (
        "Shares in Brightwater fell 4 per cent on Tuesday. Investors in London were "
        "cautious, and a rival bid for Brightwater is now expected."
    )
    labels = [lab for t, lab in entity_pairs(text, "en") if t == "Brightwater"]
    assert labels == ["ORG", "ORG"]


def test_lowercase_listed_brand() -> None:
    spans = set(entity_pairs("La ministre s’est confiée à franceinfo mardi.", "fr"))
    assert ("franceinfo", "ORG") in spans
    assert not set(entity_pairs("Voir franceinfo.fr pour le détail.", "fr")) & {
        ("franceinfo", "ORG")
    }
