"""The English entity gold (development data) is well formed: every surface it names is
in its article, with a label the scorer counts, so a benchmark on it scores real spans."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLD = sorted((FIXTURES / "english_entities").glob("*.yaml"))


def test_there_is_english_entity_gold() -> None:
    assert len(GOLD) >= 3


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_each_gold_surface_is_in_its_article(path: Path) -> None:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = FIXTURES / "quote_gold" / "english" / doc["article"]
    text = article.read_text(encoding="utf-8")
    assert doc["language"] == "en"
    surfaces = [e["text"] for e in doc["entities"]]
    assert len(surfaces) == len(set(surfaces))
    for entity in doc["entities"]:
        assert entity["label"] in ("PER", "LOC", "ORG")
        assert entity["text"] in text, entity["text"]
