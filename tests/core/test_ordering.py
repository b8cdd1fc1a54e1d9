"""How articles are named and ordered in the sidebar: outlet, date, sort keys."""

from __future__ import annotations

import pytest

from tui.core.corpus.ordering import ORDERS, domain_of, outlet_label, short_date, sort_key
from tui.core.models import Article


def article(n: int, **fields) -> Article:
    fields.setdefault("title", f"Titre {n}")
    return Article(id=f"a{n}", path=f"/c/a{n}.md", text="Texte.", **fields)


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"source": " Le Monde "}, "Le Monde"),
        ({"url": "https://www.lemonde.fr/international/article.html"}, "lemonde.fr"),
        ({"source": "", "url": "http://[::1"}, "a0"),  # an address that does not parse
        ({}, "a0"),
    ],
)
def test_every_article_names_an_outlet(fields, label) -> None:
    assert outlet_label(article(0, **fields)) == label


def test_domain_of_ignores_what_is_not_an_address() -> None:
    assert domain_of(None) is None
    assert domain_of("pas une adresse") is None
    assert domain_of("https://WWW.rfi.fr/fr/") == "rfi.fr"


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2024-05-01T10:00:00+02:00", "2024-05-01"),
        ("2024/5/1", "2024-05-01"),
        ("2024-05", "2024-05"),
        ("2024", "2024"),
        ("12 mai 2024", "12 mai 2024"),
        ("  ", None),
        (None, None),
    ],
)
def test_short_date(date, shown) -> None:
    assert short_date(date) == shown


def ordered(articles: list[Article], order: str) -> list[str]:
    positions = sorted(range(len(articles)), key=lambda i: sort_key(articles[i], order, i))
    return [articles[i].id for i in positions]


def test_orders() -> None:
    articles = [
        article(0, title="Zèbre", date="2024-05-01"),
        article(1, title="« Avant »", source="RFI", date="2024-05-03"),
        article(2, title="étoile", source="AFP"),
        article(3, title="Moyen", url="https://www.lemonde.fr/x", date="2024-05-02 08:00"),
        article(4, title="Moyen", source="afp", date="2024-05-04"),
    ]
    assert ordered(articles, "corpus") == ["a0", "a1", "a2", "a3", "a4"]
    # Outlets together, accents and case aside, newest first; unknown outlets last.
    assert ordered(articles, "outlet") == ["a4", "a2", "a3", "a1", "a0"]
    assert ordered(articles, "date") == ["a4", "a1", "a3", "a0", "a2"]
    assert ordered(articles, "title") == ["a1", "a2", "a3", "a4", "a0"]
    assert set(ORDERS) == {"corpus", "outlet", "date", "title"}
