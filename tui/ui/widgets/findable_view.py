"""Find in a laid-out article: the matches of a query, or ranges to highlight, and n/N.

The base of :class:`~tui.ui.widgets.article_body.ArticleBody`, kept apart so the
body's module is about laying out and drawing lines. It knows the article and where
each laid-out line starts (``_line_starts``), which is all finding and scrolling to
a match need; a big article is searched in a worker thread.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from textual import on, work
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.worker import get_current_worker

from tui.core.models import Article
from tui.ui.find_in_article import find_matches
from tui.ui.render import StyledSpan

#: Articles longer than this are laid out and searched in a worker thread.
BIG_ARTICLE = 150_000


class FindableView(ScrollView):
    """A scroll view over an article's laid-out lines that finds and highlights text."""

    class MatchesChanged(Message, namespace="article_body"):
        """The find matches (or the current one) changed (``ArticleBody.MatchesChanged``)."""

        def __init__(self, count: int, current: int | None, query: str) -> None:
            self.count = count
            self.current = current
            self.query = query
            super().__init__()

    @dataclass
    class _Found(Message):
        """What the find worker found in a big article."""

        article: Article
        query: str
        matches: list[tuple[int, int]]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.show_furniture = True
        self._line_starts: list[int] = []
        self._matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self._current: int | None = None
        self._query = ""

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int | None:
        return self._current

    @property
    def matches(self) -> Sequence[tuple[int, int]]:
        """The places found or highlighted, ``(start, end)`` in text order (read only)."""
        return self._matches

    @property
    def current_range(self) -> tuple[int, int] | None:
        """The place n/N are on, or None."""
        return None if self._current is None else self._matches[self._current]

    def highlight_ranges(
        self, ranges: Sequence[tuple[int, int]], *, current: int = 0, label: str = ""
    ) -> None:
        """Highlight ``ranges`` like find matches (n/N move between them) and go to one.

        Used for an entity's mentions and for a palette hit; Esc clears them as it
        clears a find.
        """
        self.workers.cancel_group(self, "find")
        self._query = label
        self._matches = sorted(ranges)
        self._match_starts = [start for start, _ in self._matches]
        if not self._matches:
            self._current = None
            self._redraw()
            self.post_message(self.MatchesChanged(0, None, label))
            return
        wanted = ranges[current] if 0 <= current < len(ranges) else self._matches[0]
        self._current = self._matches.index(wanted)
        self._after_match_move()

    def find(self, query: str) -> None:
        """Highlight every occurrence of ``query`` (accent- and case-insensitive)."""
        self._query = query
        self.workers.cancel_group(self, "find")
        if not query or self.article is None:
            self._set_matches([], query)
        elif len(self.article.text) <= BIG_ARTICLE:
            self._set_matches(find_matches(self.article.text, query), query)
        else:
            self._find_in_thread(self.article, query)

    def next_match(self, step: int = 1) -> None:
        """Move to the next (``step=1``) or previous (``step=-1``) match, wrapping."""
        if not self._matches:
            return
        if self._current is None:
            top = self._top_offset()
            index = bisect_left(self._match_starts, top)
            self._current = (
                index % len(self._matches) if step > 0 else (index - 1) % len(self._matches)
            )
        else:
            self._current = (self._current + step) % len(self._matches)
        self._after_match_move()

    def clear_find(self) -> None:
        """Drop the find highlights."""
        self.find("")

    def scroll_to_offset(self, offset: int, *, center: bool = True) -> None:
        """Scroll so the line holding character ``offset`` is in view."""
        if not self._line_starts:
            return
        index = max(0, bisect_right(self._line_starts, offset) - 1)
        target = index - self.size.height // 3 if center else index
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def top_offset(self) -> int:
        """The character offset of the first line in view (stable across widths)."""
        return self._top_offset()

    def _top_offset(self) -> int:
        top = round(self.scroll_offset.y)
        return self._line_starts[top] if 0 <= top < len(self._line_starts) else 0

    def _redraw(self) -> None:
        """Draw the lines in view again (a subclass also drops what it cached)."""
        self.refresh()

    def _match_spans(self, start: int, end: int) -> list[StyledSpan]:
        """The matches overlapping ``start..end``, the current one told apart."""
        spans: list[StyledSpan] = []
        low = max(0, bisect_right(self._match_starts, start) - 1)
        high = bisect_left(self._match_starts, end)
        for index in range(low, high):
            m_start, m_end = self._matches[index]
            if m_end > start:
                role = "search-current" if index == self._current else "search-match"
                spans.append(StyledSpan(m_start, m_end, role))
        return spans

    @work(thread=True, exclusive=True, group="find")
    def _find_in_thread(self, article: Article, query: str) -> None:
        matches = find_matches(article.text, query)
        if not get_current_worker().is_cancelled:
            self.post_message(self._Found(article, query, matches))

    @on(_Found)
    def _receive_matches(self, message: _Found) -> None:
        message.stop()
        if message.article is self.article and message.query == self._query:
            self._set_matches(message.matches, message.query)

    def _set_matches(self, matches: list[tuple[int, int]], query: str) -> None:
        if not self.show_furniture and self.article is not None and self.article.furniture:
            hidden = [(f.start, f.end) for f in self.article.furniture]  # not on screen
            matches = [m for m in matches if not any(a <= m[0] < b for a, b in hidden)]
        self._matches = matches
        self._match_starts = [start for start, _ in matches]
        self._current = None
        if matches:
            top = self._top_offset()
            self._current = bisect_left(self._match_starts, top) % len(matches)
            self._after_match_move()
        else:
            self._redraw()
            self.post_message(self.MatchesChanged(0, None, query))

    def _after_match_move(self) -> None:
        assert self._current is not None
        start, _ = self._matches[self._current]
        top = round(self.scroll_offset.y)
        index = max(0, bisect_right(self._line_starts, start) - 1)
        if not top <= index < top + self.size.height:
            self.scroll_to_offset(start)
        self._redraw()
        self.post_message(self.MatchesChanged(len(self._matches), self._current, self._query))
