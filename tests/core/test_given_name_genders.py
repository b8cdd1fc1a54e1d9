"""The gender a given name tells when the article marks none: "she" never goes to
"Ben …" nor « il » to « Denise … », while the article's own marks (« Mme », "the
spokeswoman") still win over the name. Every surname is invented for the test."""

from __future__ import annotations

from importlib import resources

import pytest
from quote_text import cast

from tui.core.quotes.pronoun_gender import given_name_gender
from tui.core.text import fold

CAST = cast(
    [
        "Ben Quarrendal",
        "Denise Vellacourt",
        "Pierre Lastignac",
        "Marie Bourdaleix",
        "Yannick Morvezen",
        "Noel Ashgrove",
    ],
    surnames=["Quarrendal", "Vellacourt", "Lastignac", "Bourdaleix", "Morvezen", "Ashgrove"],
)


def _rows() -> list[list[str]]:
    path = resources.files("tui.core.data").joinpath("entities/given_name_genders.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_table_is_folded_names_with_one_gender_each() -> None:
    rows = _rows()
    assert len(rows) > 10_000
    assert all(len(row) == 2 and row[1] in ("m", "f") for row in rows)
    names = [row[0] for row in rows]
    assert names == sorted(set(names))  # sorted, each name once
    assert all(name == fold(name) for name in names)  # no case, no accents


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Marie Bourdaleix", "f"),
        ("Pierre Lastignac", "m"),
        ("Ben Quarrendal", "m"),
        ("Denise Vellacourt", "f"),
        ("Émile Varnoux", "m"),  # folded: no accent in the table
        ("Marie-Christine Oradour", "f"),  # a compound goes by its first part
        ("Dmitry Zavolzhin", "m"),  # romanised from Faker's Russian table
        ("Yelena Kostrova", "f"),
        # Names either gender bears in some country tell nothing.
        ("Camille Ferrandou", None),
        ("Dominique Ravelet", None),
        ("Alex Marchbank", None),
        ("Jordan Pellowe", None),
        ("Andrea Castelvetro", None),
        ("Kim Haldane", None),
        ("Nikita Orlevsky", None),  # a man in Russia, a woman in India
        # A lone word may be a surname: it tells nothing.
        ("Pierre", None),
        ("Martin", None),
    ],
)
def test_a_given_name_tells_its_gender(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def test_she_skips_a_man_named_by_given_name_only() -> None:
    text = (
        "Denise Vellacourt opened the hearing on Monday. Ben Quarrendal spoke next.\n"
        '"We are not finished," she said.'
    )
    assert CAST.speakers(text, "en") == ["Denise Vellacourt"]


def test_il_skips_a_woman_named_by_given_name_only() -> None:
    text = (
        "Pierre Lastignac a ouvert la séance lundi. Marie Bourdaleix a pris la parole "
        "ensuite.\n« Nous n'avons pas fini », a-t-il ajouté."
    )
    assert CAST.speakers(text, "fr") == ["Pierre Lastignac"]


def test_the_article_mark_wins_over_the_given_name() -> None:
    """Yannick is a man's name in the table; « Mme » makes this Yannick a woman."""
    text = (
        "Mme Yannick Morvezen a ouvert la séance lundi. Pierre Lastignac a pris la "
        "parole ensuite.\n« Nous n'avons pas fini », a-t-elle ajouté."
    )
    assert given_name_gender("Yannick Morvezen") == "m"
    assert CAST.speakers(text, "fr") == ["Yannick Morvezen"]


def test_an_english_mark_wins_over_the_given_name() -> None:
    text = (
        "Spokeswoman Noel Ashgrove opened the briefing on Monday. Ben Quarrendal spoke "
        'next.\n"We are not finished," she said.'
    )
    assert given_name_gender("Noel Ashgrove") == "m"
    assert CAST.speakers(text, "en") == ["Noel Ashgrove"]
