"""One search box over a corpus: article titles, entities, quotes, sentences and commands.

The palette and ``newsreader search`` share this engine. Matching ignores case and
accents and tolerates typos; ranking puts exact above prefix above near matches, and
titles, entities and commands above quotes above sentences. It keeps up with typing
on large corpora: documents sit in inverted indexes (:mod:`tui.core.search.index`), a
query token is matched against the vocabulary (:mod:`tui.core.search.match`), posting
lists are intersected from the rarest token, and only a bounded set of candidates is
scored. A :class:`Searcher` narrows the previous keystroke's candidates instead of
starting over when the query only grew.
"""

from __future__ import annotations

import heapq
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice, repeat

from tui.core.models import Article, ArticleAnalysis, Span
from tui.core.search.index import (
    KIND_CODE,
    KINDS,
    Segment,
    SegmentBuilder,
    fold_text,
    token_spans,
    tokens,
)
from tui.core.search.match import TermMatch, highlight, match_token
from tui.core.text import split_sentences

KIND_BONUS = {"command": 8.0, "article": 8.0, "entity": 8.0, "quote": 4.0, "sentence": 0.0}
PHRASE_BONUS = 3.0
WHOLE_BONUS = 5.0
_MAX_RAW = 100.0 + 8.0 + PHRASE_BONUS + WHOLE_BONUS

SHORT_BODY_TOKEN = 3
"""In quotes and sentences, tokens shorter than this match whole words only."""

EAGER_MAX = 50_000
"""A token whose terms have at most this many postings has all its documents collected."""

SCORE_MAX = 500
"""At most this many candidates per segment are scored, taken best term first."""

_CHUNK = 1024
_SPARE = 10
"""Hits looked at beyond ``limit``: the closer look can still lift them by a few points."""

_SEGMENTS = ("commands", "head", "body")
_SEGMENT_KINDS = {
    "commands": frozenset({"command"}),
    "head": frozenset({"article", "entity"}),
    "body": frozenset({"quote", "sentence"}),
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked result.

    ``start``/``end`` are offsets into the article text (the entity mention, quote or
    sentence; for an article, the title's place in the text or ``0..0``).
    ``positions`` index ``text`` and mark the matched characters. ``detail`` is the
    canonical name of an entity, the speaker of a quote or the source of an article;
    ``payload`` is what the UI registered with a command.
    """

    kind: str
    article_id: str
    start: int
    end: int
    text: str
    score: float
    positions: tuple[int, ...] = ()
    detail: str | None = None
    payload: object = None

    def to_json(self) -> dict[str, object]:
        """Return the hit in the shape ``newsreader search --format json`` prints."""
        return {
            "kind": self.kind,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
        }


class SearchIndex:
    """Everything searchable in a corpus, indexed once after analysis."""

    def __init__(
        self,
        articles: Sequence[Article],
        analyses: Mapping[str, ArticleAnalysis] | None = None,
        *,
        commands: Iterable[tuple[str, object]] = (),
        sentences: Mapping[str, Sequence[Span]] | None = None,
        with_sentences: bool = True,
    ) -> None:
        """Index ``articles`` and their analyses (by article id).

        ``sentences`` may pass sentence spans already computed; by default each article
        is split with :func:`tui.core.text.split_sentences`. Without ``with_sentences``
        only titles, entities and quotes are indexed: a tenth of the work, so a big
        corpus can be searched by name while its sentences are still being indexed.
        """
        self.articles = list(articles)
        analyses = analyses or {}
        head = SegmentBuilder()
        body = SegmentBuilder()
        for a, article in enumerate(self.articles):
            text = article.text
            _add_article(head, a, article)
            analysis = analyses.get(article.id)
            if analysis is not None:
                _add_entities(head, a, analysis)
                for q in analysis.quotes:
                    searchable = f"{q.text} {q.speaker}" if q.speaker else q.text
                    body.add("quote", a, q.start, q.end, q.text, searchable, detail=q.speaker)
            if not with_sentences:
                continue
            spans = sentences.get(article.id) if sentences is not None else None
            if spans is None:
                spans = split_sentences(text)
            body.add_slices("sentence", a, spans, text)
        self._segments: dict[str, Segment] = {"head": head.build(), "body": body.build()}
        self._caches: dict[str, OrderedDict[tuple[str, bool], TermMatch]] = {}
        self._lock = threading.Lock()
        self.generation = 0
        """Bumped whenever documents change, so searchers drop what they remembered."""
        self.set_commands(commands)

    def __getstate__(self) -> dict[str, object]:
        """Keep documents and indexes only, so an index built in a worker process can travel."""
        return {"articles": self.articles, "segments": self._segments, "gen": self.generation}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.articles = state["articles"]  # type: ignore[assignment]
        self._segments = state["segments"]  # type: ignore[assignment]
        self.generation = state["gen"]  # type: ignore[assignment]
        self._caches = {name: OrderedDict() for name in _SEGMENTS}
        self._lock = threading.Lock()

    @classmethod
    def from_segments(
        cls,
        articles: Sequence[Article],
        segments: Mapping[str, Segment],
        *,
        commands: Iterable[tuple[str, object]] = (),
    ) -> SearchIndex:
        """An index of ``articles`` from segments built earlier (see :mod:`search_store`)."""
        index = cls.__new__(cls)
        index.__setstate__({"articles": list(articles), "segments": dict(segments), "gen": 0})
        index.set_commands(commands)
        return index

    def corpus_segments(self) -> dict[str, Segment]:
        """The segments of the corpus itself (not the palette's commands), to store."""
        return {name: s for name, s in self._segments.items() if name != "commands"}

    def set_commands(self, commands: Iterable[tuple[str, object]]) -> None:
        """Replace the command documents (palette actions) with ``(title, payload)`` items."""
        builder = SegmentBuilder()
        for title, payload in commands:
            builder.add("command", -1, 0, 0, title, title, payload=payload)
        segment = builder.build()
        with self._lock:
            self._segments["commands"] = segment
            self._caches = {name: OrderedDict() for name in _SEGMENTS}
            self.generation += 1

    def __len__(self) -> int:
        return sum(len(s) for s in self._segments.values())

    def search(
        self, query: str, *, kinds: Collection[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Return the best ``limit`` hits for ``query`` (a fresh search, nothing reused)."""
        return Searcher(self).search(query, kinds=kinds, limit=limit)

    def _match(self, name: str, token: str) -> TermMatch:
        """Match one token in one segment, remembering recent tokens (typing repeats them)."""
        whole_words = name == "body" and len(token) < SHORT_BODY_TOKEN
        key = (token, whole_words)
        with self._lock:  # the palette may still run a cancelled search in another thread
            cache = self._caches[name]
            found = cache.get(key)
            if found is not None:
                cache.move_to_end(key)
                return found
        found = match_token(
            self._segments[name], token, prefix=not whole_words, fuzzy=not whole_words
        )
        with self._lock:
            cache[key] = found
            if len(cache) > 512:
                cache.popitem(last=False)
        return found


@dataclass(slots=True)
class _Candidates:
    """The documents of one segment that matched every token of a query."""

    matches: tuple[TermMatch, ...]
    codes: frozenset[int] | None
    docs: set[int]


class Searcher:
    """Search as the user types, narrowing the previous candidates when the query grows.

    Results are always those of :meth:`SearchIndex.search` for the same query: the
    previous candidates are reused only when every token's matched terms are a subset
    of what the same token matched before, so the new candidates are a subset too.
    """

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._last: dict[str, _Candidates] = {}
        self._generation = index.generation

    def search(
        self, query: str, *, kinds: Collection[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Return the best ``limit`` hits for ``query``, best first."""
        if self._generation != self.index.generation:
            self._last, self._generation = {}, self.index.generation
        folded_query = fold_text(query)
        qtokens = tokens(folded_query)
        if not qtokens or limit <= 0:
            self._last = {}
            return []
        wanted = set(KINDS) if kinds is None else set(kinds)
        ranked: list[tuple[float, int, int, str]] = []
        for rank, name in enumerate(_SEGMENTS):
            if not wanted & _SEGMENT_KINDS[name]:
                continue
            segment = self.index._segments[name]
            if not len(segment):
                continue
            matches = tuple(self.index._match(name, t) for t in qtokens)
            codes = None
            if not _SEGMENT_KINDS[name] <= wanted:
                codes = frozenset(KIND_CODE[k] for k in wanted & _SEGMENT_KINDS[name])
            docs = self._candidates(name, segment, matches, codes)
            ranked.extend(_coarse(segment, name, rank, docs, matches, limit))
        ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
        top = ranked[: limit + _SPARE]
        hits = [self._hit(name, doc, qtokens, score) for score, _, doc, name in top]
        return _dedupe_and_sort(hits)[:limit]

    def _candidates(
        self,
        name: str,
        segment: Segment,
        matches: tuple[TermMatch, ...],
        codes: frozenset[int] | None,
    ) -> set[int]:
        last = self._last.pop(name, None)
        if last is not None and last.codes == codes and _narrows(last.matches, matches):
            changed = [
                m
                for i, m in enumerate(matches)
                if i >= len(last.matches) or m is not last.matches[i]
            ]
            fresh_cost = sum(m.estimate for m in matches)
            if 10 * len(last.docs) * len(changed) < fresh_cost:
                docs, complete = _filter(segment, last.docs, changed), True
            else:
                docs, complete = _collect(segment, matches, codes)
        else:
            docs, complete = _collect(segment, matches, codes)
        if complete:
            self._last[name] = _Candidates(matches, codes, docs)
        return docs

    def _hit(self, name: str, doc: int, qtokens: list[str], coarse: float) -> SearchHit:
        segment = self.index._segments[name]
        a = segment.articles[doc]
        article = self.index.articles[a] if a >= 0 else None
        text = segment.texts[doc]
        start, end = segment.starts[doc], segment.ends[doc]
        if text is None:
            assert article is not None
            text = article.text[start:end]
        folded = fold_text(text)
        spans = token_spans(folded)
        marked: set[int] = set()
        for t in qtokens:
            marked |= highlight(folded, spans, t, len(t) >= SHORT_BODY_TOKEN or name != "body")
        joined_text = " ".join(w for _, _, w in spans)
        joined_query = " ".join(qtokens)
        raw = coarse
        if joined_text == joined_query:
            raw += WHOLE_BONUS
        if len(qtokens) > 1 and joined_query in joined_text:
            raw += PHRASE_BONUS
        return SearchHit(
            kind=KINDS[segment.kinds[doc]],
            article_id=article.id if article is not None else "",
            start=start,
            end=end,
            text=text,
            score=round(100.0 * raw / _MAX_RAW, 2),
            positions=tuple(sorted(marked)),
            detail=segment.details[doc],
            payload=segment.payloads[doc],
        )


def _narrows(old: tuple[TermMatch, ...], new: tuple[TermMatch, ...]) -> bool:
    """True when each old token's terms include the same position's new terms."""
    if len(new) < len(old):
        return False
    return all(n is o or n.quals.keys() <= o.quals.keys() for o, n in zip(old, new, strict=False))


def _filter(segment: Segment, docs: set[int], matches: list[TermMatch]) -> set[int]:
    """Keep the documents that contain a matched term of every token in ``matches``."""
    fwd, off = segment.fwd, segment.fwd_off
    out = docs
    for m in matches:
        keys = m.quals.keys()
        out = {d for d in out if not keys.isdisjoint(fwd[off[d] : off[d + 1]])}
    return out


def _collect(
    segment: Segment, matches: tuple[TermMatch, ...], codes: frozenset[int] | None
) -> tuple[set[int], bool]:
    """Return the documents matching every token, and whether that is all of them.

    The rarest token drives. When its terms have few postings, every candidate is
    collected and intersected with the other tokens. Otherwise (a very common word, a
    one-letter prefix) documents are taken from its best terms first, in chunks, until
    ``SCORE_MAX`` of them match every token: the rest could only rank lower. With
    ``codes``, only documents of those kinds count.
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
                docs = _filter(segment, docs, [m])
        if codes is not None:
            docs = {d for d in docs if kinds[d] in codes}
        return docs, True
    docs = set()
    postings = segment.postings
    for tid in driver.ordered:
        plist = postings[tid]
        for i in range(0, len(plist), _CHUNK):
            chunk = set(plist[i : i + _CHUNK])
            chunk -= docs
            if codes is not None:
                chunk = {d for d in chunk if kinds[d] in codes}
            docs |= _filter(segment, chunk, rest)
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


def _coarse(
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
    keep = heapq.nlargest(limit + _SPARE, scored)
    return [(score, rank, -neg, name) for score, neg in keep]


def _dedupe_and_sort(hits: list[SearchHit]) -> list[SearchHit]:
    """Rank hits and keep one entity hit per (article, canonical name)."""
    hits.sort(key=lambda h: -h.score)
    seen: set[tuple[str, str | None]] = set()
    out = []
    for h in hits:
        if h.kind == "entity":
            key = (h.article_id, h.detail)
            if key in seen:
                continue
            seen.add(key)
        out.append(h)
    return out


def _add_article(builder: SegmentBuilder, a: int, article: Article) -> None:
    title = article.title or article.id
    at = article.text.find(title) if article.title else -1
    start, end = (at, at + len(title)) if at >= 0 else (0, 0)
    searchable = f"{title} {article.source}" if article.source else title
    builder.add("article", a, start, end, title, searchable, detail=article.source)


def _add_entities(builder: SegmentBuilder, a: int, analysis: ArticleAnalysis) -> None:
    """One document per distinct surface of each entity, at its first mention."""
    seen: set[tuple[str, str]] = set()
    for e in analysis.entities:
        key = (e.canonical, e.text)
        if key in seen:
            continue
        seen.add(key)
        searchable = e.text if e.canonical == e.text else f"{e.text} {e.canonical}"
        builder.add(
            "entity",
            a,
            e.start,
            e.end,
            e.text,
            searchable,
            detail=e.canonical,
            payload=e.label,
        )
