"""What the search index holds as documents, and what a search returns.

An article is one document (its title and outlet); an entity is one document per
spelling in each article that names it, at its first mention; quotes and sentences
are added by :class:`~tui.core.search.searcher.SearchIndex`. A :class:`SearchHit` is
the same for the palette and ``newsreader search``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.models import Article, ArticleAnalysis
from tui.core.search.index import SegmentBuilder


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
    mentions: tuple[tuple[str, int, int], ...] = ()
    """For an entity: ``(article id, start, end)`` of its first mention in each article
    that names it (within the query's filters), in corpus order."""

    def to_json(self) -> dict[str, object]:
        """Return the hit in the shape ``newsreader search --format json`` prints."""
        return {
            "kind": self.kind,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
        } | ({"articles": self.article_ids} if self.kind == "entity" else {})

    @property
    def article_ids(self) -> list[str]:
        """The articles an entity hit stands for (its own article for any other hit)."""
        return [m[0] for m in self.mentions] or [self.article_id]


def add_article(builder: SegmentBuilder, a: int, article: Article) -> None:
    title = article.title or article.id
    at = article.text.find(title) if article.title else -1
    start, end = (at, at + len(title)) if at >= 0 else (0, 0)
    searchable = f"{title} {article.source}" if article.source else title
    builder.add("article", a, start, end, title, searchable, detail=article.source)


def add_entities(builder: SegmentBuilder, a: int, analysis: ArticleAnalysis) -> None:
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
