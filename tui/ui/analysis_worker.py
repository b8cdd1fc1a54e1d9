"""The analysis as the reader uses it: run off the event loop, then looked up by article.

:func:`run_analysis` is what the reader's thread worker calls: the cached corpus
analysis when the corpus is unchanged, else cached analyses first and the rest
analysed in worker processes, names resolved across the corpus, then the search
index built. The heavy modules are imported inside it, so
starting the reader never pays for them. :class:`CorpusView` answers the questions
the panels and the sidebar ask (counts, mentions, who else quotes the same words)
from the finished analysis; :func:`article_layers` turns one article's analysis into
the spans and speaker notes the article pane draws.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.core.models import Article, ArticleAnalysis, CorpusEntity, Quote
from tui.ui.render import StyledSpan, layer_spans, quote_role, speaker_note

if TYPE_CHECKING:
    from tui.core.analysis.pipeline import CorpusAnalysis
    from tui.core.search.searcher import SearchIndex

Note = tuple[int, str, str]
log = logging.getLogger("newsreader")


@dataclass(slots=True)
class AnalysisResult:
    """What one analysis run produced, and what the user should be told about it."""

    corpus: CorpusAnalysis
    index: SearchIndex | None
    problems: list[str] = field(default_factory=list)


def run_analysis(
    articles: Sequence[Article],
    *,
    corpus_key: str = "",
    progress: Callable[[int, int], None] | None = None,
    on_partial: Callable[[dict[str, ArticleAnalysis]], None] | None = None,
    cancel: Any = None,
    commands: Iterable[tuple[str, object]] = (),
    search: bool = True,
    on_result: Callable[[AnalysisResult], None] | None = None,
) -> AnalysisResult | None:
    """Analyse ``articles`` through the shared cache and index them for search.

    Blocking: call it from a thread. The cache keeps the corpus-wide merge under
    ``corpus_key``, so reopening an unchanged corpus is one query; otherwise cached
    analyses come first and the rest run in worker processes. ``on_partial`` gets
    per-article analyses as they come (names resolved within each article only), so
    the open article can be highlighted before the whole corpus is done. Returns
    ``None`` when cancelled. With ``search`` off the search index is left to the
    caller (:func:`build_index`), so the analysis can be shown before it is built.
    ``on_result`` gets a freshly merged analysis (without search index) before the
    merge is stored, so it can be shown a second sooner on a big corpus.
    """
    problems: list[str] = []
    cache = _open_cache(problems)
    errors: list[tuple[str, str]] = []
    if cache is None:
        from tui.core.analysis.parallel import analyze_many

        analyses = analyze_many(
            articles, progress=progress, cancel=cancel, errors=errors, on_analysed=on_partial
        )
        corpus = None
        if not (cancel is not None and cancel.is_set()):
            corpus = _merge((analyses[a.id] for a in articles if a.id in analyses), articles)
    else:
        from tui.core.analysis.parallel import analyze_corpus_cached

        def merged(corpus: CorpusAnalysis) -> None:
            if on_result is not None:
                failed = [f"{aid}: analysis failed ({message})" for aid, message in errors]
                on_result(AnalysisResult(corpus, None, [*problems, *failed]))

        try:
            corpus = analyze_corpus_cached(
                articles,
                cache=cache,
                corpus=corpus_key,
                merger=_merge,
                progress=progress,
                cancel=cancel,
                errors=errors,
                on_analysed=on_partial,
                on_merged=merged,
            )
        finally:
            cache.close()
    problems.extend(f"{aid}: analysis failed ({message})" for aid, message in errors)
    if corpus is None or (cancel is not None and cancel.is_set()):
        return None
    index = build_index(articles, corpus.articles, commands) if search else None
    return AnalysisResult(corpus, index, problems)


def _merge(analyses: Iterable[ArticleAnalysis], articles: Sequence[Article]) -> CorpusAnalysis:
    """The corpus-wide merge, importing the analysis engine only when one is needed:
    reopening an unchanged corpus reuses the stored merge and never pays for it."""
    from tui.core.analysis.pipeline import merge_corpus

    return merge_corpus(analyses, articles)


def build_index(
    articles: Sequence[Article],
    analyses: Mapping[str, ArticleAnalysis] | None = None,
    commands: Iterable[tuple[str, object]] = (),
    *,
    sentences: bool = True,
) -> SearchIndex:
    """The search index over titles, (when given) entities and quotes, and sentences
    unless ``sentences`` is off."""
    from tui.core.search.searcher import SearchIndex

    return SearchIndex(articles, analyses or {}, commands=commands, with_sentences=sentences)


def load_stored_index(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article]
) -> SearchIndex | None:
    """The search index the cache keeps for exactly this corpus, or ``None``."""
    if not (corpus_key and corpus.fingerprint):
        return None
    from tui.core.search.storage import index_key, load_index

    cache = _open_cache([])
    if cache is None:
        return None
    try:
        return load_index(cache, corpus_key, index_key(corpus.fingerprint, articles), articles)
    except Exception:  # a damaged row: the index is simply built again
        return None
    finally:
        cache.close()


def store_index(
    corpus_key: str, corpus: CorpusAnalysis, articles: Sequence[Article], index: SearchIndex
) -> None:
    """Keep ``index`` for the next start; failing only costs that start the build."""
    if not (corpus_key and corpus.fingerprint):
        return
    from tui.core.search.storage import index_key, keep_index

    cache = _open_cache([])
    if cache is None:
        return
    try:
        keep_index(cache, corpus_key, index_key(corpus.fingerprint, articles), index)
    except Exception as exc:
        log.warning("could not keep the search index: %s", exc)
    finally:
        cache.close()


def _open_cache(problems: list[str]):
    """The shared analysis cache, or ``None`` (analysis still runs) if it cannot open."""
    try:
        from tui.core.store.analysis_cache import AnalysisCache

        cache = AnalysisCache()
    except Exception as exc:  # a read-only home, a locked file: analyse without cache
        problems.append(f"The analysis cache is not available: {exc}")
        return None
    problems.extend(getattr(cache, "warnings", []) or [])
    return cache


_CLOSING_MARKS = frozenset('»"”’“')
_CLOSING_REACH = 3


def closing_mark(text: str, quote_end: int) -> int:
    """Where a quote's closing mark is (quotes are trimmed of it), else its last char."""
    for position in range(quote_end, min(len(text), quote_end + _CLOSING_REACH)):
        if text[position] in _CLOSING_MARKS:
            return position
        if not text[position].isspace():
            break
    return max(0, quote_end - 1)


def article_layers(
    analysis: ArticleAnalysis | None,
    *,
    text: str = "",
    entities: bool = True,
    quotes: bool = True,
) -> tuple[list[StyledSpan], list[Note]]:
    """The spans and speaker notes of one article for the layers switched on.

    Each note is anchored at the quote's closing mark in ``text`` (the article text),
    so it is drawn under the line where the quoted words visibly end.
    """
    if analysis is None:
        return [], []
    shown_quotes = [q for q in analysis.quotes if q.end > q.start] if quotes else []
    spans = layer_spans(analysis.entities if entities else (), shown_quotes)
    notes = [
        (
            max(q.start, closing_mark(text, q.end)),
            speaker_note(q),
            "speaker" if q.kind == "speech" else quote_role(q),
        )
        for q in shown_quotes
    ]
    return spans, notes


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
