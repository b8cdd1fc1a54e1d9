"""The analysis pipeline: entities per article, names resolved across the corpus, quotes.

Order matters: quote speakers are reported by canonical name, so quotes are attributed
after cross-article name resolution has given every mention its canonical form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.entities import extract_entities
from tui.core.models import Article, ArticleAnalysis, CorpusEntity, Entity
from tui.core.names import resolve_names
from tui.core.quotes import extract_quotes


@dataclass(frozen=True, slots=True)
class CorpusAnalysis:
    """Everything the analysis learnt about a corpus, keyed by article id."""

    articles: dict[str, ArticleAnalysis]
    entities: tuple[CorpusEntity, ...]


def analyze_corpus(articles: Sequence[Article]) -> CorpusAnalysis:
    """Analyse every article, resolve names across them, then attribute quotes."""
    mentions: dict[str, list[Entity]] = {
        a.id: extract_entities(a.text, language=a.language) for a in articles
    }
    resolved, corpus_entities = resolve_names(mentions)
    results: dict[str, ArticleAnalysis] = {}
    for article in articles:
        ents = resolved.get(article.id, [])
        quotes = extract_quotes(article.text, ents, language=article.language)
        results[article.id] = ArticleAnalysis(
            article_id=article.id, entities=tuple(ents), quotes=tuple(quotes)
        )
    return CorpusAnalysis(articles=results, entities=tuple(corpus_entities))


def analyze_article(article: Article) -> ArticleAnalysis:
    """Analyse one article on its own (names resolved within the article only)."""
    return analyze_corpus([article]).articles[article.id]
