"""The optional spaCy engine: label mapping, span cleanup, seeds and the CLI flag.

Cleanup and the missing-extra message are tested everywhere; tests that run the model
skip when spaCy or ``fr_core_news_sm`` is not installed (CI installs only ``test``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui import cli
from tui.core.analysis import engine_spacy
from tui.core.analysis.pipeline import analyze_article
from tui.core.models import Article

ELISIONS = ("l’", "d’", "l'", "d'", "qu’", "s’", "L’", "D’")
HONORIFICS = ("M.", "Mme", "Mr.", "Dr", "Mme.")


@pytest.fixture(scope="module")
def french_model() -> object:
    """The loaded French recogniser, or a skip when the extra is not installed."""
    pytest.importorskip("spacy")
    if not engine_spacy.available("fr"):
        pytest.skip("fr_core_news_sm is not installed")
    return engine_spacy.load("fr")


@pytest.mark.parametrize(
    ("spacy_label", "ours"),
    [
        ("PER", "PER"),
        ("PERSON", "PER"),
        ("LOC", "LOC"),
        ("GPE", "LOC"),
        ("FAC", "LOC"),
        ("ORG", "ORG"),
        ("MISC", "MISC"),
        ("NORP", "MISC"),
        ("EVENT", "MISC"),
    ],
)
def test_labels_map_to_ours(spacy_label: str, ours: str) -> None:
    assert engine_spacy.LABELS[spacy_label] == ours


@pytest.mark.parametrize("label", ["DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"])
def test_numbers_and_dates_are_not_names(label: str) -> None:
    assert label not in engine_spacy.LABELS


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Il a vu M. Jean Dupont hier.", "M. Jean Dupont", "Jean Dupont"),
        ("Elle vit à l’ouest de l’Ukraine.", "l’Ukraine", "Ukraine"),
        ("Le rôle d'Israël est clair.", "d'Israël", "Israël"),
        ("Le ministre Sergueï Choïgu s’est rendu.", "Sergueï Choïgu s", "Sergueï Choïgu"),
        ("Il visite le cosmodrome de Vostochny.", "cosmodrome de Vostochny", "Vostochny"),
        ("Le dirigeant Kim Jong-un est arrivé.", "Kim Jong", "Kim Jong-un"),
        ("« Bonjour », a dit Paris.", "Paris.", "Paris"),
        ("Une phrase.\nUkraineLa guerre continue.", "UkraineLa", "Ukraine"),
        ("Selon Siemon T. Wezeman, non.", "Siemon T.", "Siemon T."),
    ],
)
def test_spans_are_trimmed_to_the_name(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    [entity] = engine_spacy._clean(text, [(start, start + len(span), "PER")])
    assert entity.text == expected
    assert text[entity.start : entity.end] == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Fin.\nJeudi, la réunion a eu lieu.", "Jeudi"),
        ("On parle de l’", "l’"),
        ("Le président parle.", "président"),
        ("Il est venu mercredi.", "mercredi"),
        ("Selon M. Dupont.", "M."),
    ],
)
def test_non_names_are_dropped(text: str, span: str) -> None:
    start = text.index(span)
    assert engine_spacy._clean(text, [(start, start + len(span), "PER")]) == []


def test_overlapping_spans_keep_the_first() -> None:
    text = "Vladimir Poutine parle."
    kept = engine_spacy._clean(text, [(0, 16, "PER"), (9, 16, "PER")])
    assert [(e.start, e.end) for e in kept] == [(0, 16)]


def test_engine_key_never_matches_the_rules_engine() -> None:
    from tui.core.store.analysis_cache import default_engine

    assert engine_spacy.engine_key() != default_engine()
    assert engine_spacy.engine_key().startswith("spacy-")


def test_cli_without_the_extra_says_how_to_install(monkeypatch, seeds_dir, capsys) -> None:
    monkeypatch.setattr(engine_spacy, "available", lambda language="fr": False)
    assert cli.main(["analyze", "--engine", "spacy", str(seeds_dir)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "pip install 'newsreader[spacy]'" in err[0]


def test_model_finds_and_labels_french_names(french_model) -> None:
    text = "Emmanuel Macron a reçu à Paris le secrétaire général de l’ONU."
    found = {(e.text, e.label) for e in engine_spacy.extract_entities_spacy(text, language="fr")}
    assert ("Emmanuel Macron", "PER") in found
    assert ("Paris", "LOC") in found
    assert ("ONU", "ORG") in found


def test_spans_are_valid_on_the_seeds(french_model, seeds_dir: Path) -> None:
    from tui.core.corpus.loader import load_corpus

    articles = load_corpus([seeds_dir]).articles
    analyses = engine_spacy.analyze_articles_spacy(articles)
    assert sum(len(a.entities) for a in analyses) > 100
    for article, analysis in zip(articles, analyses, strict=True):
        last_end = 0
        for e in analysis.entities:
            assert 0 <= e.start < e.end <= len(article.text)
            assert article.text[e.start : e.end] == e.text
            assert e.start >= last_end, "entity spans overlap"
            assert e.label in ("PER", "LOC", "ORG", "MISC")
            assert not e.text.startswith(ELISIONS)
            assert e.text.split()[0] not in HONORIFICS
            assert e.text == e.text.strip()
            last_end = e.end
        for q in analysis.quotes:
            assert article.text[q.start : q.end] == q.text


def test_english_falls_back_to_rules_without_an_english_model(french_model) -> None:
    if engine_spacy.available("en"):
        pytest.skip("an English model is installed")
    article = Article(
        id="en1",
        path="en1.txt",
        text='"We will win," said President Joe Biden in Washington.',
        title="t",
        language="en",
    )
    assert engine_spacy.analyze_article_spacy(article) == analyze_article(article)


def test_cli_engine_flag(french_model, seeds_dir: Path, capsys) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    assert cli.main(["analyze", "--engine", "spacy", str(seed)]) == 0
    spacy_doc = json.loads(capsys.readouterr().out)
    assert cli.main(["analyze", str(seed)]) == 0
    rules_doc = json.loads(capsys.readouterr().out)
    [spacy_article] = spacy_doc["articles"]
    [rules_article] = rules_doc["articles"]
    assert spacy_article["text"] == rules_article["text"]
    assert spacy_article["entities"]
    assert spacy_article["entities"] != rules_article["entities"]
    assert set(spacy_doc) == {"articles", "entities"}
