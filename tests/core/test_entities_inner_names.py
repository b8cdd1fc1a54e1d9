"""Places and bodies named inside an organisation's name, after its link word."""

from __future__ import annotations

from tui.core.entities.inner_names import inner_names


def _inner(text: str, *organisations: str) -> list[tuple[str, str, str]]:
    rows = []
    for name in organisations:
        start = text.index(name)
        rows.append((start, start + len(name), name, "ORG", name))
    return [(n.text, n.label, n.outer) for n in inner_names(text, sorted(rows))]


def test_a_listed_body_and_a_listed_place_inside_an_organisation() -> None:
    text = "Le Conseil de sécurité des Nations unies et l'université de Strasbourg."
    assert _inner(text, "Conseil de sécurité des Nations unies", "université de Strasbourg") == [
        ("Nations unies", "ORG", "Conseil de sécurité des Nations unies"),
        ("Strasbourg", "LOC", "université de Strasbourg"),
    ]


def test_the_longest_known_name_after_an_elided_link_word() -> None:
    text = "L'ambassade de Côte d'Ivoire a répondu."
    assert _inner(text, "ambassade de Côte d'Ivoire") == [
        ("Côte d'Ivoire", "LOC", "ambassade de Côte d'Ivoire")
    ]


def test_a_name_the_article_gives_elsewhere_is_found_inside() -> None:
    text = "La mairie de Vernelle a voté. Vernelle compte 900 habitants."
    assert _inner(text, "mairie de Vernelle") == []
    town = text.index("Vernelle compte")
    rows = [
        (3, 21, "mairie de Vernelle", "ORG", "mairie de Vernelle"),
        (town, town + 8, "Vernelle", "LOC", "Vernelle"),
    ]
    assert [(n.text, n.label) for n in inner_names(text, rows)] == [("Vernelle", "LOC")]


def test_a_portfolio_and_a_name_without_link_word_stay_whole() -> None:
    text = "Le ministère de la Culture et SOS Médias Burundi ont publié un rapport."
    assert _inner(text, "ministère de la Culture", "SOS Médias Burundi") == []


def test_english_organisations_hold_names_after_of() -> None:
    text = "A professor at the University of Michigan said so."
    assert _inner(text, "University of Michigan") == [("Michigan", "LOC", "University of Michigan")]


def test_a_large_city_of_the_place_table_inside_an_organisation() -> None:
    """Cities the entity lists leave out are still places when the shipped table of
    countries and large cities holds them; an unknown word after « de » is not."""
    text = "Des chercheurs de l'université de Nagoya et de l'université de Vernelle."
    assert _inner(text, "université de Nagoya", "université de Vernelle") == [
        ("Nagoya", "LOC", "université de Nagoya")
    ]
