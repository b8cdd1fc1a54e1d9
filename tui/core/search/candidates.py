"""Candidate documents for a query in one segment, and their first, coarse ranking.

The rarest token drives: its posting lists are collected (all of them when they are
short, best terms first and in chunks otherwise), intersected with the other tokens
through the forward index, and narrowed by the query's filters as they are collected,
so that a filter never empties a result that was cut short. Candidates are then
scored from their matched terms alone; only the best few get a closer look. An
entity is one candidate however many articles name it: its best document stands for
all of them.
"""

from __future__ import annotations

import heapq
from itertools import islice, repeat

from tui.core.search.conditions import Keep
from tui.core.search.index import KIND_CODE, KINDS, Segment
from tui.core.search.match import TermMatch

KIND_BONUS = {"command": 8.0, "article": 8.0, "entity": 8.0, "quote": 4.0, "sentence": 0.0}

EAGER_MAX = 50_000
"""A token whose terms have at most this many postings has all its documents collected."""

SCORE_MAX = 500
"""At most this many candidates per segment are scored, taken best term first."""

CHUNK = 1024
SPARE = 10
"""Hits looked at beyond ``limit``: the closer look can still lift them by a few points."""

_ENTITY = KIND_CODE["entity"]


def narrows(old: tuple[TermMatch, ...], new: tuple[TermMatch, ...]) -> bool:
    """True when each old token's terms include the same position's new terms."""
    if len(new) < len(old):
        return False
    return all(n is o or n.quals.keys() <= o.quals.keys() for o, n in zip(old, new, strict=False))


def filter_docs(segment: Segment, docs: set[int], matches: list[TermMatch]) -> set[int]:
    """Keep the documents that contain a matched term of every token in ``matches``."""
    fwd, off = segment.fwd, segment.fwd_off
    out = docs
    for m in matches:
        keys = m.quals.keys()
        out = {d for d in out if not keys.isdisjoint(fwd[off[d] : off[d + 1]])}
    return out


def collect(
    segment: Segment,
    matches: tuple[TermMatch, ...],
    codes: frozenset[int] | None,
    keep: Keep | None = None,
) -> tuple[set[int], bool]:
    """Return the documents matching every token, and whether that is all of them.

    The rarest token drives. When its terms have few postings, every candidate is
    collected and intersected with the other tokens. Otherwise (a very common word, a
    one-letter prefix) documents are taken from its best terms first, in chunks, until
    ``SCORE_MAX`` of them match every token: the rest could only rank lower. With
    ``codes``, only documents of those kinds count; with ``keep``, only those it keeps.
    """
    kinds = segment.kinds
    order = sorted(matches, key=lambda m: m.estimate)
    driver, rest = order[0], order[1:]
    if driver.estimate <= EAGER_MAX:
        docs = segment.docs_of(driver.quals)
        for m in rest:
            if not docs:
                break
            if m.estimate <= 10 * len(docs):
                docs &= segment.docs_of(m.quals)
            else:
                docs = filter_docs(segment, docs, [m])
        if codes is not None:
            docs = {d for d in docs if kinds[d] in codes}
        if keep is not None:
            docs = keep(docs)
        return docs, True
    docs = set()
    postings = segment.postings
    for tid in driver.ordered:
        plist = postings[tid]
        for i in range(0, len(plist), CHUNK):
            chunk = set(plist[i : i + CHUNK])
            chunk -= docs
            if codes is not None:
                chunk = {d for d in chunk if kinds[d] in codes}
            chunk = filter_docs(segment, chunk, rest)
            docs |= keep(chunk) if keep is not None and chunk else chunk
            if len(docs) >= SCORE_MAX:
                return docs, False
    return docs, True


def _best_first(segment: Segment, docs: set[int], matches: tuple[TermMatch, ...]) -> set[int]:
    """Keep about ``SCORE_MAX`` candidates, those reached by the rarest token's best terms."""
    driver = min(matches, key=lambda m: m.estimate)
    postings = segment.postings
    picked: set[int] = set()
    wanted = docs.__contains__
    for tid in driver.ordered:
        picked.update(islice(filter(wanted, postings[tid]), SCORE_MAX - len(picked)))
        if len(picked) >= SCORE_MAX:
            break
    return picked


def coarse(
    segment: Segment,
    name: str,
    rank: int,
    docs: set[int],
    matches: tuple[TermMatch, ...],
    limit: int,
) -> list[tuple[float, int, int, str]]:
    """Score candidates from their terms alone and keep the few worth a closer look."""
    kinds = segment.kinds
    if len(docs) > SCORE_MAX:
        docs = _best_first(segment, docs, matches)
    fwd, off = segment.fwd, segment.fwd_off
    gets = [m.quals.get for m in matches]
    n = len(gets)
    bonus = [KIND_BONUS[k] for k in KINDS]
    zeros = repeat(0.0)
    if n == 1:
        get = gets[0]
        scored = [
            (max(map(get, fwd[off[d] : off[d + 1]], zeros)) + bonus[kinds[d]], -d) for d in docs
        ]
    else:
        scored = []
        for d in docs:
            terms = fwd[off[d] : off[d + 1]]
            quality = sum([max(map(get, terms, zeros)) for get in gets]) / n
            scored.append((quality + bonus[kinds[d]], -d))
    if name == "head":
        scored = _one_per_entity(segment, scored)
    keep = heapq.nlargest(limit + SPARE, scored)
    return [(score, rank, -neg, name) for score, neg in keep]


def _one_per_entity(segment: Segment, scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Keep the best document of each entity (by canonical name), preferring, at equal
    score, the one spelt like the canonical name; other documents pass through."""
    kinds, details, texts = segment.kinds, segment.details, segment.texts
    out: list[tuple[float, int]] = []
    best: dict[str | None, tuple[float, bool, int]] = {}
    for score, neg in scored:
        d = -neg
        if kinds[d] != _ENTITY:
            out.append((score, neg))
            continue
        canonical = details[d]
        key = (score, texts[d] == canonical, neg)
        if canonical not in best or key > best[canonical]:
            best[canonical] = key
    out.extend((score, neg) for score, _, neg in best.values())
    return out
