"""Quote provenance: grouping across articles with hand-built quotes, first appearance,
relations and word diffs, and properties that hold for any corpus."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Article
from tui.core.overview.common import QuoteRef, time_order
from tui.core.overview.provenance import group_quotes, same_quote


def ref(article: str, text: str, speaker: str = "Kim Jong-un", start: int = 0) -> QuoteRef:
    return QuoteRef(article, f"outlet {article}", start, start + len(text), text, speaker, "speech")


def art(aid: str, date: str | None = None) -> Article:
    return Article(aid, "memory", "texte", aid, date=date)


def groups_of(quotes, articles):
    return group_quotes(quotes, time_order(articles))


def test_cut_and_altered_versions_group_and_say_how_they_differ():
    articles = [art("a"), art("b"), art("c")]
    full = "nous serons toujours aux côtés de la Russie quoi qu'il arrive"
    quotes = [
        ref("a", full),
        ref("b", "toujours aux côtés de la Russie"),
        ref("c", "nous serons toujours aux cotés de la Russie quoi qu'il advienne"),
    ]
    (group,) = groups_of(quotes, articles)
    relations = {v.quote.article_id: v.relation for v in group.versions}
    assert relations == {"a": "first", "b": "cut", "c": "altered"}
    altered = next(v for v in group.versions if v.relation == "altered")
    changed = [
        altered.quote.text[op.right.start : op.right.end]
        for op in altered.diff
        if op.tag != "equal"
    ]
    assert changed == ["advienne"]
    assert group.outlets == ("outlet a", "outlet b", "outlet c")


def test_the_same_words_by_two_speakers_are_two_groups():
    articles = [art("a"), art("b")]
    quotes = [
        ref("a", "une grande victoire", "Kim Jong-un"),
        ref("b", "une grande victoire", "Vladimir Poutine"),
    ]
    assert len(groups_of(quotes, articles)) == 2


def test_unrelated_quotes_of_one_speaker_stay_apart():
    articles = [art("a"), art("b")]
    quotes = [ref("a", "la coopération militaire progresse"), ref("b", "nous irons sur la Lune")]
    assert all(not g.travelled for g in groups_of(quotes, articles))


def test_first_appearance_is_by_date_else_by_corpus_order():
    dated = [art("a", "2023-09-14"), art("b", "2023-09-12"), art("c")]
    quotes = [ref("a", "grande victoire"), ref("b", "grande victoire"), ref("c", "grande victoire")]
    (group,) = groups_of(quotes, dated)
    assert [v.quote.article_id for v in group.versions] == ["b", "a", "c"]
    undated = [art("c"), art("a"), art("b")]
    (group,) = groups_of(quotes, undated)
    assert group.first.article_id == "c"


def test_partial_alignment_needs_most_words_in_order():
    assert same_quote(
        "nous ne cederons pas face a la pression", "nous ne cederons jamais face a cette pression"
    )
    assert not same_quote("nous ne cederons pas", "la situation reste tres preoccupante")
    assert not same_quote("victoire", "grande victoire")  # one word is not a cut


def test_a_big_speaker_block_is_compared_by_rare_words_only():
    """Past the small-block size, quotes meet only through their rare words; a reprint
    of one quote in hundreds of articles is still one group."""
    articles = [art(f"a{i:04d}") for i in range(600)]
    rng = random.Random(7)
    quotes = []
    for a in articles:
        own = " ".join(_token(rng) for _ in range(4))
        quotes.append(ref(a.id, f"le dossier {own}", start=0))
        quotes.append(ref(a.id, "nous ne céderons pas face à la pression", start=100))
    groups = groups_of(quotes, articles)
    big = [g for g in groups if len(g.articles) > 1]
    assert len(big) == 1 and len(big[0].articles) == 600


def _token(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghjklmnpqrstvz") for _ in range(8))


SPEAKERS = st.sampled_from(["Kim Jong-un", "Vladimir Poutine", "Dmitri Peskov"])
WORDS = st.sampled_from("grande victoire nous serons toujours avec la Russie coopération".split())
QUOTE = st.tuples(st.integers(0, 4), SPEAKERS, st.lists(WORDS, min_size=1, max_size=6))


@settings(max_examples=60, deadline=None)
@given(st.lists(QUOTE, max_size=25))
def test_a_group_never_mixes_speakers_and_holds_every_quote_once(drawn):
    articles = [art(f"a{i}") for i in range(5)]
    quotes = [
        ref(f"a{k}", " ".join(ws), who, start=n * 100) for n, (k, who, ws) in enumerate(drawn)
    ]
    groups = groups_of(quotes, articles)
    for g in groups:
        assert len({v.quote.speaker for v in g.versions}) == 1
    seen = [v.quote for g in groups for v in g.versions]
    assert sorted(seen, key=lambda q: (q.article_id, q.start)) == sorted(
        quotes, key=lambda q: (q.article_id, q.start)
    )


@settings(max_examples=40, deadline=None)
@given(st.lists(QUOTE, max_size=20), st.integers(0, 4), st.integers(0, 4))
def test_swapping_two_dated_articles_changes_no_group(drawn, i, j):
    articles = [art(f"a{k}", f"2023-09-{10 + k:02d}") for k in range(5)]
    quotes = [
        ref(f"a{k}", " ".join(ws), who, start=n * 100) for n, (k, who, ws) in enumerate(drawn)
    ]
    swapped = list(articles)
    swapped[i], swapped[j] = swapped[j], swapped[i]

    def shape(groups):
        return sorted(
            (
                g.first.article_id,
                g.first.start,
                tuple(sorted((v.quote.article_id, v.quote.start) for v in g.versions)),
            )
            for g in groups
        )

    assert shape(groups_of(quotes, articles)) == shape(groups_of(quotes, swapped))
