"""The overview's JSON form round-trips, and the cache gives it back for an unchanged
corpus only."""

from __future__ import annotations

import json
from dataclasses import replace

from tui.core.models import Article, ArticleAnalysis, CorpusAnalysis, Entity, Quote
from tui.core.overview.build import build_overview
from tui.core.overview.schema import SCHEMA, to_json
from tui.core.overview.store import overview_of, stored_overview

TEXT = "Kim a parlé. « nous serons toujours avec la Russie », a dit Kim devant Poutine."


def corpus():
    articles = [
        Article("a", "memory", TEXT, "Premier", source="AFP", date="2023-09-13"),
        Article("b", "memory", TEXT + " Fin.", "Second", source="Le Monde", date="2023-09-12"),
    ]
    at = TEXT.index("nous")
    words = "nous serons toujours avec la Russie"
    q = Quote(at, at + len(words), words, "Kim", "speech")
    analyses = {
        a.id: ArticleAnalysis(a.id, (Entity(0, 3, "Kim", "PER", "Kim"),), (q,)) for a in articles
    }
    return articles, CorpusAnalysis(analyses, (), fingerprint="f1")


def test_the_json_document_says_where_each_quote_first_appeared():
    articles, analysis = corpus()
    overview = build_overview(articles, analysis.articles)
    doc = json.loads(json.dumps(to_json(overview)))
    assert doc["schema"] == SCHEMA
    (group,) = doc["groups"]
    first = doc["quotes"][group["first"]]
    assert first["article"] == "b"  # the earlier date
    assert [t["article"] for t in doc["timeline"]] == ["b", "a"]
    assert doc["timeline"][0]["new_names"] == ["Kim"] and doc["timeline"][1]["new_names"] == []


def test_the_cache_keeps_the_overview_of_an_unchanged_corpus_only():
    articles, analysis = corpus()
    built = overview_of(articles, analysis, "corpus-1")
    again = stored_overview("corpus-1", analysis, articles)
    assert again is not None and to_json(again) == to_json(built)
    changed = [replace(articles[0], source="Reuters"), articles[1]]
    assert stored_overview("corpus-1", analysis, changed) is None
    assert stored_overview("corpus-1", replace(analysis, fingerprint="f2"), articles) is None
    assert stored_overview("corpus-2", analysis, articles) is None
