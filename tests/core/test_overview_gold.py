"""Quote provenance on the seeds against the gold annotations in ``../shared/gold``.

The analyses are the gold quotes themselves (placed in each seed's text), so these
tests check the grouping, not the extraction; the expected groups are derived from
the annotations, never listed by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tui.core.compare.quotes import quote_key
from tui.core.corpus.loader import load_corpus
from tui.core.models import Article, ArticleAnalysis, Quote
from tui.core.overview.build import build_overview
from tui.core.overview.common import QuoteRef
from tui.core.overview.shared_text import shared_text


@pytest.fixture(scope="module")
def gold(shared_dir: Path):
    articles = load_corpus([shared_dir / "seeds"]).articles
    analyses = {}
    for article in articles:
        doc = yaml.safe_load((shared_dir / "gold" / f"{article.id}.yaml").read_text("utf-8"))
        quotes, start = [], 0
        for q in doc.get("quotes") or ():
            at = article.text.find(q["text"], start)
            if at < 0:
                at = article.text.find(q["text"])
            if at < 0:
                continue
            quotes.append(Quote(at, at + len(q["text"]), q["text"], q["speaker"], q["kind"]))
            start = at + 1
        analyses[article.id] = ArticleAnalysis(article.id, (), tuple(quotes))
    return articles, analyses


def _shared_words(a: str, b: str) -> bool:
    """The gold's notion of the same words: equal, or one holding the other (2+ words)."""
    ka, kb = quote_key(a), quote_key(b)
    short, long_ = sorted((ka, kb), key=len)
    return ka == kb or (len(short.split()) >= 2 and f" {short} " in f" {long_} ")


def test_every_quote_two_seeds_share_with_one_speaker_is_one_group(gold):
    articles, analyses = gold
    overview = build_overview(articles, analyses)
    group_of: dict[tuple[str, int], int] = {}
    for n, group in enumerate(overview.groups):
        for v in group.versions:
            group_of[(v.quote.article_id, v.quote.start)] = n
    quotes = [(aid, q) for aid, a in analyses.items() for q in a.quotes]
    expected = 0
    for i, (aid, q) in enumerate(quotes):
        for bid, r in quotes[i + 1 :]:
            if aid != bid and q.speaker == r.speaker and _shared_words(q.text, r.text):
                expected += 1
                assert (aid, q.start) in group_of, q.text
                assert group_of[(aid, q.start)] == group_of.get((bid, r.start)), (q.text, r.text)
    assert expected >= 5  # the gold does share quotes between seeds


def test_grande_victoire_is_one_group_across_its_three_articles(gold):
    articles, analyses = gold
    carriers = {
        aid
        for aid, a in analyses.items()
        for q in a.quotes
        if quote_key(q.text) == "grande victoire"
    }
    assert len(carriers) == 3
    overview = build_overview(articles, analyses)
    holding = [
        g
        for g in overview.groups
        if any(quote_key(v.quote.text) == "grande victoire" for v in g.versions)
    ]
    assert len(holding) == 1
    assert carriers <= set(holding[0].articles)
    assert all(isinstance(v.quote, QuoteRef) for v in holding[0].versions)


def test_a_seed_against_an_unrelated_article_shares_nothing(gold):
    articles, _analyses = gold
    unrelated = Article(
        "recette",
        "memory",
        "La tarte aux pommes demande une pâte brisée bien froide.\n"
        "Étalez la pâte, disposez les pommes en rosace et saupoudrez de sucre.\n"
        "Faites cuire quarante minutes à four chaud, puis laissez tiédir avant de servir.",
        "Tarte aux pommes",
    )
    for article in articles:
        shared = shared_text(article, [unrelated])
        assert all(not s.carriers for s in shared.sentences)
        assert shared.reference is None and shared.reference_share == 0.0
        assert shared.carried_share == 0.0
