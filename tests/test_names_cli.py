"""End to end through the command line: a French and an English article about the same
event name the same places and bodies once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

FRENCH = """La Russie répond aux sanctions

La Russie a annoncé mardi de nouvelles mesures contre les sanctions décidées à
Bruxelles. Selon le ministère des Affaires étrangères, Moscou « ne restera pas sans
réponse ». L'Union européenne avait adopté lundi un nouveau train de mesures, que
l'OTAN a salué. La Russie accuse les États-Unis d'avoir inspiré ces décisions.
"""

ENGLISH = """Russia answers the sanctions

Russia announced new measures on Tuesday against the sanctions agreed in Brussels.
The foreign ministry said Moscow "will not leave this unanswered". The European Union
adopted a new package of measures on Monday, which NATO welcomed. Russia accuses the
United States of having inspired these decisions.
"""


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    french = tmp_path / "sanctions_fr.txt"
    english = tmp_path / "sanctions_en.txt"
    french.write_text(FRENCH, encoding="utf-8")
    english.write_text(ENGLISH, encoding="utf-8")
    return french, english


def test_analyze_gives_russie_and_russia_one_canonical_name(capsys, pair) -> None:
    assert main(["analyze", *map(str, pair)]) == 0
    data = json.loads(capsys.readouterr().out)
    canonical = {
        e["text"]: e["canonical"] for article in data["articles"] for e in article["entities"]
    }
    assert canonical["Russie"] == canonical["Russia"] == "Russie"  # three mentions to two
    assert canonical["Moscou"] == canonical["Moscow"]
    russia = [e for e in data["entities"] if "Russia" in e["aliases"]]
    assert len(russia) == 1
    assert set(russia[0]["aliases"]) == {"Russie", "Russia"}
    assert len(russia[0]["articles"]) == 2


def test_compare_lists_the_places_both_articles_name_as_shared(capsys, pair) -> None:
    assert main(["compare", *map(str, pair)]) == 0
    data = json.loads(capsys.readouterr().out)
    shared = set(data["shared_entities"])
    assert {"Russie", "Bruxelles", "OTAN", "Union européenne", "États-Unis"} <= shared
    assert len(shared & {"Moscou", "Moscow"}) == 1  # one mention each: either name
    assert data["only_right_entities"] == []  # everything the English article names


def test_an_entity_filter_by_either_name_finds_both_articles(capsys, pair) -> None:
    for name in ("moscou", "Moscow", "russia"):
        query = f"entity:{name}"
        assert main(["search", query, *map(str, pair), "--kind", "article"]) == 0
        hits = json.loads(capsys.readouterr().out)["hits"]
        assert sorted(h["article_id"] for h in hits) == ["sanctions_en", "sanctions_fr"], name
