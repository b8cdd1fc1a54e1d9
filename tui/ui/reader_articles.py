"""The articles the reader shows, in corpus order, with their ids looked up at once.

:class:`OpenArticles` is shared by the reader screen and its parts (the loader, the
analysis, the reading state, the panels): each reads the same list instead of asking
the screen for it. Only the screen changes it, on the event loop, when a batch of a
big corpus arrives or a reload replaces the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tui.core.models import Article


class OpenArticles:
    """The reader's articles (``articles``) and where each id is in them."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles: list[Article] = list(articles)
        self._ids = {a.id: i for i, a in enumerate(self.articles)}

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __getitem__(self, index: int) -> Article:
        return self.articles[index]

    def index_of(self, article_id: str) -> int | None:
        """Where article ``article_id`` is in the list, or None if it is not there."""
        return self._ids.get(article_id)

    def title_of(self, article_id: str) -> str:
        """The article's title (its id when it has none or is unknown)."""
        index = self._ids.get(article_id)
        return article_id if index is None else (self.articles[index].title or article_id)

    def extend(self, arrived: Sequence[Article]) -> list[Article]:
        """Add a batch; ids already taken get a folder prefix. Returns what was added."""
        from tui.core.corpus.loader import unique_ids

        added = unique_ids(arrived, taken=set(self._ids))
        start = len(self.articles)
        self.articles.extend(added)
        for offset, article in enumerate(added):
            self._ids[article.id] = start + offset
        return added

    def replace(self, articles: Sequence[Article]) -> None:
        """A reload's new corpus takes the old one's place (a new list: workers still
        holding the old one see it unchanged)."""
        self.articles = list(articles)
        self._ids = {a.id: i for i, a in enumerate(self.articles)}
