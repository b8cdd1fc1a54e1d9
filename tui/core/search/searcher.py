"""One search box over a corpus: article titles, entities, quotes, sentences and commands.

The palette and ``newsreader search`` share this engine. Matching ignores case and
accents and tolerates typos; ranking puts exact above prefix above near matches, and
titles, entities and commands above quotes above sentences. It keeps up with typing
on large corpora: documents sit in inverted indexes (:mod:`tui.core.search.index`), a
query token is matched against the vocabulary (:mod:`tui.core.search.match`), posting
lists are intersected from the rarest token, and only a bounded set of candidates is
scored; the best few get a closer look (:mod:`tui.core.search.hits`). A
:class:`Searcher` narrows the previous keystroke's candidates instead of starting
over when the query only grew; an index folds each document it shows only once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from tui.core.models import Article, ArticleAnalysis, Span
from tui.core.search.candidates import (
    KIND_BONUS,
    SPARE,
    coarse,
    collect,
    filter_docs,
    narrows,
)
from tui.core.search.conditions import CorpusFacts, Keep, document_filter, listed_docs
from tui.core.search.documents import SearchHit, add_article, add_entities
from tui.core.search.hits import SHORT_BODY_TOKEN, HitMaker, dedupe_and_sort, document_text
from tui.core.search.index import (
    KIND_CODE,
    KINDS,
    Segment,
    SegmentBuilder,
)
from tui.core.search.match import TermMatch, match_token
from tui.core.search.query import Query, parse_query
from tui.core.text import split_sentences

_SEGMENTS = ("commands", "head", "body")
_SEGMENT_KINDS = {
    "commands": frozenset({"command"}),
    "head": frozenset({"article", "entity"}),
    "body": frozenset({"quote", "sentence"}),
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
            add_article(head, a, article)
            analysis = analyses.get(article.id)
            if analysis is not None:
                add_entities(head, a, analysis)
                for q in analysis.quotes:
                    who = q.speaker or q.source  # speaker:porte-parole finds the unnamed
                    searchable = f"{q.text} {who}" if who else q.text
                    body.add("quote", a, q.start, q.end, q.text, searchable, detail=who)
            if not with_sentences:
                continue
            spans = sentences.get(article.id) if sentences is not None else None
            if spans is None:
                spans = split_sentences(text)
            body.add_slices("sentence", a, spans, text)
        self._segments: dict[str, Segment] = {"head": head.build(), "body": body.build()}
        self._caches: dict[str, OrderedDict[tuple[str, bool], TermMatch]] = {}
        self._lock = threading.Lock()
        self._facts: CorpusFacts | None = None
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
        self._facts = None
        self._hits = HitMaker(self.articles, self._segments, self.facts)

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
        hits = HitMaker(self.articles, self._segments, self.facts)
        with self._lock:
            self._segments["commands"] = segment
            self._caches = {name: OrderedDict() for name in _SEGMENTS}
            self._hits = hits  # documents are numbered anew: forget their words
            self.generation += 1

    def __len__(self) -> int:
        return sum(len(s) for s in self._segments.values())

    def search(
        self, query: str | Query, *, kinds: Collection[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Return the best ``limit`` hits for ``query`` (a fresh search, nothing reused)."""
        return Searcher(self).search(query, kinds=kinds, limit=limit)

    @property
    def facts(self) -> CorpusFacts:
        """What filters and entity hits need to know about the articles (built once)."""
        facts = self._facts
        if facts is None:
            with self._lock:
                if self._facts is None:
                    self._facts = CorpusFacts(self.articles, self._segments["head"])
                facts = self._facts
        return facts

    def _match(self, name: str, token: str, *, exact: bool = False) -> TermMatch:
        """Match one token in one segment, remembering recent tokens (typing repeats them).

        ``exact`` (a word of a quoted phrase) matches the whole word only.
        """
        whole_words = exact or (name == "body" and len(token) < SHORT_BODY_TOKEN)
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
    key: tuple[object, ...]
    """The kinds asked for and the query's conditions: candidates are only reused for the same."""
    docs: set[int]


class Searcher:
    """Search as the user types, narrowing the previous candidates when the query grows.

    Results are always those of :meth:`SearchIndex.search` for the same query: the
    previous candidates are reused only when every token's matched terms are a subset
    of what the same token matched before, with the same filters, so the new
    candidates are a subset too.
    """

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._last: dict[str, _Candidates] = {}
        self._generation = index.generation

    def search(
        self, query: str | Query, *, kinds: Collection[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Return the best ``limit`` hits for ``query`` (text in the syntax of
        :mod:`tui.core.search.query`, or already parsed), best first."""
        if self._generation != self.index.generation:
            self._last, self._generation = {}, self.index.generation
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.empty or limit <= 0:
            self._last = {}
            return []
        wanted = set(KINDS) if kinds is None else set(kinds)
        allowed = self.index.facts.allowed(parsed.filters) if parsed.filters else None
        if not parsed.words:
            self._last = {}
            return self._listing(parsed, wanted, allowed, limit)
        terms = [(t, t in parsed.exact) for t in parsed.words]
        ranked: list[tuple[float, int, int, str]] = []
        matched: dict[str, tuple[TermMatch, ...]] = {}
        for rank, name in enumerate(_SEGMENTS):
            if not wanted & _SEGMENT_KINDS[name]:
                continue
            segment = self.index._segments[name]
            if not len(segment):
                continue
            matches = matched[name] = tuple(self.index._match(name, t, exact=e) for t, e in terms)
            codes = None
            if not _SEGMENT_KINDS[name] <= wanted:
                codes = frozenset(KIND_CODE[k] for k in wanted & _SEGMENT_KINDS[name])
            keep = None
            if parsed.narrows:
                keep = document_filter(parsed, segment, allowed, self._text_of(segment))
            key = (codes, parsed.condition_key())
            docs = self._candidates(name, segment, matches, key, keep)
            ranked.extend(coarse(segment, name, rank, docs, matches, limit))
        ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
        top = ranked[: limit + SPARE]
        make = self.index._hits.hit
        hits = [
            make(name, doc, parsed.words, score, allowed, matched[name])
            for score, _, doc, name in top
        ]
        return dedupe_and_sort(hits)[:limit]

    def _listing(
        self, query: Query, wanted: set[str], allowed: frozenset[int] | None, limit: int
    ) -> list[SearchHit]:
        """A query of filters only lists what they let through, in corpus order: the
        quotes of a ``speaker:``, else the articles (else the kinds asked for)."""
        speaker = any(f.field == "speaker" and not f.negated for f in query.filters)
        kinds = wanted & ({"quote"} if speaker else {"article"}) or wanted
        hits: list[SearchHit] = []
        for name in _SEGMENTS:
            chosen = kinds & _SEGMENT_KINDS[name]
            segment = self.index._segments[name]
            if not chosen or not len(segment):
                continue
            keep = document_filter(query, segment, allowed, self._text_of(segment))
            codes = frozenset(KIND_CODE[k] for k in chosen)
            for d in listed_docs(segment, codes, keep, limit - len(hits)):
                score = 100.0 + KIND_BONUS[KINDS[segment.kinds[d]]]
                hits.append(self.index._hits.hit(name, d, (), score, allowed))
        return hits[:limit]

    def _text_of(self, segment: Segment) -> Callable[[int], str]:
        """A document's text (sliced from its article when not kept)."""
        return partial(document_text, self.index.articles, segment)

    def _candidates(
        self,
        name: str,
        segment: Segment,
        matches: tuple[TermMatch, ...],
        key: tuple[object, ...],
        keep: Keep | None,
    ) -> set[int]:
        last = self._last.pop(name, None)
        if last is not None and last.key == key and narrows(last.matches, matches):
            changed = [
                m
                for i, m in enumerate(matches)
                if i >= len(last.matches) or m is not last.matches[i]
            ]
            fresh_cost = sum(m.estimate for m in matches)
            if 10 * len(last.docs) * len(changed) < fresh_cost:
                docs, complete = filter_docs(segment, last.docs, changed), True
            else:
                docs, complete = collect(segment, matches, key[0], keep)  # type: ignore[arg-type]
        else:
            docs, complete = collect(segment, matches, key[0], keep)  # type: ignore[arg-type]
        if complete:
            self._last[name] = _Candidates(matches, key, docs)
        return docs
