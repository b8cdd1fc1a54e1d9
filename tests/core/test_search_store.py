"""A search index stored beside the corpus merge reads back exactly as it was built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.search.searcher import SearchIndex
from tui.core.search.storage import (
    decode_segment,
    encode_segment,
    index_key,
    keep_index,
    load_index,
)
from tui.core.store.analysis_cache import AnalysisCache

TEXTS = [
    "Le président Vladimir Poutine a reçu Kim Jong Un à Vostotchny. « Nous parlerons de tout ».",
    "Sergueï Choïgu s'est rendu à Pyongyang. Les poutres du hangar étaient neuves 😀.",
    "Une visite sans précédent. Le Kremlin reste discret sur les accords militaires.",
]
QUERIES = ["poutine", "choigou", "parlerons", "kremlin accords", "poutr", "vostochny", "😀"]


def _entity(text: str, surface: str, label: str) -> Entity:
    start = text.index(surface)
    return Entity(start, start + len(surface), surface, label, surface)  # type: ignore[arg-type]


@pytest.fixture
def corpus() -> tuple[list[Article], dict[str, ArticleAnalysis]]:
    articles = [
        Article(id=f"a{i}", path=f"/c/a{i}.txt", text=t, title=t.split(".")[0])
        for i, t in enumerate(TEXTS)
    ]
    quote_at = TEXTS[0].index("Nous")
    analyses = {
        "a0": ArticleAnalysis(
            "a0",
            (_entity(TEXTS[0], "Vladimir Poutine", "PER"), _entity(TEXTS[0], "Vostotchny", "LOC")),
            (
                Quote(
                    quote_at, quote_at + 22, "Nous parlerons de tout", "Vladimir Poutine", "speech"
                ),
            ),
        ),
        "a1": ArticleAnalysis("a1", (_entity(TEXTS[1], "Sergueï Choïgu", "PER"),)),
        "a2": ArticleAnalysis("a2", (_entity(TEXTS[2], "Kremlin", "ORG"),)),
    }
    return articles, analyses


def _hits(index: SearchIndex) -> list[list[tuple]]:
    return [
        [(h.kind, h.article_id, h.start, h.end, h.text, h.score) for h in index.search(q)]
        for q in QUERIES
    ]


def test_segments_read_back_equal(corpus) -> None:
    articles, analyses = corpus
    index = SearchIndex(articles, analyses)
    for segment in index.corpus_segments().values():
        again = decode_segment(*encode_segment(segment))
        assert again is not None
        for name in ("kinds", "articles", "starts", "ends", "texts", "details", "vocab"):
            assert getattr(again, name) == getattr(segment, name)
        for name in ("sorted_ids", "ranks", "df_cum", "fwd", "fwd_off"):
            assert getattr(again, name) == getattr(segment, name)
        assert again.postings == segment.postings
        assert again.by_len == segment.by_len


def test_a_stored_index_searches_exactly_like_the_built_one(corpus, tmp_path: Path) -> None:
    articles, analyses = corpus
    built = SearchIndex(articles, analyses, commands=[("theme: dark", "dark")])
    key = index_key("fingerprint", articles)
    with AnalysisCache(tmp_path / "analysis.sqlite") as cache:
        keep_index(cache, "corpus", key, built)
        restored = load_index(cache, "corpus", key, articles, commands=[("theme: dark", "dark")])
    assert restored is not None
    assert _hits(restored) == _hits(built)
    assert [h.text for h in restored.search("dark", kinds={"command"})] == ["theme: dark"]


def test_an_index_is_only_found_for_the_same_content_and_order(corpus, tmp_path: Path) -> None:
    articles, analyses = corpus
    key = index_key("fingerprint", articles)
    assert index_key("other", articles) != key
    assert index_key("fingerprint", articles[::-1]) != key
    with AnalysisCache(tmp_path / "analysis.sqlite") as cache:
        assert load_index(cache, "corpus", key, articles) is None
        keep_index(cache, "corpus", key, SearchIndex(articles, analyses))
        assert load_index(cache, "corpus", index_key("other", articles), articles) is None
        assert load_index(cache, "elsewhere", key, articles) is None
        assert load_index(cache, "corpus", key, articles) is not None


def test_damaged_or_foreign_segments_read_as_nothing(corpus) -> None:
    articles, analyses = corpus
    segment = SearchIndex(articles, analyses).corpus_segments()["body"]
    head, blob = encode_segment(segment)
    assert decode_segment(head, blob[:-4]) is None
    assert decode_segment(head, blob + b"\x00") is None
    other_size = json.loads(head)
    other_size["itemsize"] = {code: size * 2 for code, size in other_size["itemsize"].items()}
    assert decode_segment(json.dumps(other_size), blob) is None
