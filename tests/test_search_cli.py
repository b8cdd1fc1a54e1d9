"""``newsreader search``: the JSON shape, offsets into the article text, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    from tui.paths import bundled_seeds_dir

    return {p.stem: p.read_text(encoding="utf-8") for p in bundled_seeds_dir().glob("*.txt")}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["search", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_shape_and_offsets(capsys, seed_texts) -> None:
    code, out, _ = _run(capsys, "Poutine", "--limit", "30")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"query", "hits"}
    assert data["query"] == "Poutine"
    assert 0 < len(data["hits"]) <= 30
    for hit in data["hits"]:
        extra = {"articles"} if hit["kind"] == "entity" else set()
        assert set(hit) == {"kind", "article_id", "start", "end", "text", "score"} | extra
        if extra:
            assert hit["article_id"] in hit["articles"]
        assert hit["kind"] in {"article", "entity", "quote", "sentence"}
        assert isinstance(hit["score"], float)
        text = seed_texts[hit["article_id"]]
        if hit["kind"] != "article":
            assert text[hit["start"] : hit["end"]] == hit["text"]
    scores = [h["score"] for h in data["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_kind_filter_and_typo(capsys) -> None:
    code, out, _ = _run(capsys, "Peskof", "--kind", "sentence", "--limit", "5")
    assert code == 0
    hits = json.loads(out)["hits"]
    assert hits
    assert {h["kind"] for h in hits} == {"sentence"}
    assert all("Peskov" in h["text"] for h in hits)


def test_explicit_path_and_table(capsys, seed_texts, tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Le Kremlin a salué la visite. Rien d'autre.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "visite", str(article), "--format", "json")
    assert code == 0
    hits = json.loads(out)["hits"]
    found = [(h["kind"], h["article_id"], h["start"], h["end"]) for h in hits]
    assert ("sentence", "note", 0, len("Le Kremlin a salué la visite.")) in found
    code, out, _ = _run(capsys, "visite", str(article), "--format", "table")
    assert code == 0
    assert "sentence" in out


def test_no_hit_is_an_empty_list(capsys) -> None:
    code, out, _ = _run(capsys, "zzzqqqxxx")
    assert code == 0
    assert json.loads(out) == {"query": "zzzqqqxxx", "hits": []}


@pytest.mark.parametrize("bad", [["q", "--limit", "0"], ["q", "--kind", "command"], []])
def test_usage_errors_exit_2(capsys, bad: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", *bad])
    assert exc.value.code == 2


def test_filters_phrases_and_exclusions_on_the_command_line(capsys) -> None:
    code, out, _ = _run(capsys, 'speaker:"kim jong" "grande victoire"', "--limit", "50")
    assert code == 0
    hits = json.loads(out)["hits"]
    assert hits and {h["kind"] for h in hits} == {"quote"}
    assert all("grande victoire" in h["text"].lower() for h in hits)
    code, out, _ = _run(capsys, "peskov -speaker:peskov", "--kind", "quote", "--limit", "50")
    assert all("Peskov" not in h["text"] for h in json.loads(out)["hits"])


def test_a_bad_filter_is_one_line_and_status_2(capsys) -> None:
    code, out, err = _run(capsys, "kim date:demain")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        "newsreader: date:demain: expected a date such as 2024-05-01, 2024-05 or a range "
        "2024-05-01..2024-05-31"
    ]


def test_the_table_shows_the_ids_compare_takes(capsys, seed_texts) -> None:
    code, out, _ = _run(capsys, "peskov", "--kind", "entity", "--format", "table")
    assert code == 0
    assert "id" in out.splitlines()[2]
    shown = [aid for aid in seed_texts if aid in out]
    assert len(shown) >= 3  # the entity's articles, by the ids compare takes


def test_help_documents_the_query_syntax(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    out = capsys.readouterr().out
    for part in (
        "speaker:",
        "entity:",
        "source:",
        "lang:",
        "date:2024-05-01..2024-05-31",
        "-kirby",
    ):
        assert part in out
