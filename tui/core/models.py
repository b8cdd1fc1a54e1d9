"""Plain records shared by every part of newsreader.

Analysis produces spans with character offsets into an article's ``text``; the UI and
the CLI render them. Records are frozen so they can be cached, hashed and shared
between worker processes safely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

EntityLabel = Literal["PER", "LOC", "ORG", "MISC"]
QuoteKind = Literal["speech", "fragment", "other"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: its exact decoded text plus what the loader learnt about it.

    ``text`` is the body the analysis runs on. For a ``.txt`` file it is exactly the
    decoded file content; for ``.md`` it is the body after front matter; for JSON it
    is the ``text`` field.
    """

    id: str
    path: str
    text: str
    title: str
    source: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    language: str = "fr"
    word_count: int = 0
    paragraphs: tuple[Span, ...] = ()
    furniture: tuple[Span, ...] = ()
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


class DeferredText:
    """An article text kept as encoded bytes until it is first read.

    A warm start rebuilds ten thousand articles, of which one is shown at once; the
    rest are read later, by the search index in the background. Storing one of these
    as an :class:`Article`'s ``text`` defers the decoding to that first read, which
    then replaces it with the string: every reader of ``article.text`` sees a ``str``.
    """

    __slots__ = ("data",)

    def __init__(self, data: bytes | memoryview) -> None:
        self.data = data

    def decode(self) -> str:
        return str(self.data, "utf-8", "surrogatepass")


class _ArticleText:
    """``Article.text``: the slot, decoding a :class:`DeferredText` on first read."""

    __slots__ = ("slot",)

    def __init__(self, slot) -> None:
        self.slot = slot

    def __get__(self, article: Article | None, owner: type | None = None):
        if article is None:
            return self
        value = self.slot.__get__(article, owner)
        if type(value) is DeferredText:
            value = value.decode()
            self.slot.__set__(article, value)  # two threads may both decode: same result
        return value

    def __set__(self, article: Article, value: str | DeferredText) -> None:
        self.slot.__set__(article, value)


Article.text = _ArticleText(Article.__dict__["text"])  # type: ignore[assignment,misc]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention. ``canonical`` is filled in by corpus-level resolution."""

    start: int
    end: int
    text: str
    label: EntityLabel
    canonical: str


@dataclass(frozen=True, slots=True)
class Quote:
    """The words between a pair of quotation marks, trimmed of surrounding spaces.

    ``speaker`` is the canonical name of whom the text attributes the words to, or
    ``None`` when the text names nobody. ``source`` is the description the text gives
    an unnamed speaker (« le porte-parole », "a police spokesman"): the reader still
    learns who spoke, without a description passing for a name.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    kind: QuoteKind
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Entities and quotes found in one article.

    ``roles`` are the article's appositions, ``(role phrase, canonical name)`` pairs
    such as ``("président russe", "Vladimir Poutine")``. They are found once per
    article, so the corpus merge can tie a role quoted elsewhere to its name without
    reading every text again.
    """

    article_id: str
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """One real-world entity across the corpus, with every surface it appears under."""

    canonical: str
    label: EntityLabel
    aliases: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class CorpusAnalysis:
    """Everything the analysis learnt about a corpus, keyed by article id.

    ``fingerprint`` names the content it was made from (see
    :func:`tui.core.store.analysis_cache.corpus_fingerprint`) when known, so what is
    derived from it, such as the search index, can be stored and found again.
    """

    articles: Mapping[str, ArticleAnalysis]
    entities: tuple[CorpusEntity, ...]
    fingerprint: str = ""


@dataclass(slots=True)
class LoadReport:
    """What a corpus load produced: the articles, and the files it skipped and why."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
