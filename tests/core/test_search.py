"""Search quality over a small hand-built corpus: accents, typos, ranking, narrowing."""

from __future__ import annotations

import pickle
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.search import candidates as search
from tui.core.search import index as search_index
from tui.core.search.index import fold_text, tokens
from tui.core.search.searcher import Searcher, SearchIndex
from tui.core.text import fold_preserving

TEXT_A = (
    "Le président Vladimir Poutine a reçu Kim Jong Un au cosmodrome de Vostotchny. "
    "Le ministre Sergueï Choïgou était présent. "
    "« Nous parlerons de tout », a déclaré Dmitri Peskov."
)
TEXT_B = (
    "La Corée du Nord et la Russie renforcent leur coopération. "
    "Sergueï Choïgu s'est rendu à Pyongyang en juillet. "
    "Les poutres du hangar étaient neuves."
)
TEXT_C = "Une visite sans précédent. Le Kremlin reste discret sur les accords militaires."


def _entity(text: str, surface: str, label: str, canonical: str) -> Entity:
    start = text.index(surface)
    return Entity(start, start + len(surface), surface, label, canonical)  # type: ignore[arg-type]


def _quote(text: str, words: str, speaker: str | None) -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, speaker, "speech")


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Article], dict[str, ArticleAnalysis]]:
    articles = [
        Article(id="a", path="a.txt", text=TEXT_A, title="Poutine reçoit Kim", source="Le Monde"),
        Article(id="b", path="b.txt", text=TEXT_B, title="Moscou et Pyongyang", source="RFI"),
        Article(id="c", path="c.txt", text=TEXT_C, title="Une visite sans précédent"),
    ]
    analyses = {
        "a": ArticleAnalysis(
            "a",
            entities=(
                _entity(TEXT_A, "Vladimir Poutine", "PER", "Vladimir Poutine"),
                _entity(TEXT_A, "Kim Jong Un", "PER", "Kim Jong-un"),
                _entity(TEXT_A, "Vostotchny", "LOC", "Vostotchny"),
                _entity(TEXT_A, "Sergueï Choïgou", "PER", "Sergueï Choïgou"),
                _entity(TEXT_A, "Dmitri Peskov", "PER", "Dmitri Peskov"),
            ),
            quotes=(_quote(TEXT_A, "Nous parlerons de tout", "Dmitri Peskov"),),
        ),
        "b": ArticleAnalysis(
            "b",
            entities=(
                _entity(TEXT_B, "Corée du Nord", "LOC", "Corée du Nord"),
                _entity(TEXT_B, "Russie", "LOC", "Russie"),
                _entity(TEXT_B, "Sergueï Choïgu", "PER", "Sergueï Choïgou"),
                _entity(TEXT_B, "Pyongyang", "LOC", "Pyongyang"),
            ),
        ),
        "c": ArticleAnalysis("c", entities=(_entity(TEXT_C, "Kremlin", "ORG", "Kremlin"),)),
    }
    return articles, analyses


@pytest.fixture(scope="module")
def index(corpus: tuple[list[Article], dict[str, ArticleAnalysis]]) -> SearchIndex:
    articles, analyses = corpus
    return SearchIndex(
        articles, analyses, commands=[("theme: dark", "dark"), ("compare: a ↔ b", ("a", "b"))]
    )


def _texts(index: SearchIndex, query: str, kind: str | None = None) -> list[str]:
    return [h.text for h in index.search(query, kinds=None if kind is None else {kind}, limit=20)]


def test_accents_and_case_are_ignored(index: SearchIndex) -> None:
    hits = index.search("coree", limit=5)
    assert hits[0].kind == "entity"
    assert hits[0].text == "Corée du Nord"
    assert hits[0].positions == (0, 1, 2, 3, 4)
    assert "Corée du Nord" in _texts(index, "CORÉE", "entity")


def test_an_entity_is_one_hit_listing_every_article_that_names_it(index: SearchIndex) -> None:
    hits = index.search("choigu", kinds={"entity"})
    assert len(hits) == 1  # two spellings in two articles, one entity
    hit = hits[0]
    assert (hit.detail, hit.text, hit.article_id) == ("Sergueï Choïgou", "Sergueï Choïgu", "b")
    assert [m[0] for m in hit.mentions] == ["a", "b"]  # corpus order, whatever ranked first
    assert hit.mentions[0][1:] == (TEXT_A.index("Sergueï"), TEXT_A.index("Sergueï") + 15)
    assert hit.to_json()["articles"] == ["a", "b"]
    assert "articles" not in index.search("visite", kinds={"article"})[0].to_json()


@pytest.mark.parametrize(
    ("typo", "wanted"), [("Poutin", "Vladimir Poutine"), ("Peskof", "Dmitri Peskov")]
)
def test_typos_are_tolerated(index: SearchIndex, typo: str, wanted: str) -> None:
    assert _texts(index, typo, "entity")[0] == wanted


def test_exact_above_prefix_above_fuzzy(index: SearchIndex) -> None:
    sentences = [h for h in index.search("poutre", kinds={"sentence"}, limit=10)]
    assert sentences[0].text.startswith("Les poutres")
    exact = index.search("poutres", kinds={"sentence"}, limit=10)
    near = index.search("poutrex", kinds={"sentence"}, limit=10)
    assert exact[0].score > sentences[0].score > near[0].score


def test_entities_and_titles_rank_above_sentences(index: SearchIndex) -> None:
    hits = index.search("pyongyang", limit=10)
    kinds = [h.kind for h in hits]
    assert set(kinds[:2]) == {"entity", "article"}
    assert kinds.index("sentence") > kinds.index("entity")
    visite = index.search("visite", limit=10)
    assert visite[0].kind == "article"
    assert visite[0].article_id == "c"


def test_hit_offsets_point_into_the_article(
    index: SearchIndex, corpus: tuple[list[Article], dict[str, ArticleAnalysis]]
) -> None:
    texts = {a.id: a.text for a in corpus[0]}
    for query in ("peskov", "parlerons", "kremlin", "cooperation"):
        for hit in index.search(query, limit=20):
            if hit.kind in ("entity", "quote", "sentence"):
                assert texts[hit.article_id][hit.start : hit.end] == hit.text
            for p in hit.positions:
                assert 0 <= p < len(hit.text)


def test_quote_found_by_words_and_by_speaker(index: SearchIndex) -> None:
    by_words = index.search("parlerons", kinds={"quote"})
    assert [h.text for h in by_words] == ["Nous parlerons de tout"]
    assert by_words[0].detail == "Dmitri Peskov"
    assert index.search("peskov", kinds={"quote"})[0].text == "Nous parlerons de tout"


def test_article_title_hit_uses_title_place_or_zero(index: SearchIndex) -> None:
    hit = index.search("precedent", kinds={"article"})[0]
    assert (hit.article_id, hit.start, hit.end) == ("c", 0, len("Une visite sans précédent"))
    other = index.search("moscou", kinds={"article"})[0]
    assert (other.article_id, other.start, other.end) == ("b", 0, 0)


def test_commands_are_searchable_and_replaceable(index: SearchIndex) -> None:
    hit = index.search("them", limit=3)[0]
    assert (hit.kind, hit.text, hit.payload) == ("command", "theme: dark", "dark")
    assert index.search("compare a", kinds={"command"})[0].payload == ("a", "b")


def test_multi_word_queries_need_every_word(index: SearchIndex) -> None:
    assert _texts(index, "kim jong", "entity") == ["Kim Jong Un"]
    assert _texts(index, "kim kremlin", "sentence") == []


def test_empty_query_and_kind_filter(index: SearchIndex) -> None:
    assert index.search("") == []
    assert index.search("  ,; ") == []
    assert {h.kind for h in index.search("choigou", kinds={"sentence"})} == {"sentence"}


def test_fold_text_agrees_with_fold_preserving() -> None:
    for text in ("Corée du Nord", "ÉTATS-UNIS", "Choïgou’s straße", "İstanbul ǅ", "plain"):
        assert fold_text(text) == fold_preserving(text)


def _big_corpus() -> tuple[list[Article], dict[str, ArticleAnalysis]]:
    rng = random.Random(3)
    vocab = ["pou", "poutine", "pour", "poutre", "de", "la", "kim", "corée", "kremlin"]
    vocab += [f"mot{i}" for i in range(300)]
    articles, analyses = [], {}
    for n in range(60):
        sentences = [" ".join(rng.choices(vocab, k=12)).capitalize() + "." for _ in range(40)]
        text = " ".join(sentences)
        aid = f"x{n}"
        articles.append(Article(id=aid, path=f"{aid}.txt", text=text, title=f"Titre {n}"))
        ents = tuple(
            Entity(m.start(), m.start() + 7, "Poutine", "PER", "Vladimir Poutine")
            for m in re.finditer("Poutine|poutine", text)
        )
        first = sentences[0][:-1]
        analyses[aid] = ArticleAnalysis(
            aid, entities=ents, quotes=(Quote(0, len(first), first, "Kim", "speech"),)
        )
    return articles, analyses


@pytest.mark.parametrize("bounded", [False, True])
@pytest.mark.parametrize(
    "query", ["poutine de la", "kim corée", "de la pou", "mot12 mot1", "pourr"]
)
def test_incremental_narrowing_matches_fresh_search(
    query: str, bounded: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if bounded:  # force the bounded paths: partial collection and best-first scoring
        monkeypatch.setattr(search, "EAGER_MAX", 40)
        monkeypatch.setattr(search, "SCORE_MAX", 25)
    articles, analyses = _big_corpus()
    index = SearchIndex(articles, analyses)
    searcher = Searcher(index)
    for i in range(1, len(query) + 1):
        typed = query[:i]
        got = [(h.kind, h.article_id, h.start, h.score) for h in searcher.search(typed, limit=15)]
        fresh = [(h.kind, h.article_id, h.start, h.score) for h in index.search(typed, limit=15)]
        assert got == fresh, typed


def test_kind_filter_applies_before_candidates_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "EAGER_MAX", 40)
    monkeypatch.setattr(search, "SCORE_MAX", 25)
    articles, analyses = _big_corpus()
    index = SearchIndex(articles, analyses)
    expected = sum(
        1 for an in analyses.values() if re.search(r"\bde\b", an.quotes[0].text, re.IGNORECASE)
    )
    hits = index.search("de", kinds={"quote"}, limit=100)
    assert {h.kind for h in hits} == {"quote"}
    assert len(hits) == min(expected, 25)


def test_searcher_forgets_candidates_when_commands_change() -> None:
    index = SearchIndex([], {}, commands=[("theme: dark", 1), ("theme: light", 2)])
    searcher = Searcher(index)
    assert [h.text for h in searcher.search("them")] == ["theme: dark", "theme: light"]
    # Same term ids as before, different documents: stale candidates would hide the hit.
    index.set_commands([("alpha", 3), ("beta", 4), ("theme x", 5)])
    assert [h.payload for h in searcher.search("theme")] == [5]


def _segment_terms(texts: list[str]) -> list[set[str]]:
    builder = search_index.SegmentBuilder()
    for text in texts:
        builder.add("sentence", 0, 0, 0, None, text)
    segment = builder.build()
    term_of = dict(zip(segment.sorted_ids, segment.vocab, strict=True))
    return [{term_of[t] for t in segment.doc_terms(d) if t in term_of} for d in range(len(texts))]


_ODD = "aZé É«»’'-_ 0²ßİǅçÇœŒÆ\u0301x\n\tΣσςЖж中ꭰᎠ…\u00a0\u202f\x00ﬁ①\ud800ⅫQ№"


@given(st.lists(st.text(alphabet=_ODD, max_size=12), min_size=1, max_size=6))
@settings(max_examples=150, deadline=None)
def test_index_terms_are_the_query_tokens(texts: list[str]) -> None:
    """Bulk tokenising must agree with how a query is folded and split."""
    expected = [set(tokens(fold_text(t.replace("\x00", " ")))) for t in texts]
    assert _segment_terms(texts) == expected


def test_batches_with_many_distinct_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the code page's room a batch goes through UTF-8: same terms, same ids."""
    monkeypatch.setattr(search_index, "BATCH", 3)
    cjk = "".join(chr(0x4E00 + i) for i in range(200))
    texts = ["Corée", "Choïgou « dit »", cjk[:60] + " Corée", cjk, "coree CHOÏGOU", cjk[150:]]
    expected = [set(tokens(fold_text(t))) for t in texts]
    assert _segment_terms(texts) == expected
    index = SearchIndex(
        [Article(id=f"t{i}", path=f"t{i}.txt", text=t, title="") for i, t in enumerate(texts)]
    )
    found = {h.article_id for h in index.search("coree", kinds={"sentence"})}
    assert found == {"t0", "t2", "t4"}


def test_index_survives_pickling(index: SearchIndex) -> None:
    """An index built in a worker process comes back whole and searchable."""
    copy = pickle.loads(pickle.dumps(index))
    for query in ("coree", "poutin", "them", "kim jong"):
        assert copy.search(query) == index.search(query)
    copy.set_commands([("theme: light", "light")])
    assert copy.search("light")[0].payload == "light"


def test_an_index_without_sentences_still_finds_names_quotes_and_titles(
    corpus: tuple[list[Article], dict[str, ArticleAnalysis]],
) -> None:
    articles, analyses = corpus
    names_only = SearchIndex(articles, analyses, with_sentences=False)
    kinds = {h.kind for q in ("peskov", "parlerons", "moscou") for h in names_only.search(q)}
    assert kinds == {"entity", "quote", "article"}
    assert names_only.search("accords militaires", kinds={"sentence"}) == []
    full = SearchIndex(articles, analyses)
    assert full.search("accords militaires", kinds={"sentence"})
