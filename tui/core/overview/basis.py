"""What every overview view is derived from, made article by article so a reload
recomputes only what its changed articles touch.

The basis holds, per article, a digest of what the overview reads of it (title, outlet,
date, its merged analysis), its attributed quotes and its names in first-mention
order; and per quote, the set it was grouped into. :func:`update_basis` takes the
previous basis and the current corpus: articles whose digest is unchanged keep their
quotes and names without decoding their analysis, and only the speakers of changed
articles are grouped again. With no previous basis it is the full build, so the
incremental result is by construction the full one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tui.core.models import Article, ArticleAnalysis
from tui.core.overview.common import QuoteRef, outlet_of, spoken_quotes
from tui.core.overview.matching import components
from tui.core.store.analysis_codec import LazyAnalyses, encode_analysis
from tui.core.text import fold, words

NameCount = tuple[str, str, int]
"""A canonical name, its most frequent label in the article, its mentions there."""


@dataclass(slots=True)
class Basis:
    """Per-article contributions (lists in corpus order) and each quote's set."""

    ids: list[str]
    digests: list[str]
    quotes: list[list[QuoteRef]]
    names: list[list[tuple[str, dict[str, int]]]]
    labels: list[int]

    def all_quotes(self) -> list[QuoteRef]:
        return [q for found in self.quotes for q in found]


def article_digest(article: Article, encoded: str) -> str:
    """What the overview reads of an article, hashed (``encoded``: its merged analysis)."""
    h = hashlib.blake2b(digest_size=12)
    for part in (article.id, article.title, outlet_of(article), article.date or "", encoded):
        h.update(part.encode("utf-8", "surrogatepass") + b"\x1f")
    return h.hexdigest()


def digests_of(articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis]) -> list[str]:
    """Each article's :func:`tui.core.overview.basis.article_digest`; a warm start's
    analyses are hashed as stored, without decoding them."""
    found = []
    for article in articles:
        encoded = analyses.encoded(article.id) if isinstance(analyses, LazyAnalyses) else None
        if encoded is None:
            analysis = analyses.get(article.id)
            encoded = encode_analysis(analysis) if analysis is not None else ""
        found.append(article_digest(article, encoded))
    return found


def names_of(analysis: ArticleAnalysis | None) -> list[tuple[str, dict[str, int]]]:
    """The article's canonical names in first-mention order, with mentions by label."""
    found: dict[str, dict[str, int]] = {}
    for entity in sorted(analysis.entities, key=lambda e: e.start) if analysis else ():
        labels = found.setdefault(entity.canonical, {})
        labels[entity.label] = labels.get(entity.label, 0) + 1
    return list(found.items())


def quote_keys() -> Callable[[str], str]:
    """:func:`tui.core.compare.quotes.quote_key` with each word folded once per call
    site (quotes repeat their words: folding is most of the key's cost)."""
    memo: dict[str, str] = {}

    def key(text: str) -> str:
        out = []
        for w in words(text):
            folded = memo.get(w)
            if folded is None:
                folded = memo[w] = fold(w)
            out.append(folded)
        return " ".join(out)

    return key


def update_basis(
    previous: Basis | None,
    articles: Sequence[Article],
    analyses: Mapping[str, ArticleAnalysis],
    digests: Sequence[str],
) -> tuple[Basis, int]:
    """The basis of ``articles``, reusing ``previous`` where digests match; returns it
    and how many articles had to be read again."""
    old: dict[str, int] = {}
    if previous is not None:
        old = {aid: k for k, aid in enumerate(previous.ids)}
    quotes: list[list[QuoteRef]] = []
    names: list[list[tuple[str, dict[str, int]]]] = []
    kept: list[int | None] = []  # the previous position of each article kept as it was
    touched: set[str] = set()
    for article, digest in zip(articles, digests, strict=True):
        k = old.get(article.id)
        if previous is not None and k is not None and previous.digests[k] == digest:
            quotes.append(previous.quotes[k])
            names.append(previous.names[k])
            kept.append(k)
            continue
        analysis = analyses.get(article.id)
        outlet = outlet_of(article)
        found = [
            QuoteRef(article.id, outlet, q.start, q.end, q.text, q.speaker or "", q.kind)
            for q in spoken_quotes(analysis)
        ]
        quotes.append(found)
        names.append(names_of(analysis))
        kept.append(None)
        touched.update(fold(q.speaker) for q in found)
    if previous is not None:
        still = {k for k in kept if k is not None}
        for k, found in enumerate(previous.quotes):
            if k not in still:  # changed or gone: its speakers are grouped again
                touched.update(fold(q.speaker) for q in found)
    labels = _labels(previous, quotes, kept, touched)
    basis = Basis([a.id for a in articles], list(digests), quotes, names, labels)
    return basis, sum(k is None for k in kept)


def _labels(
    previous: Basis | None,
    quotes: Sequence[Sequence[QuoteRef]],
    kept: Sequence[int | None],
    touched: set[str],
) -> list[int]:
    """Each quote's set, as the position of its set's first quote: carried over for
    speakers no change touched, grouped again for the others."""
    moved: dict[int, int] = {}  # previous quote position -> current one
    flat: list[QuoteRef] = []
    if previous is not None:
        starts = [0]
        for before in previous.quotes:
            starts.append(starts[-1] + len(before))
    for found, k in zip(quotes, kept, strict=True):
        if previous is not None and k is not None:
            moved.update((starts[k] + n, len(flat) + n) for n in range(len(found)))
        flat.extend(found)
    labels = list(range(len(flat)))
    regroup: dict[str, list[int]] = {}
    back = {new: old for old, new in moved.items()}
    for i, q in enumerate(flat):
        speaker = fold(q.speaker)
        if previous is None or speaker in touched or i not in back:
            regroup.setdefault(speaker, []).append(i)
        else:
            labels[i] = moved[previous.labels[back[i]]]
    key = quote_keys()
    for members in regroup.values():
        roots = components([key(flat[i].text) for i in members])
        for i, root in zip(members, roots, strict=True):
            labels[i] = members[root]
    return labels
