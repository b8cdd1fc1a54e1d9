"""The quotes two articles share, matched the same way whichever article is on the left.

Quotes pair one to one, best match first, with ties broken by a key that reads the same
from either side, so ``compare A B`` and ``compare B A`` report the same pairs. A quote
one outlet repeats (a headline and its body, say), or a short quote another outlet keeps
inside a longer one, joins the pair its words belong to instead of counting as one-sided.
Pairs of the same words by the same speaker are then shown as one line with a count.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from rapidfuzz import fuzz

from tui.core.models import Quote
from tui.core.text import fold, words

QUOTE_CUTOFF = 85.0
UNATTRIBUTED_QUOTE_CUTOFF = 95.0
# A quoted phrase this short, repeated under different speakers, is a term
# (« gilets jaunes »), not words anyone is said to have spoken.
TERM_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class SharedQuote:
    """A quote both articles carry: same speaker, same or near-same words.

    ``others`` are further pairs of the same words by the same speaker (an outlet that
    quotes them twice), folded into this one line.
    """

    left: Quote
    right: Quote
    speaker: str | None
    score: float
    others: tuple[tuple[Quote, Quote], ...] = ()

    @property
    def count(self) -> int:
        """How many pairs of these words the line stands for."""
        return 1 + len(self.others)


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
    fa, fb = quote_key(a.text), quote_key(b.text)
    if not fa or not fb:
        return 0.0
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
        return 100.0
    return fuzz.ratio(fa, fb)


def quote_key(text: str) -> str:
    """A quote's words, folded: what two outlets' copies of it have in common."""
    return " ".join(fold(w) for w in words(text))


def as_terms(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """Mark short quoted words the article gives to several different speakers as terms.

    An article writing « gilets jaunes » five times does not report five people saying
    it; attribution picked whoever was near each time. Such quotes become kind
    ``other`` with no speaker. Words given to one speaker and otherwise unattributed
    keep their speaker. An unnamed source (« la préfecture ») counts as a speaker here:
    it is still someone the words were pinned on.
    """
    quotes = tuple(quotes)
    speakers: dict[str, set[str]] = {}
    for q in quotes:
        key = quote_key(q.text)
        who = q.speaker or q.source
        if len(key.split()) <= TERM_MAX_WORDS and who and q.kind != "other":
            speakers.setdefault(key, set()).add(fold(who))
    terms = {
        key
        for key, who in speakers.items()
        if any(not same_speaker(a, b) for a, b in combinations(sorted(who), 2))
    }
    if not terms:
        return quotes
    return tuple(
        replace(q, speaker=None, source=None, kind="other") if quote_key(q.text) in terms else q
        for q in quotes
    )


def match_quotes(
    left: Iterable[Quote],
    right: Iterable[Quote],
    *,
    known_speakers: Collection[str] | None = None,
) -> tuple[tuple[SharedQuote, ...], tuple[Quote, ...], tuple[Quote, ...]]:
    """Pair the quotes both articles carry, best first; swapping the sides swaps the result.

    Attributed quotes match on the same speaker and near-same words; when either side
    does not say who spoke, the words alone must be nearly identical. With
    ``known_speakers`` (folded canonical names of the articles' entities), a speaker
    outside it (a role such as "le président russe", or a misattribution) counts as
    unknown, so the near-identical-words rule decides. Quotes of kind ``other`` (terms,
    titles) have no speaker here.
    """
    lq, rq = list(left), list(right)

    def speaker(q: Quote) -> str | None:
        if q.kind == "other" or q.speaker is None or known_speakers is None:
            return None if q.kind == "other" else q.speaker
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
    # i + j tells apart any two candidates sharing a quote, and reads the same mirrored.
    candidates.sort(key=lambda c: (-c[0], c[1] + c[2]))
    pairs = _assign(
        candidates, [len(quote_key(q.text)) for q in lq], [len(quote_key(q.text)) for q in rq]
    )
    shared = [
        SharedQuote(lq[i], rq[j], _speaker_of(lq[i], rq[j], speaker), round(score / 100.0, 4))
        for score, i, j in pairs
    ]
    shared.sort(key=lambda s: (s.left.start, s.right.start))
    used_l = {i for _s, i, _j in pairs}
    used_r = {j for _s, _i, j in pairs}
    return (
        tuple(shared),
        tuple(q for k, q in enumerate(lq) if k not in used_l),
        tuple(q for k, q in enumerate(rq) if k not in used_r),
    )


def _assign(
    candidates: Sequence[tuple[float, int, int]], lsize: Sequence[int], rsize: Sequence[int]
) -> list[tuple[float, int, int]]:
    """One-to-one pairs first; then a quote left over joins a pair whose quote on the
    other side holds all its words (a repeat of it, or a longer quote it was cut from)."""
    used_l: set[int] = set()
    used_r: set[int] = set()
    pairs: list[tuple[float, int, int]] = []
    for score, i, j in candidates:
        if i not in used_l and j not in used_r:
            used_l.add(i)
            used_r.add(j)
            pairs.append((score, i, j))
    for score, i, j in candidates:
        if score < 100.0 or (i in used_l) == (j in used_r):
            continue
        if i in used_l and rsize[j] <= lsize[i]:
            used_r.add(j)
        elif j in used_r and lsize[i] <= rsize[j]:
            used_l.add(i)
        else:
            continue
        pairs.append((score, i, j))
    return pairs


def _speaker_of(a: Quote, b: Quote, speaker: Callable[[Quote], str | None]) -> str | None:
    """Who a shared quote is by: a known name either side gives (the fuller one when
    both do), else a description both sides' words carry; never a term's neighbour."""
    named = [s for s in (speaker(a), speaker(b)) if s]
    if not named:
        named = [q.speaker for q in (a, b) if q.speaker and q.kind != "other"]
        if len(named) == 2 and not same_speaker(*named):
            return None
    if not named:
        return None
    return max(named, key=lambda s: (len(s.split()), len(s), s))


def group_shared(shared: Iterable[SharedQuote]) -> tuple[SharedQuote, ...]:
    """One line per shared quote: pairs of the same words by the same speaker merge,
    counted, under the first of them."""
    lines: dict[tuple[str, str, str], list[SharedQuote]] = {}
    for s in shared:
        key = (quote_key(s.left.text), quote_key(s.right.text), fold(s.speaker or ""))
        lines.setdefault(key, []).append(s)
    grouped = [
        replace(first, others=tuple((o.left, o.right) for o in rest))
        for first, *rest in lines.values()
    ]
    grouped.sort(key=lambda s: (s.left.start, s.right.start))
    return tuple(grouped)
