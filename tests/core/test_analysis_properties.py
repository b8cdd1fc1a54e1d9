"""The whole analysis pipeline on arbitrary text: it never raises and its spans hold.

Each extractor has its own property tests; these check what the JSON consumers of
``newsreader analyze`` rely on once the steps are chained and names are merged
across articles.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.analysis.pipeline import analyze_corpus
from tui.core.models import Article

MARKS = set('«»“”„‹›‘’"')

news_alphabet = st.sampled_from(
    [
        *"abcdeKLMNOP ’'-.,;:!?\n«»“”„‹›\"()[]",
        *("Kim Jong-un", "Vladimir Poutine", " a déclaré ", " said ", "M. ", "Dr. ", "l’", "[/]"),
    ]
)
news_text = st.lists(news_alphabet, max_size=80).map("".join)
any_text = st.one_of(st.text(max_size=300), news_text)


def _check(text: str, analysis) -> None:
    previous_end = 0
    for e in analysis.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= previous_end, "entity spans overlap"
        assert text[e.start : e.end] == e.text
        assert e.label in {"PER", "LOC", "ORG", "MISC"}
        assert e.canonical
        previous_end = e.end
    for q in analysis.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.kind in {"speech", "fragment", "other"}
        # A quote sits after a quotation mark (directly, or further back when it
        # continues one past an incise or a paragraph break).
        assert any(m in text[: q.start] for m in MARKS), "quote with no opening mark"
        assert "\n" not in q.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_text, min_size=1, max_size=3), st.sampled_from(["fr", "en"]))
def test_any_corpus_analyses_with_valid_spans(texts: list[str], language: str) -> None:
    articles = [
        Article(id=f"a{i}", path=f"a{i}.txt", text=t, title="t", language=language)
        for i, t in enumerate(texts)
    ]
    result = analyze_corpus(articles)
    assert set(result.articles) == {a.id for a in articles}
    for article in articles:
        _check(article.text, result.articles[article.id])
    for entity in result.entities:
        assert entity.mentions >= 1
        assert set(entity.articles) <= {a.id for a in articles}


def test_every_seed_analysis_is_consistent(seeds_dir) -> None:
    from tui.core.corpus.loader import load_corpus

    report = load_corpus([seeds_dir])
    result = analyze_corpus(report.articles)
    for article in report.articles:
        analysis = result.articles[article.id]
        _check(article.text, analysis)
        assert analysis.entities and analysis.quotes
    canonicals = {e.canonical for e in result.entities}
    for analysis in result.articles.values():
        for q in analysis.quotes:
            assert q.speaker is None or isinstance(q.speaker, str)
        assert {e.canonical for e in analysis.entities} <= canonicals
