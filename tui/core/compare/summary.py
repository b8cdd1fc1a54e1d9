"""The comparison of two articles: what they share and what only one of them reports.

Builds one plain record from the two texts plus their entities and quotes: the sentence
alignment, a document similarity, the near-verbatim share of each text, the quotes both
carry and the entities both name. The UI view, the exports and ``newsreader compare``
all render this record; it holds spans only, never styling.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tui.core.compare.align import Alignment, SentencePair, align_sentences
from tui.core.compare.quotes import (
    QUOTE_CUTOFF,
    UNATTRIBUTED_QUOTE_CUTOFF,
    SharedQuote,
    as_terms,
    group_shared,
    match_quotes,
    quote_similarity,
    same_speaker,
)
from tui.core.corpus.furniture import non_content_spans
from tui.core.models import Article, ArticleAnalysis, Entity, Quote, Span
from tui.core.text import fold, split_sentences, word_spans

__all__ = [
    "QUOTE_CUTOFF",
    "UNATTRIBUTED_QUOTE_CUTOFF",
    "Comparison",
    "Row",
    "SharedQuote",
    "compare_articles",
    "compare_entities",
    "layout_rows",
    "match_quotes",
    "quote_similarity",
    "same_speaker",
    "to_json",
    "verbatim_share",
]

VERBATIM_N = 6


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the side-by-side view shows about two articles."""

    left: Article
    right: Article
    alignment: Alignment
    verbatim_left: float
    verbatim_right: float
    shared_quotes: tuple[SharedQuote, ...]
    only_left_quotes: tuple[Quote, ...]
    only_right_quotes: tuple[Quote, ...]
    shared_entities: tuple[str, ...]
    only_left_entities: tuple[str, ...]
    only_right_entities: tuple[str, ...]

    @property
    def similarity(self) -> float:
        return self.alignment.similarity

    @property
    def pairs(self) -> tuple[SentencePair, ...]:
        return self.alignment.pairs


@dataclass(frozen=True, slots=True)
class Row:
    """One level row of the side-by-side layout; ``pair`` indexes ``Comparison.pairs``."""

    left: Span | None
    right: Span | None
    pair: int | None


def compare_articles(
    left: Article,
    right: Article,
    left_analysis: ArticleAnalysis | None = None,
    right_analysis: ArticleAnalysis | None = None,
    *,
    verbatim_n: int = VERBATIM_N,
) -> Comparison:
    """Compare two articles; analyses may be left out (no quotes or entities then).

    Page furniture and signature lines are not what an article reports, so their
    sentences, words, quotes and names take no part.
    """
    la = left_analysis or ArticleAnalysis(left.id)
    ra = right_analysis or ArticleAnalysis(right.id)
    lskip, rskip = _non_content(left), _non_content(right)
    alignment = align_sentences(
        left.text,
        right.text,
        left_sentences=_content_only(split_sentences(left.text), lskip),
        right_sentences=_content_only(split_sentences(right.text), rskip),
    )
    vl, vr = verbatim_share(left.text, right.text, n=verbatim_n, skip=(lskip, rskip))
    lents, rents = _content_only(la.entities, lskip), _content_only(ra.entities, rskip)
    known = {fold(e.canonical) for e in (*lents, *rents)}
    shared, only_l, only_r = match_quotes(
        as_terms(_content_only(la.quotes, lskip)),
        as_terms(_content_only(ra.quotes, rskip)),
        known_speakers=known or None,
    )
    both, ents_l, ents_r = compare_entities(lents, rents)
    return Comparison(
        left=left,
        right=right,
        alignment=alignment,
        verbatim_left=vl,
        verbatim_right=vr,
        shared_quotes=group_shared(shared),
        only_left_quotes=only_l,
        only_right_quotes=only_r,
        shared_entities=both,
        only_left_entities=ents_l,
        only_right_entities=ents_r,
    )


def _non_content(article: Article) -> tuple[Span, ...]:
    return non_content_spans(article.text, article.paragraphs, article.furniture)


_S = TypeVar("_S", Span, Entity, Quote)


def _content_only(items: Iterable[_S], skip: Sequence[Span]) -> list[_S]:
    """The items that overlap none of the sorted, disjoint ``skip`` spans."""
    if not skip:
        return list(items)
    ends = [s.end for s in skip]
    kept = []
    for item in items:
        k = bisect_right(ends, item.start)
        if k == len(skip) or skip[k].start >= item.end:
            kept.append(item)
    return kept


def verbatim_share(
    left_text: str,
    right_text: str,
    *,
    n: int = VERBATIM_N,
    skip: tuple[Sequence[Span], Sequence[Span]] = ((), ()),
) -> tuple[float, float]:
    """The share of each text's words inside a run of ``n`` words the other also has.

    This is the "churnalism" measure: copied agency copy shows up as long shared runs,
    while two outlets merely naming the same people do not. Words inside ``skip``
    spans (furniture, signatures) are left out of each text.
    """
    lw = [fold(w) for w in _words(left_text, skip[0])]
    rw = [fold(w) for w in _words(right_text, skip[1])]
    lgrams = _ngrams(lw, n)
    rgrams = _ngrams(rw, n)
    return _covered(lw, lgrams, set(rgrams)), _covered(rw, rgrams, set(lgrams))


def _words(text: str, skip: Sequence[Span] = ()) -> list[str]:
    return [text[s.start : s.end] for s in _content_only(word_spans(text), skip)]


def _ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[k : k + n]) for k in range(len(tokens) - n + 1)]


def _covered(tokens: Sequence[str], grams: Sequence[tuple[str, ...]], other: set) -> float:
    if not tokens:
        return 0.0
    n = len(grams[0]) if grams else 0
    covered = [False] * len(tokens)
    for k, gram in enumerate(grams):
        if gram in other:
            for m in range(k, k + n):
                covered[m] = True
    return round(sum(covered) / len(tokens), 4)


def compare_entities(
    left: Iterable[Entity], right: Iterable[Entity]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Shared and one-sided entities by canonical name (folded, so accents do not split)."""
    lnames = _canonical_names(left)
    rnames = _canonical_names(right)
    shared = sorted((lnames[k] for k in lnames.keys() & rnames.keys()), key=fold)
    only_l = sorted((lnames[k] for k in lnames.keys() - rnames.keys()), key=fold)
    only_r = sorted((rnames[k] for k in rnames.keys() - lnames.keys()), key=fold)
    return tuple(shared), tuple(only_l), tuple(only_r)


def _canonical_names(entities: Iterable[Entity]) -> dict[str, str]:
    names: dict[str, str] = {}
    for e in entities:
        names.setdefault(fold(e.canonical), e.canonical)
    return names


def layout_rows(comparison: Comparison) -> list[Row]:
    """Lay both articles out as level rows: each pair on one row, in left order.

    A sentence only the right article has sits just after the row of the right
    sentence it follows in its own article, so each column still reads naturally.
    """
    al = comparison.alignment
    pairs = al.pairs
    right_pos = {s: k for k, s in enumerate(al.right_sentences)}
    first_pair_of_left: dict[Span, list[int]] = {}
    for k, p in enumerate(pairs):
        first_pair_of_left.setdefault(p.left, []).append(k)
    paired_right = {p.right for p in pairs}
    # Right-only sentences grouped under the closest paired right sentence before them.
    after: dict[Span | None, list[Span]] = {}
    anchor: Span | None = None
    for s in al.right_sentences:
        if s in paired_right:
            anchor = s
        else:
            after.setdefault(anchor, []).append(s)
    rows: list[Row] = [Row(None, s, None) for s in after.get(None, [])]
    placed: set[Span] = set()
    for ls in al.left_sentences:
        ks = first_pair_of_left.get(ls)
        if not ks:
            rows.append(Row(ls, None, None))
            continue
        for n, k in enumerate(sorted(ks, key=lambda k: right_pos[pairs[k].right])):
            rs = pairs[k].right
            if rs in placed:
                rows.append(Row(ls if n == 0 else None, None, k))
                continue
            placed.add(rs)
            rows.append(Row(ls if n == 0 else None, rs, k))
            rows.extend(Row(None, s, None) for s in after.get(rs, []))
    return rows


def _span(s: Span) -> list[int]:
    return [s.start, s.end]


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The record as issue #5's JSON: offsets into each article's text."""
    c = comparison
    return {
        "left": {"id": c.left.id, "title": c.left.title},
        "right": {"id": c.right.id, "title": c.right.title},
        "similarity": c.similarity,
        "verbatim_share": {"left": c.verbatim_left, "right": c.verbatim_right},
        "pairs": [
            {"left": _span(p.left), "right": _span(p.right), "score": p.score} for p in c.pairs
        ],
        "only_left": [_span(s) for s in c.alignment.only_left],
        "only_right": [_span(s) for s in c.alignment.only_right],
        "shared_quotes": [
            {
                "left": [q.left.start, q.left.end],
                "right": [q.right.start, q.right.end],
                "speaker": q.speaker,
                "count": q.count,
                "also": [[[a.start, a.end], [b.start, b.end]] for a, b in q.others],
            }
            for q in c.shared_quotes
        ],
        "only_left_quotes": [[q.start, q.end] for q in c.only_left_quotes],
        "only_right_quotes": [[q.start, q.end] for q in c.only_right_quotes],
        "shared_entities": list(c.shared_entities),
        "only_left_entities": list(c.only_left_entities),
        "only_right_entities": list(c.only_right_entities),
    }
