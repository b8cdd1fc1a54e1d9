"""The analysis pipeline: per-article extraction, then corpus-wide name resolution.

The work splits in two so the expensive part can be cached and run in worker
processes. :func:`analyze_article` looks at one article alone: entities, names
resolved within the article, and quotes whose speakers carry those local names.
:func:`merge_corpus` then resolves names across all articles and renames every
entity and quote speaker to its corpus-wide canonical form, which is cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from tui.core.entities import extract_entities
from tui.core.models import Article, ArticleAnalysis, CorpusEntity, Entity, Quote
from tui.core.names import resolve_names
from tui.core.quotes import extract_quotes
from tui.core.speakers import RoleLinks, role_key, role_links_in

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


def merge_corpus(
    analyses: Iterable[ArticleAnalysis], articles: Iterable[Article] | None = None
) -> CorpusAnalysis:
    """Resolve names across articles and rename entities and speakers accordingly.

    With the ``articles`` themselves, a speaker an article only describes (« le
    président russe ») also takes the name another article ties to that role.
    """
    by_id = {a.article_id: a for a in analyses}
    resolved, corpus_entities = resolve_names({aid: list(a.entities) for aid, a in by_id.items()})
    merged: dict[str, ArticleAnalysis] = {}
    for aid, local in by_id.items():
        ents = resolved.get(aid, list(local.entities))
        renames = _local_to_corpus(local.entities, ents)
        quotes = tuple(_rename_speaker(q, renames) for q in local.quotes)
        merged[aid] = ArticleAnalysis(article_id=aid, entities=tuple(ents), quotes=quotes)
    if articles is not None:
        _link_roles(merged, {a.id: a for a in articles if a.id in merged})
    return CorpusAnalysis(articles=merged, entities=tuple(corpus_entities))


def analyze_corpus(articles: Sequence[Article]) -> CorpusAnalysis:
    """Analyse every article, then resolve names across them."""
    return merge_corpus((analyze_article(a) for a in articles), articles)


def _link_roles(merged: dict[str, ArticleAnalysis], texts: dict[str, Article]) -> None:
    """Re-attribute the quotes of articles whose speakers are only described.

    Only articles holding such a speaker (a phrase that names no entity, or a body a
    spokesperson speaks for) are read again; role links come from every article but
    only for roles sharing a word with what is asked, so the pass stays linear.
    """
    asked: dict[str, bool] = {}
    words: set[str] = set(_SPOKES_KEYS)
    for aid, analysis in merged.items():
        if aid not in texts:
            continue
        names = {e.canonical for e in analysis.entities}
        described = [q.speaker for q in analysis.quotes if q.speaker and q.speaker not in names]
        spokes = bool(_SPOKES.search(texts[aid].text)) and any(
            q.speaker in names for q in analysis.quotes
        )
        if described or spokes:
            asked[aid] = True
            for phrase in described:
                words.update(role_key(phrase))
    if not asked:
        return
    links = RoleLinks()
    for aid, article in texts.items():
        for role, name in role_links_in(article.text, merged[aid].entities, words=words):
            links.add(role, name)
    if not len(links):
        return
    for aid in asked:
        article, analysis = texts[aid], merged[aid]
        again = extract_quotes(
            article.text, analysis.entities, language=article.language, roles=links
        )
        if [(q.start, q.end) for q in again] != [(q.start, q.end) for q in analysis.quotes]:
            continue
        quotes = tuple(
            new if new.speaker and new.speaker != old.speaker else old
            for old, new in zip(analysis.quotes, again, strict=True)
        )
        merged[aid] = replace(analysis, quotes=quotes)


_SPOKES_KEYS = ("porte", "parole", "spokesman", "spokeswoman", "spokesperson")
_SPOKES = re.compile(r"porte-parole|spokes(?:man|woman|person)", re.IGNORECASE)


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
