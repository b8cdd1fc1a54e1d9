"""Search query syntax: field filters, exact phrases, exclusions, and entity hits.

A hand-built corpus of four articles with known outlets, languages, dates, entities
and quotes, so each filter's effect can be stated exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.search.query import FieldFilter, parse_query
from tui.core.search.searcher import Searcher, SearchIndex

TEXTS = {
    "m1": "Kim Jong-un promet une « grande victoire » à Moscou. Dmitri Peskov a salué la visite.",
    "m2": "Dmitri Peskov parle d'une victoire grande et nette. Kim reste discret à Pyongyang.",
    "f1": "« Nous parlerons de tout », a déclaré Dmitri Peskov. La grande victoire attendra.",
    "e1": "John Kirby said the visit was a grande victoire for nobody. Kim Yo-jong stayed home.",
}
META = {
    "m1": ("Le Monde", "fr", "2024-05-01"),
    "m2": ("Le Monde", "fr", "2024-05-20"),
    "f1": ("Le Figaro", "fr", "2024-06-02T08:00:00"),
    "e1": ("Reuters", "en", None),
}


def _entity(aid: str, surface: str, canonical: str, label: str = "PER") -> Entity:
    start = TEXTS[aid].index(surface)
    return Entity(start, start + len(surface), surface, label, canonical)  # type: ignore[arg-type]


def _quote(aid: str, words: str, speaker: str | None) -> Quote:
    start = TEXTS[aid].index(words)
    return Quote(start, start + len(words), words, speaker, "fragment")


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    articles = [
        Article(
            id=aid,
            path=f"{aid}.txt",
            text=text,
            title=f"Titre {aid}",
            source=META[aid][0],
            language=META[aid][1],
            date=META[aid][2],
        )
        for aid, text in TEXTS.items()
    ]
    analyses = {
        "m1": ArticleAnalysis(
            "m1",
            (
                _entity("m1", "Kim Jong-un", "Kim Jong-un"),
                _entity("m1", "Moscou", "Moscou", "LOC"),
                _entity("m1", "Dmitri Peskov", "Dmitri Peskov"),
            ),
            (_quote("m1", "grande victoire", "Kim Jong-un"),),
        ),
        "m2": ArticleAnalysis(
            "m2",
            (
                _entity("m2", "Dmitri Peskov", "Dmitri Peskov"),
                _entity("m2", "Kim", "Kim"),
                _entity("m2", "Pyongyang", "Pyongyang", "LOC"),
            ),
        ),
        "f1": ArticleAnalysis(
            "f1",
            (_entity("f1", "Dmitri Peskov", "Dmitri Peskov"),),
            (_quote("f1", "Nous parlerons de tout", "Dmitri Peskov"),),
        ),
        "e1": ArticleAnalysis(
            "e1",
            (
                _entity("e1", "John Kirby", "John Kirby"),
                _entity("e1", "Kim Yo-jong", "Kim Yo-jong"),
            ),
        ),
    }
    return SearchIndex(articles, analyses)


def _articles(index: SearchIndex, query: str, kinds: set[str] | None = None) -> set[str]:
    return {h.article_id for h in index.search(query, kinds=kinds, limit=50)}


# -- the parser --------------------------------------------------------------------------


def test_parser_reads_every_part() -> None:
    q = parse_query('Kim -kirby "Grande Victoire" -"a déclaré" speaker:Péskov -source:RFI')
    assert q.words == ("kim", "grande", "victoire")
    assert q.phrases == (("grande", "victoire"),)
    assert q.without_words == ("kirby",)
    assert q.without_phrases == (("a", "declare"),)
    assert q.filters == (
        FieldFilter("speaker", "peskov"),
        FieldFilter("source", "rfi", negated=True),
    )
    assert q.exact == {"grande", "victoire"}
    assert q.problems == ()


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("date:2024-05-01", "2024-05-01", "2024-05-01"),
        ("date:2024-05", "2024-05", "2024-05"),
        ("date:2024-05-01..2024-05-31", "2024-05-01", "2024-05-31"),
        ("date:..2024-05-31", "", "2024-05-31"),
        ("date:2024-05-10..", "2024-05-10", ""),
    ],
)
def test_parser_reads_dates_and_ranges(text: str, low: str, high: str) -> None:
    (f,) = parse_query(text).filters
    assert (f.field, f.low, f.high) == ("date", low, high)


@pytest.mark.parametrize("text", ["date:hier", "date:2024-5-1", "date:..", "date:2024-05-01..mai"])
def test_an_unusable_date_is_reported_not_raised(text: str) -> None:
    q = parse_query(f"kim {text}")
    assert q.filters == ()
    assert len(q.problems) == 1 and q.problems[0].startswith(text)
    assert q.words == ("kim",)


def test_quoted_values_unknown_fields_and_half_typed_filters() -> None:
    q = parse_query('source:"Le Monde" lang:French http://x.org 10:30 speaker: "date:2024"')
    assert FieldFilter("source", "le monde") in q.filters
    assert FieldFilter("lang", "fr") in q.filters
    assert len(q.filters) == 2  # "speaker:" is still being typed; a quoted "date:…" is text
    assert q.words == ("http", "x", "org", "10", "30", "date", "2024")
    assert parse_query('"grande victoire').phrases == (("grande", "victoire"),)  # unclosed
    assert parse_query("«grande victoire»").phrases == (("grande", "victoire"),)


_PIECES = [*'ab :-."«»“”\x00é\n', "date", "speaker", "source", "2024-05", "..", "lang"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join) | st.text())
@settings(max_examples=300, deadline=None)
def test_parser_never_raises(text: str) -> None:
    parse_query(text)


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_search_never_raises_on_any_query(text: str) -> None:
    index = SearchIndex(
        [Article(id="x", path="x", text="Kim à Moscou.", title="T", date="2024-01-01")]
    )
    for hit in index.search(text):
        assert hit.article_id == "x"


# -- each filter ---------------------------------------------------------------------------


def test_speaker_keeps_that_speakers_quotes(index: SearchIndex) -> None:
    hits = index.search("speaker:peskov", limit=50)
    assert [(h.kind, h.text) for h in hits] == [("quote", "Nous parlerons de tout")]
    assert index.search("speaker:peskov victoire") == []
    assert [h.text for h in index.search("victoire -speaker:kim", kinds={"quote"})] == []
    assert [h.text for h in index.search("victoire speaker:KIM", kinds={"quote"})] == [
        "grande victoire"
    ]


def test_entity_keeps_articles_naming_it(index: SearchIndex) -> None:
    assert _articles(index, "entity:peskov", {"article"}) == {"m1", "m2", "f1"}
    assert _articles(index, "victoire entity:pyongyang") == {"m2"}
    assert _articles(index, "victoire -entity:peskov") == {"e1"}


def test_source_is_forgiving_and_can_be_quoted(index: SearchIndex) -> None:
    assert _articles(index, "source:monde") == {"m1", "m2"}
    assert _articles(index, 'source:"LE MONDE" victoire') == {"m1", "m2"}
    assert _articles(index, "victoire -source:monde") == {"f1", "e1"}


def test_language(index: SearchIndex) -> None:
    assert _articles(index, "lang:en") == {"e1"}
    assert _articles(index, "victoire lang:english") == {"e1"}
    assert _articles(index, "victoire -lang:en") == {"m1", "m2", "f1"}


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024-05-01", {"m1"}),
        ("2024-05", {"m1", "m2"}),
        ("2024", {"m1", "m2", "f1"}),
        ("2024-05-02..2024-06-30", {"m2", "f1"}),
        ("..2024-05-31", {"m1", "m2"}),
        ("2024-06..", {"f1"}),
    ],
)
def test_dates_and_ranges(index: SearchIndex, date: str, expected: set[str]) -> None:
    assert _articles(index, f"date:{date}") == expected
    assert _articles(index, f"victoire date:{date}") == expected
    assert _articles(index, f"victoire -date:{date}") == {"m1", "m2", "f1", "e1"} - expected


def test_filters_combine_with_and(index: SearchIndex) -> None:
    assert _articles(index, "source:monde date:2024-05-20 peskov") == {"m2"}
    assert _articles(index, "lang:fr -source:figaro entity:kim") == {"m1", "m2"}
    assert _articles(index, "lang:en source:monde") == set()


# -- phrases and exclusions ----------------------------------------------------------------


def test_a_phrase_is_exact_in_order_accents_and_case_folded(index: SearchIndex) -> None:
    hits = index.search('"GRANDE VICTOIRE"', limit=50)
    assert {h.article_id for h in hits} == {"m1", "f1", "e1"}  # m2 has "victoire grande"
    assert all("grande victoire" in h.text.lower() for h in hits)
    assert _articles(index, '"parlerons de tout"') == {"f1"}
    assert _articles(index, '"a declare"') == {"f1"}  # "a déclaré", accents folded
    assert _articles(index, '"grand victoire"') == set()  # exact words, no prefix


def test_excluding_words_and_phrases(index: SearchIndex) -> None:
    assert _articles(index, "victoire -kim", {"sentence"}) == {"m2", "f1", "e1"}
    assert _articles(index, 'victoire -"grande victoire"', {"sentence"}) == {"m2"}
    assert _articles(index, "victoire -zzz") == _articles(index, "victoire")
    only = {h.article_id for h in index.search("-monde", kinds={"article"})}
    assert only == {"f1", "e1"}  # exclusions alone list what they leave (titles and outlets)


def test_typing_a_filtered_query_matches_a_fresh_search(index: SearchIndex) -> None:
    searcher = Searcher(index)
    query = "source:monde vic -kim"
    for i in range(1, len(query) + 1):
        typed = query[:i]
        got = [(h.kind, h.article_id, h.start) for h in searcher.search(typed)]
        assert got == [(h.kind, h.article_id, h.start) for h in index.search(typed)], typed


# -- entities --------------------------------------------------------------------------------


def test_an_entity_is_one_hit_with_its_articles(index: SearchIndex) -> None:
    entities = [h for h in index.search("peskov", limit=50) if h.kind == "entity"]
    assert len(entities) == 1
    assert [m[0] for m in entities[0].mentions] == ["m1", "m2", "f1"]
    for aid, start, end in entities[0].mentions:
        assert TEXTS[aid][start:end] == "Dmitri Peskov"
    filtered = [h for h in index.search("peskov source:monde") if h.kind == "entity"]
    assert [m[0] for m in filtered[0].mentions] == ["m1", "m2"]


def test_full_names_rank_at_least_as_high_as_a_bare_surname(index: SearchIndex) -> None:
    names = [h.detail for h in index.search("kim", kinds={"entity"})]
    assert set(names) == {"Kim Jong-un", "Kim Yo-jong", "Kim"}
    assert names[-1] == "Kim"
    scores = {h.detail: h.score for h in index.search("kim", kinds={"entity"})}
    assert scores["Kim Jong-un"] >= scores["Kim"]
