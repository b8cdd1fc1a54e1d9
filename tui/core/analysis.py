"""The analysis pipeline: per-article extraction, then corpus-wide name resolution.

The work splits in two so the expensive part can be cached and run in worker
processes. :func:`analyze_article` looks at one article alone: entities, names
resolved within the article, and quotes whose speakers carry those local names.
:func:`merge_corpus` then resolves names across all articles and renames every
entity and quote speaker to its corpus-wide canonical form, which is cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from tui.core.entities import extract_entities
from tui.core.models import Article, ArticleAnalysis, CorpusEntity, Entity, Quote
from tui.core.names import resolve_names
from tui.core.quotes import extract_quotes

ENGINE_NAME = "rules"
ENGINE_VERSION = "1"


@dataclass(frozen=True, slots=True)
class CorpusAnalysis:
    """Everything the analysis learnt about a corpus, keyed by article id."""

    articles: dict[str, ArticleAnalysis]
    entities: tuple[CorpusEntity, ...]


def analyze_article(article: Article) -> ArticleAnalysis:
    """Analyse one article on its own; names are resolved within the article only."""
    raw = extract_entities(article.text, language=article.language)
    local, _ = resolve_names({article.id: raw})
    ents = local.get(article.id, [])
    quotes = extract_quotes(article.text, ents, language=article.language)
    return ArticleAnalysis(article_id=article.id, entities=tuple(ents), quotes=tuple(quotes))


def merge_corpus(analyses: Iterable[ArticleAnalysis]) -> CorpusAnalysis:
    """Resolve names across articles and rename entities and speakers accordingly."""
    by_id = {a.article_id: a for a in analyses}
    resolved, corpus_entities = resolve_names({aid: list(a.entities) for aid, a in by_id.items()})
    merged: dict[str, ArticleAnalysis] = {}
    for aid, local in by_id.items():
        ents = resolved.get(aid, list(local.entities))
        renames = _local_to_corpus(local.entities, ents)
        quotes = tuple(_rename_speaker(q, renames) for q in local.quotes)
        merged[aid] = ArticleAnalysis(article_id=aid, entities=tuple(ents), quotes=quotes)
    return CorpusAnalysis(articles=merged, entities=tuple(corpus_entities))


def analyze_corpus(articles: Sequence[Article]) -> CorpusAnalysis:
    """Analyse every article, then resolve names across them."""
    return merge_corpus(analyze_article(a) for a in articles)


def _local_to_corpus(local: Sequence[Entity], resolved: Sequence[Entity]) -> dict[str, str]:
    """Map each within-article canonical name to the corpus-wide one, by mention position."""
    corpus_at = {(e.start, e.end): e.canonical for e in resolved}
    renames: dict[str, str] = {}
    for e in local:
        target = corpus_at.get((e.start, e.end))
        if target is not None:
            renames.setdefault(e.canonical, target)
    return renames


def _rename_speaker(quote: Quote, renames: dict[str, str]) -> Quote:
    if quote.speaker is None or quote.speaker not in renames:
        return quote
    return replace(quote, speaker=renames[quote.speaker])
