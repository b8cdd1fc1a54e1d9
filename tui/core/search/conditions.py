"""Which documents a query's phrases, exclusions and field filters let through.

Filters on the article (``source:``, ``lang:``, ``date:``, ``entity:``) become one set
of allowed article numbers; ``speaker:`` looks at a quote's speaker; exclusions and
phrases at the document's own words. Everything is checked on candidate documents
(those that already hold every word), never by scanning the corpus, except when a
query has no word at all and the filters alone choose what to list.

What an index knows about its articles (folded outlets, dates, the names each article
mentions, the mentions of each entity) is gathered once per index, on first use, by
:class:`CorpusFacts`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter

from tui.core.models import Article
from tui.core.records import collection_paused
from tui.core.search.index import KIND_CODE, Segment, fold_text, tokens
from tui.core.search.query import FieldFilter, Query

Keep = Callable[[set[int]], set[int]]
"""Narrows a set of candidate documents of one segment."""

_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ENTITY = KIND_CODE["entity"]
_QUOTE = KIND_CODE["quote"]
_ARTICLE_FIELDS = ("source", "lang", "date", "entity")
_ARTICLE = itemgetter(0)
_REMEMBERED = 4096
"""Entities whose mentions are kept: plenty for a session of typing, bounded for a big corpus."""


def name_matches(value: str, name: str) -> bool:
    """True when each word of ``value`` (folded) starts a word of ``name`` (folded)."""
    words = name.split()
    return all(any(w.startswith(v) for w in words) for v in value.split())


def folded_name(text: str | None) -> str:
    return " ".join(tokens(fold_text(text or "")))


class CorpusFacts:
    """What filters and entity grouping need to know about an index's articles.

    Built lazily from the articles and the ``head`` segment (titles and entities), so
    an index read back from the cache has it too; safe to share between threads.
    """

    def __init__(self, articles: Sequence[Article], head: Segment) -> None:
        self.articles = articles
        self._head = head
        self._lock = threading.Lock()
        self._names: dict[str, set[int]] | None = None
        self._mentions: dict[str, tuple[tuple[int, int, int], ...]] = {}
        self._mention_ids: dict[str, tuple[tuple[str, int, int], ...]] = {}
        self._outlets: tuple[list[str], list[str]] | None = None
        self._allowed: dict[FieldFilter, frozenset[int]] = {}

    def _outlets_and_dates(self) -> tuple[list[str], list[str]]:
        """Each article's folded outlet and ISO date, worked out once (``source:``, ``date:``)."""
        with self._lock:
            if self._outlets is None:
                sources = [folded_name(a.source) for a in self.articles]
                self._outlets = (sources, [_iso(a.date) for a in self.articles])
            return self._outlets

    def _article_mentions(self, canonical: str) -> tuple[tuple[int, int, int], ...]:
        """``(article number, start, end)`` of the first mention of ``canonical`` in each
        article that names it, in corpus order.

        Found through the index rather than by reading every entity document: an entity
        document is indexed under its canonical name's words, so the rarest of them
        holds all its documents. Worked out per name on first use (typing shows a few
        entities, not all of them), so no keystroke pays for the whole corpus.
        """
        found = self._mentions.get(canonical)
        if found is not None:
            return found
        head = self._head
        kinds, details = head.kinds, head.details
        docs = [d for d in self._documents_of(canonical) if details[d] == canonical]
        docs = [d for d in docs if kinds[d] == _ENTITY]
        spans = sorted(
            zip(
                map(head.articles.__getitem__, docs),
                map(head.starts.__getitem__, docs),
                map(head.ends.__getitem__, docs),
                strict=True,
            )
        )
        # Written from the last to the first, each article keeps its first mention.
        firsts = dict(zip(map(_ARTICLE, reversed(spans)), reversed(spans), strict=True))
        found = tuple(sorted(firsts.values()))
        with self._lock:
            if len(self._mentions) > _REMEMBERED:
                self._mentions.clear()
                self._mention_ids.clear()
            self._mentions[canonical] = found
        return found

    def _documents_of(self, canonical: str) -> Iterable[int]:
        """Head documents that may be mentions of ``canonical``: the posting list of its
        rarest word (every entity document when the name has no word to look up)."""
        head = self._head
        ids = [head.term_id(w) for w in set(tokens(fold_text(canonical)))]
        if not ids or -1 in ids:
            return _entity_docs(head.kinds)
        return min((head.postings[t] for t in ids), key=len)

    def mentions(
        self, canonical: str, allowed: frozenset[int] | None = None
    ) -> tuple[tuple[str, int, int], ...]:
        """``(article id, start, end)`` of the first mention of ``canonical`` in each
        article that names it (of ``allowed`` ones only, if given), in corpus order."""
        numbers = self._mentions.get(canonical)
        found = self._mention_ids.get(canonical)
        if numbers is None or found is None:
            # Thousands of small tuples at once, none in a cycle: collecting while they
            # are made would only sweep them (and the index) again and again.
            with collection_paused():
                numbers = self._article_mentions(canonical)
                articles = self.articles
                found = tuple([(articles[a].id, s, e) for a, s, e in numbers])
            self._mention_ids[canonical] = found
        if allowed is None:
            return found
        return tuple(m for m, (a, _, _) in zip(found, numbers, strict=True) if a in allowed)

    def _entity_names(self) -> dict[str, set[int]]:
        """Folded entity name (canonical or as written) -> the articles that use it."""
        with self._lock:
            if self._names is None:
                head = self._head
                # Any name of an entity stands for all of it: "Moscou" finds the
                # articles that write "Moscow" too.
                by_name: dict[str, set[str]] = {}
                by_canonical: dict[str, set[int]] = {}
                for d in _entity_docs(head.kinds):
                    canonical = head.details[d] or ""
                    by_canonical.setdefault(canonical, set()).add(head.articles[d])
                    for name in (canonical, head.texts[d] or ""):
                        by_name.setdefault(name, set()).add(canonical)
                names: dict[str, set[int]] = {}
                for name, canonicals in by_name.items():
                    found = names.setdefault(folded_name(name), set())
                    for canonical in canonicals:
                        found.update(by_canonical[canonical])
                self._names = names
            return self._names

    def allowed(self, filters: Iterable[FieldFilter]) -> frozenset[int] | None:
        """The article numbers every article filter lets through (None: no such filter)."""
        allowed: frozenset[int] | None = None
        for f in filters:
            if f.field not in _ARTICLE_FIELDS:
                continue
            matching = self._matching(FieldFilter(f.field, f.value, False, f.low, f.high))
            if f.negated:
                everyone = allowed if allowed is not None else frozenset(range(len(self.articles)))
                allowed = everyone - matching
            else:
                allowed = matching if allowed is None else allowed & matching
        return allowed

    def _matching(self, f: FieldFilter) -> frozenset[int]:
        found = self._allowed.get(f)
        if found is not None:
            return found
        if f.field == "entity":
            hit: set[int] = set()
            for name, articles in self._entity_names().items():
                if name_matches(f.value, name):
                    hit |= articles
            found = frozenset(hit)
        elif f.field == "source":
            sources = self._outlets_and_dates()[0]
            found = frozenset(a for a, s in enumerate(sources) if name_matches(f.value, s))
        elif f.field == "lang":
            found = frozenset(
                a for a, article in enumerate(self.articles) if article.language == f.value
            )
        else:
            dates = self._outlets_and_dates()[1]
            found = frozenset(a for a, d in enumerate(dates) if _in_range(d, f.low, f.high))
        if len(self._allowed) > 64:
            self._allowed.clear()
        self._allowed[f] = found
        return found


def _entity_docs(kinds: bytearray) -> list[int]:
    """The entity documents of a segment, found by bytes search rather than a Python loop."""
    found: list[int] = []
    mark = bytes([_ENTITY])
    at = kinds.find(mark)
    while at >= 0:
        found.append(at)
        at = kinds.find(mark, at + 1)
    return found


def _iso(date: str | None) -> str:
    """The ISO date an article's date starts with (``2024-05-01``), or ``""``."""
    match = _ISO_DATE.match((date or "").strip())
    return match.group() if match else ""


def _in_range(date: str, low: str, high: str) -> bool:
    if not date:
        return False
    return (not low or date[: len(low)] >= low) and (not high or date[: len(high)] <= high)


def document_filter(
    query: Query, segment: Segment, allowed: frozenset[int] | None, text_of: Callable[[int], str]
) -> Keep | None:
    """What narrows this segment's candidates for ``query`` (None: nothing does).

    ``text_of`` gives a document's text, for phrases.
    """
    steps: list[Keep] = []
    if allowed is not None:
        articles = segment.articles
        steps.append(lambda docs: {d for d in docs if articles[d] in allowed})
    for f in query.filters:
        if f.field == "speaker":
            steps.append(_speaker_step(segment, f))
    excluded = {segment.term_id(w) for w in query.without_words} - {-1}
    if excluded:
        fwd, off = segment.fwd, segment.fwd_off
        steps.append(
            lambda docs: {d for d in docs if excluded.isdisjoint(fwd[off[d] : off[d + 1]])}
        )
    if query.phrases or query.without_phrases:
        steps.append(_phrase_step(query, segment, text_of))
    if not steps:
        return None

    def keep(docs: set[int]) -> set[int]:
        for step in steps:
            if not docs:
                break
            docs = step(docs)
        return docs

    return keep


def _speaker_step(segment: Segment, f: FieldFilter) -> Keep:
    kinds, details = segment.kinds, segment.details

    def spoken(d: int) -> bool:
        return kinds[d] == _QUOTE and name_matches(f.value, folded_name(details[d]))

    if f.negated:
        return lambda docs: {d for d in docs if not spoken(d)}
    return lambda docs: {d for d in docs if spoken(d)}


def _phrase_step(query: Query, segment: Segment, text_of: Callable[[int], str]) -> Keep:
    """Documents with every phrase, and none of the excluded ones, as whole words in a row."""
    unknown = -1
    wanted = query.phrases
    unwanted = [
        p for p in query.without_phrases if all(segment.term_id(t) != unknown for t in p)
    ]  # a phrase with a word the segment lacks can exclude nothing

    def keep(docs: set[int]) -> set[int]:
        out = set()
        for d in docs:
            joined = f" {' '.join(tokens(fold_text(text_of(d))))} "
            if all(f" {' '.join(p)} " in joined for p in wanted) and not any(
                f" {' '.join(p)} " in joined for p in unwanted
            ):
                out.add(d)
        return out

    return keep


def listed_docs(
    segment: Segment, codes: frozenset[int], keep: Keep | None, limit: int
) -> list[int]:
    """For a query of filters only: the first ``limit`` documents of ``codes`` kept."""
    out: list[int] = []
    kinds = segment.kinds
    step = 4096
    for lo in range(0, len(segment), step):
        chunk = {d for d in range(lo, min(lo + step, len(segment))) if kinds[d] in codes}
        if keep is not None:
            chunk = keep(chunk)
        out.extend(sorted(chunk))
        if len(out) >= limit:
            break
    return out[:limit]
