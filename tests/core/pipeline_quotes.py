"""Quotes as the engines give them for a whole invented text.

Attribution tests that also depend on what the entity extractor finds (a title cut
before a name, a body recognised from ", which") run both together, as ``newsreader
analyze`` does: the rules' entities and the quote extractor, the whole article
pipeline, or the trained engine.
"""

from __future__ import annotations

from tui.core.analysis.engine_trained import analyze_articles_trained
from tui.core.analysis.pipeline import analyze_article
from tui.core.entities.extract import extract_entities
from tui.core.models import Article, Quote
from tui.core.quotes.extract import extract_quotes


def rules_quotes(text: str, language: str = "en") -> list[Quote]:
    """The quotes of ``text`` with the entities the rules find in it."""
    return extract_quotes(text, extract_entities(text, language=language), language=language)


def rules_speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in rules_quotes(text, language)]


def rules_by_text(text: str, language: str = "en") -> dict[str, str | None]:
    return {q.text: q.speaker for q in rules_quotes(text, language)}


def article_quotes(body: str, language: str = "en", title: str = "Report") -> list[Quote]:
    """The quotes of an article made of a headline and ``body``, through the pipeline."""
    text = f"{title}\n\n{body}\n"
    article = Article(id="a", path="a.txt", title=title, text=text, language=language)
    return analyze_article(article).quotes


def trained_quotes(text: str, title: str) -> list[Quote]:
    """The quotes of a French article ``text`` read by the trained engine."""
    article = Article(id="a", path="a.txt", title=title, text=text, language="fr")
    [analysis] = analyze_articles_trained([article])
    return analysis.quotes


def trained_article_speakers(body: str, title: str) -> list[str | None]:
    """The speakers the trained engine gives the quotes of an article made of a
    headline and ``body``, in order."""
    return [q.speaker for q in trained_quotes(f"{title}\n\n{body}\n", title)]
