"""Fields read straight from a stored analysis equal the fields of its decoded records,
whatever the text (lone surrogates included), so a front end may print either."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from record_strategies import entities, quotes

from tui.core.models import ArticleAnalysis, Entity
from tui.core.store.analysis_codec import LazyAnalyses, encode_analysis, field_tuples

ENTITY = ("start", "end", "text", "label", "canonical")
QUOTE = ("start", "end", "text", "speaker", "kind")

_texts = st.text(max_size=10) | st.sampled_from(["caf\udce9", "\ud800", "Poutine\x85"])
_entities = entities(_texts)
_quotes = quotes(_texts)


def _as_lists(pair: tuple) -> tuple[list, list]:
    return [tuple(row) for row in pair[0]], [tuple(row) for row in pair[1]]


@settings(max_examples=60, deadline=None)
@given(st.lists(_entities, max_size=6), st.lists(_quotes, max_size=4))
def test_stored_fields_equal_the_records_fields(entities: list, quotes: list) -> None:
    analysis = ArticleAnalysis("a", tuple(entities), tuple(quotes), (("maire", "Jean Dupont"),))
    stored = LazyAnalyses({"a": encode_analysis(analysis)})
    from_store = _as_lists(field_tuples(stored, "a", ENTITY, QUOTE))
    from_records = _as_lists(field_tuples({"a": analysis}, "a", ENTITY, QUOTE))
    expected = (
        [tuple(getattr(e, f) for f in ENTITY) for e in entities],
        [tuple(getattr(q, f) for f in QUOTE) for q in quotes],
    )
    assert from_store == from_records == expected


def test_fields_come_in_the_order_asked() -> None:
    analysis = ArticleAnalysis("a", (Entity(3, 7, "Kim", "PER", "Kim Jong Un"),))
    stored = LazyAnalyses({"a": encode_analysis(analysis)})
    entities, quotes = _as_lists(field_tuples(stored, "a", ("canonical", "end"), QUOTE))
    assert entities == [("Kim Jong Un", 7)] and quotes == []


def test_an_article_without_analysis_has_no_fields() -> None:
    plain: dict[str, ArticleAnalysis] = {}
    for analyses in (LazyAnalyses({}), plain):
        assert _as_lists(field_tuples(analyses, "absent", ENTITY, QUOTE)) == ([], [])
