"""The comparison of two articles: what they share and what only one of them reports.

Builds one plain record from the two texts plus their entities and quotes: the sentence
alignment, a document similarity, the near-verbatim share of each text, the quotes both
carry and the entities both name. The UI view, the exports and ``newsreader compare``
all render this record; it holds spans only, never styling.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from tui.core.compare.align import Alignment, SentencePair, align_sentences
from tui.core.models import Article, ArticleAnalysis, Entity, Quote, Span
from tui.core.text import fold, word_spans

VERBATIM_N = 6
QUOTE_CUTOFF = 85.0
UNATTRIBUTED_QUOTE_CUTOFF = 95.0


@dataclass(frozen=True, slots=True)
class SharedQuote:
    """A quote both articles carry: same speaker, same or near-same words."""

    left: Quote
    right: Quote
    speaker: str | None
    score: float


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
    """Compare two articles; analyses may be left out (no quotes or entities then)."""
    la = left_analysis or ArticleAnalysis(left.id)
    ra = right_analysis or ArticleAnalysis(right.id)
    alignment = align_sentences(left.text, right.text)
    vl, vr = verbatim_share(left.text, right.text, n=verbatim_n)
    known = {fold(e.canonical) for e in (*la.entities, *ra.entities)}
    shared, only_l, only_r = match_quotes(la.quotes, ra.quotes, known_speakers=known or None)
    both, ents_l, ents_r = compare_entities(la.entities, ra.entities)
    return Comparison(
        left=left,
        right=right,
        alignment=alignment,
        verbatim_left=vl,
        verbatim_right=vr,
        shared_quotes=shared,
        only_left_quotes=only_l,
        only_right_quotes=only_r,
        shared_entities=both,
        only_left_entities=ents_l,
        only_right_entities=ents_r,
    )


def verbatim_share(left_text: str, right_text: str, *, n: int = VERBATIM_N) -> tuple[float, float]:
    """The share of each text's words inside a run of ``n`` words the other also has.

    This is the "churnalism" measure: copied agency copy shows up as long shared runs,
    while two outlets merely naming the same people do not.
    """
    lw = [fold(w) for w in _words(left_text)]
    rw = [fold(w) for w in _words(right_text)]
    lgrams = _ngrams(lw, n)
    rgrams = _ngrams(rw, n)
    return _covered(lw, lgrams, set(rgrams)), _covered(rw, rgrams, set(lgrams))


def _words(text: str) -> list[str]:
    return [text[s.start : s.end] for s in word_spans(text)]


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


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two canonical speaker names denote the same person.

    Names resolved in one corpus already agree; a bare surname against the full name
    (``Poutine`` / ``Vladimir Poutine``) still counts, for articles resolved apart.
    """
    if a is None or b is None:
        return False
    fa, fb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if fa == fb:
        return True
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return bool(short) and long_[-len(short) :] == short


def quote_similarity(a: Quote, b: Quote) -> float:
    """0..100: how close two quotes' words are; containment of one in the other is 100."""
    fa, fb = _quote_key(a.text), _quote_key(b.text)
    if not fa or not fb:
        return 0.0
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
        return 100.0
    return fuzz.ratio(fa, fb)


def _quote_key(text: str) -> str:
    return " ".join(fold(w) for w in _words(text))


def match_quotes(
    left: Iterable[Quote],
    right: Iterable[Quote],
    *,
    known_speakers: Collection[str] | None = None,
) -> tuple[tuple[SharedQuote, ...], tuple[Quote, ...], tuple[Quote, ...]]:
    """Pair the quotes both articles carry, best first.

    Each quote is shared once, except a long quote that contains several shorter ones.

    Attributed quotes match on the same speaker and near-same words; when either side
    does not say who spoke, the words alone must be nearly identical. With
    ``known_speakers`` (folded canonical names of the articles' entities), a speaker
    outside it (a role such as "le président russe", or a misattribution) counts as
    unknown, so the near-identical-words rule decides.
    """
    lq, rq = list(left), list(right)

    def speaker(q: Quote) -> str | None:
        if q.speaker is None or known_speakers is None:
            return q.speaker
        return q.speaker if fold(q.speaker) in known_speakers else None

    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(lq):
        for j, b in enumerate(rq):
            sa, sb = speaker(a), speaker(b)
            attributed = sa is not None and sb is not None
            if attributed and not same_speaker(sa, sb):
                continue
            cutoff = QUOTE_CUTOFF if attributed else UNATTRIBUTED_QUOTE_CUTOFF
            score = quote_similarity(a, b)
            if score >= cutoff:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_l: set[int] = set()
    used_r: set[int] = set()
    shared: list[SharedQuote] = []
    for score, i, j in candidates:
        if i in used_l or j in used_r:
            # A long quote may hold several short ones the other outlet cut out of it.
            contained_left = len(lq[i].text) < len(rq[j].text)
            short_unused = i not in used_l if contained_left else j not in used_r
            if score < 100.0 or not short_unused:
                continue
        used_l.add(i)
        used_r.add(j)
        who = speaker(lq[i]) or speaker(rq[j]) or lq[i].speaker or rq[j].speaker
        shared.append(SharedQuote(lq[i], rq[j], who, round(score / 100.0, 4)))
    shared.sort(key=lambda s: (s.left.start, s.right.start))
    return (
        tuple(shared),
        tuple(q for k, q in enumerate(lq) if k not in used_l),
        tuple(q for k, q in enumerate(rq) if k not in used_r),
    )


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
            }
            for q in c.shared_quotes
        ],
        "only_left_quotes": [[q.start, q.end] for q in c.only_left_quotes],
        "only_right_quotes": [[q.start, q.end] for q in c.only_right_quotes],
        "shared_entities": list(c.shared_entities),
        "only_left_entities": list(c.only_left_entities),
        "only_right_entities": list(c.only_right_entities),
    }
