"""Questions asked of a finished corpus analysis: counts, mentions, quotes shared.

The reader's panels, badges and filters and the subcommands ask these; keeping them
next to the analysis means no front end digs through the records itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.models import Article, ArticleAnalysis, CorpusAnalysis, CorpusEntity, Quote


@dataclass(frozen=True, slots=True)
class QuotedElsewhere:
    """A quote of another article that carries the same words from the same speaker."""

    article_id: str
    quote: Quote


class CorpusView:
    """Lookups over a finished corpus analysis, for panels, badges and filters."""

    def __init__(self, articles: Sequence[Article], corpus: CorpusAnalysis) -> None:
        self.articles = list(articles)
        self.corpus = corpus
        self.by_id = {a.id: a for a in self.articles}
        self.entities: dict[str, CorpusEntity] = {e.canonical: e for e in corpus.entities}

    def analysis(self, article_id: str) -> ArticleAnalysis | None:
        return self.corpus.articles.get(article_id)

    def counts(self, article_id: str) -> tuple[int, int]:
        """Distinct entities and quotes of an article."""
        analysis = self.analysis(article_id)
        if analysis is None:
            return 0, 0
        return len({e.canonical for e in analysis.entities}), len(analysis.quotes)

    def mentions(self, article_id: str, canonical: str) -> list[tuple[int, int]]:
        """Where ``canonical`` is mentioned in an article, in reading order."""
        analysis = self.analysis(article_id)
        if analysis is None:
            return []
        return sorted((e.start, e.end) for e in analysis.entities if e.canonical == canonical)

    def articles_mentioning(self, canonical: str) -> list[str]:
        """Ids of the articles that mention ``canonical``, in corpus order."""
        entity = self.entities.get(canonical)
        if entity is not None:
            return list(entity.articles)
        return [a.id for a in self.articles if self.mentions(a.id, canonical)]

    def quoted_elsewhere(self, article_id: str) -> dict[int, list[QuotedElsewhere]]:
        """For each quote (by position) of an article, the other articles carrying it.

        Only articles that mention one of the article's speakers are compared, which
        keeps this cheap on big corpora.
        """
        from tui.core.compare.summary import match_quotes

        analysis = self.analysis(article_id)
        if analysis is None or not analysis.quotes:
            return {}
        speakers = {q.speaker for q in analysis.quotes if q.speaker}
        candidates: dict[str, None] = {}
        for speaker in speakers:
            for mentioning in self.articles_mentioning(speaker):
                candidates[mentioning] = None
        position = {id(q): i for i, q in enumerate(analysis.quotes)}
        found: dict[int, list[QuotedElsewhere]] = {}
        for other_id in candidates:
            other = self.analysis(other_id)
            if other_id == article_id or other is None or not other.quotes:
                continue
            shared, _, _ = match_quotes(analysis.quotes, other.quotes)
            for pair in shared:
                found.setdefault(position[id(pair.left)], []).append(
                    QuotedElsewhere(other_id, pair.right)
                )
        return found
