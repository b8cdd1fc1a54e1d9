"""The analysis pipeline: per-article extraction, then corpus-wide name resolution.

The work splits in two so the expensive part can be cached and run in worker
processes. :func:`analyze_article` looks at one article alone: entities, names
resolved within the article, and quotes whose speakers carry those local names.
:func:`merge_corpus` then resolves names across all articles and renames every
entity and quote speaker to its corpus-wide canonical form, which is cheap.

An article's analysis reads a bounded prefix of its text (see
:mod:`tui.core.analysis.limits`), so a 20 MB file costs about as much as a long read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from tui.core.analysis.corpus_roles import link_roles
from tui.core.analysis.limits import (
    ANALYSED_CHARS,
    ANALYSED_QUOTE_MARKS,
    analysed_length,
    analysis_notices,
    bounded,
)
from tui.core.corpus.furniture import non_content_spans
from tui.core.engine_identity import ENGINE_NAME, ENGINE_VERSION
from tui.core.entities.extract import extract_entities
from tui.core.models import Article, ArticleAnalysis, CorpusAnalysis, Entity, Quote
from tui.core.names import resolve_names
from tui.core.quotes.extract import extract_quotes
from tui.core.quotes.parsed import Parse
from tui.core.quotes.speakers import role_links_in

log = logging.getLogger("newsreader")

__all__ = [
    "ANALYSED_CHARS",
    "ANALYSED_QUOTE_MARKS",
    "ENGINE_NAME",
    "ENGINE_VERSION",
    "CorpusAnalysis",
    "analysed_length",
    "analysis_notices",
    "analyze_article",
    "analyze_corpus",
    "finish_analysis",
    "merge_corpus",
]


def analyze_article(article: Article) -> ArticleAnalysis:
    """Analyse one article on its own; names are resolved within the article only.

    A failing step costs only its own layer of this one article (with a warning on
    the ``newsreader`` logger), never the rest of the article or the corpus. A very
    long article is read only up to :func:`analysed_length`.
    """
    article = bounded(article)
    try:
        raw: list[Entity] | Exception = extract_entities(article.text, language=article.language)
    except Exception as exc:
        raw = exc
    return finish_analysis(article, raw)


def finish_analysis(
    article: Article, raw: list[Entity] | Exception, *, parse: Parse | None = None
) -> ArticleAnalysis:
    """Everything after finding names, whichever engine found them (``raw``, or the
    error it raised): furniture left out, names resolved within the article, quotes
    (speakers from ``parse`` when the engine brings a parser) and role links. A
    failing layer costs only that layer of this article."""
    ents: list[Entity] = []
    if isinstance(raw, Exception):
        report(article, "entity extraction", raw)
    else:
        try:
            found = {article.id: outside_furniture(article, raw)}
            local, _ = resolve_names(found, texts={article.id: article.text})
            ents = local.get(article.id, [])
        except Exception as exc:
            report(article, "name resolution", exc)
    try:
        quotes = extract_quotes(article.text, ents, language=article.language, parse=parse)
    except Exception as exc:
        report(article, "quote extraction", exc)
        quotes = []
    try:
        roles = role_links_in(article.text, ents)
    except Exception as exc:
        report(article, "role linking", exc)
        roles = []
    return ArticleAnalysis(article.id, tuple(ents), tuple(quotes), tuple(roles))


def outside_furniture(article: Article, entities: list[Entity]) -> list[Entity]:
    """Drop names on furniture and signature lines: "Avec l'AFP" credits an agency,
    it does not bring one into the story."""
    skip = non_content_spans(article.text, article.paragraphs, article.furniture)
    if not skip:
        return entities
    return [e for e in entities if not any(s.start < e.end and e.start < s.end for s in skip)]


def report(article: Article, step: str, exc: Exception) -> None:
    """One warning on the ``newsreader`` logger for a layer left out of one article."""
    log.warning(
        "%s failed on %s (%s: %s); that layer is left out for this article",
        step,
        article.path or article.id,
        type(exc).__name__,
        exc,
    )


def merge_corpus(
    analyses: Iterable[ArticleAnalysis], articles: Iterable[Article] | None = None
) -> CorpusAnalysis:
    """Resolve names across articles and rename entities and speakers accordingly.

    With the ``articles`` themselves, a speaker an article only describes (« le
    président russe ») also takes the name another article ties to that role.
    """
    by_id = {a.article_id: a for a in analyses}
    articles = list(articles) if articles is not None else None
    texts = {a.id: a.text for a in articles or ()}
    found = {aid: list(a.entities) for aid, a in by_id.items()}
    resolved, corpus_entities = resolve_names(found, texts=texts)
    merged: dict[str, ArticleAnalysis] = {}
    for aid, local in by_id.items():
        ents = resolved.get(aid)
        if ents is None:
            merged[aid] = local
            continue
        renames = _local_to_corpus(local.entities, ents)
        if renames:
            quotes = tuple(_rename_speaker(q, renames) for q in local.quotes)
            roles = tuple((role, renames.get(name, name)) for role, name in local.roles)
        else:
            quotes, roles = local.quotes, local.roles
        merged[aid] = ArticleAnalysis(aid, tuple(ents), quotes, roles)
    if articles is not None:
        link_roles(merged, {a.id: a for a in articles if a.id in merged})
    return CorpusAnalysis(articles=merged, entities=tuple(corpus_entities))


def analyze_corpus(articles: Sequence[Article]) -> CorpusAnalysis:
    """Analyse every article, then resolve names across them."""
    return merge_corpus((analyze_article(a) for a in articles), articles)


def _local_to_corpus(local: Sequence[Entity], resolved: Sequence[Entity]) -> dict[str, str]:
    """Map each within-article canonical name to the corpus-wide one, by mention position."""
    corpus_at = {(e.start, e.end): e.canonical for e in resolved}
    seen: dict[str, str] = {}
    for e in local:
        target = corpus_at.get((e.start, e.end))
        if target is not None:
            seen.setdefault(e.canonical, target)
    return {name: target for name, target in seen.items() if target != name}


def _rename_speaker(quote: Quote, renames: dict[str, str]) -> Quote:
    renamed = renames.get(quote.speaker) if quote.speaker is not None else None
    if renamed is None:
        return quote
    return replace(quote, speaker=renamed)
