"""Shared text: how much of an article other articles carry, and from which one.

Two figures. Across the corpus, each article's *reuse*: the share of its words inside a
run of six words one other article also has (the "churnalism" figure of the comparison
view), from the article sharing most such runs. Candidates come from an index of word
runs, skipping runs found in many articles (boilerplate), so no pair of articles is
compared unless they share text. For one open article, its sentences with the other
articles that carry each (by the comparison view's sentence alignment), and the share
taken from a chosen reference article (a wire dispatch, a press release).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.core.compare.align import align_sentences
from tui.core.compare.summary import VERBATIM_N, verbatim_share
from tui.core.corpus.furniture import non_content_spans
from tui.core.models import Article, ArticleAnalysis, Span
from tui.core.text import fold, split_sentences, word_spans

#: A run of words found in more articles than this is boilerplate, not a source.
COMMON_RUN = 40
#: Every this many word runs, one is looked up to find an article's candidate sources.
STRIDE = 3
#: Articles aligned sentence by sentence with the open one.
RELATED = 24


@dataclass(frozen=True, slots=True)
class Reuse:
    """An article's reuse: the other article it shares most word runs with, and the
    share of its words inside runs that article also has (0 when none)."""

    article_id: str
    source: str | None
    share: float


@dataclass(frozen=True, slots=True)
class SentenceShare:
    """One sentence of the open article and the other articles that carry it."""

    span: Span
    carriers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SharedText:
    """The open article's sentences, shaded by carriers, and its reference figure;
    ``shares`` is the verbatim share from each compared article, largest first."""

    article_id: str
    sentences: tuple[SentenceShare, ...]
    compared: tuple[str, ...]
    reference: str | None
    reference_share: float
    shares: tuple[tuple[str, float], ...] = ()

    @property
    def carried_share(self) -> float:
        """Share of the article's sentence characters that another article carries."""
        total = sum(s.span.end - s.span.start for s in self.sentences)
        carried = sum(s.span.end - s.span.start for s in self.sentences if s.carriers)
        return round(carried / total, 4) if total else 0.0


def content_words(article: Article) -> list[str]:
    """The folded words of what the article reports (no furniture, no signature)."""
    text = article.text
    skip = non_content_spans(text, article.paragraphs, article.furniture)
    return [fold(text[s.start : s.end]) for s in _outside(word_spans(text), skip)]


def _outside(spans: Sequence[Span], skip: Sequence[Span]) -> list[Span]:
    if not skip:
        return list(spans)
    ends = [s.end for s in skip]
    kept = []
    for span in spans:
        k = bisect_right(ends, span.start)
        if k == len(skip) or skip[k].start >= span.end:
            kept.append(span)
    return kept


def reuse(articles: Sequence[Article], *, n: int = VERBATIM_N) -> list[Reuse]:
    """Every article's :class:`Reuse`, through an index of its ``n``-word runs."""
    runs: list[list[int]] = []
    for article in articles:
        words = content_words(article)
        runs.append([hash(tuple(words[k : k + n])) for k in range(len(words) - n + 1)])
    holders: dict[int, list[int]] = {}
    for position, grams in enumerate(runs):
        for gram in set(grams):
            holders.setdefault(gram, []).append(position)
    holders = {gram: found for gram, found in holders.items() if 1 < len(found) <= COMMON_RUN}
    figures = []
    for position, article in enumerate(articles):
        grams = runs[position]
        shared: Counter[int] = Counter()
        # Runs overlap: every STRIDE-th one still meets any source sharing a longer run.
        for gram in set(grams[::STRIDE]):
            found = holders.get(gram)
            if found is not None:
                shared.update(found)
        shared.pop(position, None)
        if not shared:
            figures.append(Reuse(article.id, None, 0.0))
            continue
        top = max(shared.values())
        best = min((p for p, count in shared.items() if count == top), key=lambda p: articles[p].id)
        figures.append(Reuse(article.id, articles[best].id, _covered(grams, runs[best], n)))
    return figures


def _covered(grams: Sequence[int], other: Sequence[int], n: int) -> float:
    """Share of words inside a run ``other`` also has (words = grams + n - 1)."""
    if not grams:
        return 0.0
    theirs = set(other)
    covered = [False] * (len(grams) + n - 1)
    for k, gram in enumerate(grams):
        if gram in theirs:
            covered[k : k + n] = [True] * n
    return round(sum(covered) / len(covered), 4)


def related_articles(
    article_id: str,
    articles: Sequence[Article],
    analyses: Mapping[str, ArticleAnalysis],
    *,
    limit: int = RELATED,
) -> list[str]:
    """The other articles most likely to carry the same text: sharing the most names,
    rare names weighing more (names are a cheap stand-in for aligning everything)."""
    names_of = {
        a.id: {e.canonical for e in analyses[a.id].entities} if a.id in analyses else set()
        for a in articles
    }
    df: Counter[str] = Counter()
    for names in names_of.values():
        df.update(names)
    total = len(articles)
    mine = names_of.get(article_id, set())
    scored = []
    for a in articles:
        if a.id == article_id:
            continue
        weight = sum(math.log((total + 1) / df[name]) for name in mine & names_of[a.id])
        if weight > 0:
            scored.append((-weight, a.id))
    return [aid for _w, aid in sorted(scored)[:limit]]


def shared_text(
    article: Article, others: Sequence[Article], *, reference: str | None = None
) -> SharedText:
    """Align ``article`` with each of ``others`` and shade its sentences by carriers.

    The reference is ``reference`` when given, else the other article it shares the
    largest verbatim share with (none when it shares nothing).
    """
    mine = _content_sentences(article)
    carriers: dict[Span, list[str]] = {s: [] for s in mine}
    shares: dict[str, float] = {}
    for other in others:
        if other.id == article.id:
            continue
        alignment = align_sentences(
            article.text, other.text, left_sentences=mine, right_sentences=_content_sentences(other)
        )
        for left in dict.fromkeys(p.left for p in alignment.pairs):
            carriers[left].append(other.id)
        shares[other.id] = _verbatim(article, other)
    chosen = reference if reference in shares else None
    if chosen is None and shares:
        best = min(shares, key=lambda aid: (-shares[aid], aid))
        chosen = best if shares[best] > 0 else None
    return SharedText(
        article.id,
        tuple(SentenceShare(s, tuple(carriers[s])) for s in mine),
        tuple(o.id for o in others if o.id != article.id),
        chosen,
        shares.get(chosen, 0.0) if chosen else 0.0,
        tuple(sorted(shares.items(), key=lambda item: (-item[1], item[0]))),
    )


def _content_sentences(article: Article) -> list[Span]:
    skip = non_content_spans(article.text, article.paragraphs, article.furniture)
    return _outside(split_sentences(article.text), skip)


def _verbatim(article: Article, other: Article) -> float:
    skips = tuple(non_content_spans(a.text, a.paragraphs, a.furniture) for a in (article, other))
    return verbatim_share(article.text, other.text, skip=(skips[0], skips[1]))[0]
