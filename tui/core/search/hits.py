"""The closer look at the documents that rank: highlights, bonuses, the hit itself.

Only the best ``limit + SPARE`` candidates of a query get here, but they get here on
every keystroke, and as a query grows (or the next query is typed) mostly the same
documents rank again. So a :class:`HitMaker` (one per index, shared by its searchers)
folds and splits each document once and keeps its words for the next keystrokes; what
depends on the query (highlights, bonuses) is worked out each time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.core.models import Article
from tui.core.search.conditions import CorpusFacts
from tui.core.search.documents import SearchHit
from tui.core.search.index import KINDS, Segment, fold_text, tokens
from tui.core.search.match import TermMatch, highlight

PHRASE_BONUS = 3.0
WHOLE_BONUS = 5.0
_MAX_RAW = 100.0 + 8.0 + PHRASE_BONUS + WHOLE_BONUS

SHORT_BODY_TOKEN = 3
"""In quotes and sentences, tokens shorter than this match whole words only."""

REMEMBERED = 4096
"""Documents whose words a :class:`HitMaker` keeps: many keystrokes' worth of hits."""

_ENTITY = KINDS.index("entity")
_NONE: frozenset[str] = frozenset()


def document_text(articles: Sequence[Article], segment: Segment, doc: int) -> str:
    """A document's text (sliced from its article when the segment keeps no copy)."""
    text = segment.texts[doc]
    if text is None:
        return articles[segment.articles[doc]].text[segment.starts[doc] : segment.ends[doc]]
    return text


class HitMaker:
    """Turns ranked documents of an index into hits, remembering their words.

    ``segments`` is the index's own mapping, read at each call; the index makes a new
    maker when its documents change, so nothing remembered goes stale. Searchers in
    several threads may share it: it only reads, and adds or clears whole entries.
    """

    def __init__(
        self, articles: Sequence[Article], segments: Mapping[str, Segment], facts: CorpusFacts
    ) -> None:
        self._articles = articles
        self._segments = segments
        self._facts = facts
        self._seen: dict[tuple[str, int], tuple[str, str, tuple[str, ...]]] = {}

    def _words(self, name: str, doc: int) -> tuple[str, str, tuple[str, ...]]:
        """A document's text, its folded text and the words of that.

        Kept in tuples of strings, which the cycle collector stops tracking: thousands
        of remembered documents must not make it sweep the whole index more often.
        """
        key = (name, doc)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= REMEMBERED:
                self._seen.clear()
            text = document_text(self._articles, self._segments[name], doc)
            folded = fold_text(text)
            found = self._seen[key] = (text, folded, tuple(tokens(folded)))
        return found

    def hit(
        self,
        name: str,
        doc: int,
        qtokens: Sequence[str],
        coarse: float,
        allowed: frozenset[int] | None,
        matches: Sequence[TermMatch] = (),
    ) -> SearchHit:
        """The hit for document ``doc`` of segment ``name``, scored from its ``coarse``
        score plus the bonuses of a whole or in-order match.

        ``matches`` are the query tokens' matches in this segment: the near words they
        found there are the ones to light up.
        """
        segment = self._segments[name]
        text, folded, words = self._words(name, doc)
        marked: set[int] = set()
        for i, t in enumerate(qtokens):
            near = matches[i].near if i < len(matches) else None
            if name == "body" and len(t) < SHORT_BODY_TOKEN:
                near = _NONE
            marked |= highlight(folded, words, t, near)
        joined_query = " ".join(qtokens)
        raw = coarse
        mentions: tuple[tuple[str, int, int], ...] = ()
        if segment.kinds[doc] == _ENTITY:
            canonical = segment.details[doc] or text
            if qtokens and set(qtokens) <= {*words, *tokens(fold_text(canonical))}:
                raw += WHOLE_BONUS  # the full name that holds the word ranks with the word
            mentions = self._facts.mentions(canonical, allowed)
        elif qtokens and " ".join(words) == joined_query:
            raw += WHOLE_BONUS
        if len(qtokens) > 1 and joined_query in " ".join(words):
            raw += PHRASE_BONUS
        a = segment.articles[doc]
        return SearchHit(
            kind=KINDS[segment.kinds[doc]],
            article_id=self._articles[a].id if a >= 0 else "",
            start=segment.starts[doc],
            end=segment.ends[doc],
            text=text,
            score=round(100.0 * raw / _MAX_RAW, 2),
            positions=tuple(sorted(marked)),
            detail=segment.details[doc],
            payload=segment.payloads[doc],
            mentions=mentions,
        )


def dedupe_and_sort(hits: list[SearchHit]) -> list[SearchHit]:
    """Rank hits (at equal score, the longer of two names first) and keep one hit per entity."""
    hits.sort(key=lambda h: (-h.score, -len((h.detail or "").split()) if h.kind == "entity" else 0))
    seen: set[str | None] = set()
    out = []
    for h in hits:
        if h.kind == "entity":
            if h.detail in seen:
                continue
            seen.add(h.detail)
        out.append(h)
    return out
