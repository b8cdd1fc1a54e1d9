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


@pytest.mark.parametrize(
    "tail", ["Capital", "Records", "Labs", "Pharmaceuticals", "Copper", "Lithium"]
)
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chips are made by Tarsis Semiconductor in Taiwan.", "Tarsis Semiconductor"),
        ("A note from Belmont Securities cut the target.", "Belmont Securities"),
        ("Data from Halvard Research showed a decline.", "Halvard Research"),
        ("The rise of Okoro Brands worried rivals.", "Okoro Brands"),
    ],
)
def test_a_trade_word_ends_a_company_name(text: str, name: str) -> None:
    assert (name, "ORG") in entity_pairs(text, "en")


def test_a_firm_after_lawyers_at_is_an_organisation() -> None:
    text = "He thanked his lawyers at Brennan Whitlock for their work."
    assert name_pairs(text, "en") == [("Brennan Whitlock", "ORG")]


def test_a_companys_own_word_stays_the_company_later() -> None:
    text = (
        "Shares of Dovecote Brands Inc. fell 9%. Analysts said Dovecote still expected "
        "growth in Canada."
    )
    pairs = name_pairs(text, "en")
    assert ("Dovecote", "ORG") in pairs
    assert ("Dovecote", "PER") not in pairs


def test_a_maker_before_a_model_code_is_the_organisation() -> None:
    text = "La compagnie a commandé trois Airbus A350 et deux Embraer E195."
    pairs = name_pairs(text, "fr")
    assert ("Airbus", "ORG") in pairs
    assert not [p for p in pairs if "A350" in p[0]]


def test_a_plus_sign_belongs_to_a_service_name() -> None:
    text = "The series moves from Netflix to Paramount+ next year."
    assert ("Paramount+", "ORG") in name_pairs(text, "en")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Northwind Ferries said it accepted the findings. Asked whether the company "
            "would appeal, a spokeswoman said no.",
            "Northwind Ferries",
            "ORG",
        ),
        (
            'Skyward Pacific said it would pay the fine. "We are sorry," the airline said.',
            "Skyward Pacific",
            "ORG",
        ),
        (  # a person's role in apposition, then a reported clause on the company
            "Umoya's chief executive, Thabo Mokoena, said the company was disappointed.",
            "Thabo Mokoena",
            "PER",
        ),
    ],
)
def test_a_run_the_company_noun_takes_up_is_a_company(text: str, name: str, label: str) -> None:
    """ "X said …", then "the company said" or "Asked whether the company would": X is
    that company, though a verb of saying made it read as a person."""
    assert (name, label) in entity_pairs(text, "en")
