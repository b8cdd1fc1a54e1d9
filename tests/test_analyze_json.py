"""``newsreader analyze`` JSON: front-matter fields kept, and ids kept when read back."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.corpus.loader import load_corpus

FRONT = """---
title: Le sommet de Vostotchny
url: https://example.org/sommet
author: Jeanne Martin
---
Vladimir Poutine et Kim Jong Un se sont rencontrés mercredi au cosmodrome.
"""


def _analyze(capsys: pytest.CaptureFixture[str], *paths: Path) -> dict:
    assert main(["analyze", *map(str, paths)]) == 0
    return json.loads(capsys.readouterr().out)


def test_front_matter_url_and_author_are_in_the_json(capsys, tmp_path: Path) -> None:
    (tmp_path / "sommet.md").write_text(FRONT, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Une dépêche sans auteur.\n", encoding="utf-8")
    data = _analyze(capsys, tmp_path)
    by_id = {a["id"]: a for a in data["articles"]}
    assert by_id["sommet"]["url"] == "https://example.org/sommet"
    assert by_id["sommet"]["author"] == "Jeanne Martin"
    assert by_id["plain"]["url"] is None and by_id["plain"]["author"] is None


def test_analyze_output_read_back_keeps_its_ids(capsys, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "sommet.md").write_text(FRONT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Une autre dépêche.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text(json.dumps(_analyze(capsys, tmp_path / "in")), encoding="utf-8")
    articles = load_corpus([out]).articles
    assert sorted(a.id for a in articles) == ["b", "sommet"]
    sommet = next(a for a in articles if a.id == "sommet")
    assert (sommet.url, sommet.author) == ("https://example.org/sommet", "Jeanne Martin")
    assert _analyze(capsys, out)["articles"][0]["id"] in {"b", "sommet"}


def test_ids_shared_by_two_objects_fall_back_to_their_position(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps(
            [
                {"id": "dup", "text": "Premier texte."},
                {"id": "dup", "text": "Deuxième texte."},
                {"id": "  seul  ", "text": "Troisième texte."},
                {"id": 7, "text": "Quatrième texte."},
            ]
        ),
        encoding="utf-8",
    )
    ids = [a.id for a in load_corpus([feed]).articles]
    assert ids == ["feed#1", "feed#2", "seul", "feed#4"]


def test_the_document_encoder_takes_what_the_fast_encoder_refuses() -> None:
    import json

    from tui.commands.analyze import encode_document

    document = {"articles": [{"path": "caf\udce9.txt", "n": 10**30}, {"path": "é"}], "x": []}
    decoded = json.loads(encode_document(document).encode("utf-8", "surrogatepass"))
    assert decoded["articles"][0]["n"] == 10**30
    assert decoded["articles"][1]["path"] == "é" and decoded["x"] == []


def test_names_inside_an_organisation_are_listed_with_the_name_holding_them(
    capsys, tmp_path: Path
) -> None:
    text = "Le Conseil de sécurité des Nations unies s'est réuni mardi à Lorvenne.\n"
    (tmp_path / "onu.txt").write_text(text, encoding="utf-8")
    entities = _analyze(capsys, tmp_path)["articles"][0]["entities"]
    inner = [e for e in entities if "inside" in e]
    assert [(e["text"], e["label"], e["inside"]) for e in inner] == [
        ("Nations unies", "ORG", "Conseil de sécurité des Nations unies")
    ]
    spans = sorted((e["start"], e["end"]) for e in entities if "inside" not in e)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
