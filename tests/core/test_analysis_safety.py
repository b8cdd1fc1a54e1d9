"""One article's failing analysis step never sinks the article or the corpus."""

from __future__ import annotations

import logging

import pytest

from tui.core.analysis import pipeline as analysis
from tui.core.analysis.pipeline import analyze_corpus
from tui.core.models import Article
from tui.core.quotes.speakers import role_links_in


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, title=aid, language="fr")


def test_a_failing_quote_step_keeps_entities_and_other_articles(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = analysis.extract_quotes

    def flaky(text, entities, *, language, **options):
        if "piège" in text:
            raise IndexError("boom")
        return real(text, entities, language=language)

    monkeypatch.setattr(analysis, "extract_quotes", flaky)
    good = _article("good", "« Nous partons », a déclaré Marie Curie à Paris.")
    bad = _article("bad", "Jean Moulin est à Lyon. « Un piège », dit-il.")
    with caplog.at_level(logging.WARNING, logger="newsreader"):
        result = analyze_corpus([good, bad])
    assert result.articles["good"].quotes
    assert result.articles["bad"].quotes == ()
    assert {e.text for e in result.articles["bad"].entities} >= {"Jean Moulin", "Lyon"}
    assert "quote extraction failed on bad.txt" in caplog.text


@pytest.mark.parametrize("tail", [", , rien", ", . Fin", ",  ,", ", ;"])
def test_a_name_followed_by_an_empty_apposition_has_no_role(tail: str) -> None:
    from tui.core.models import Entity

    text = f"Selon Marie Curie{tail}"
    ent = Entity(6, 17, "Marie Curie", "PER", "Marie Curie")
    assert role_links_in(text, [ent]) == []
