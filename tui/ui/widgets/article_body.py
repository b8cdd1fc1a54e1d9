"""The article text: wrapped lazily, drawn line by line, searchable.

Only line offsets are computed up front (in a worker thread for big articles, handed
over in batches so the first screen appears at once); styled text is built just for
the lines in view, from the article text, the styled spans (entities, quotes,
search matches) and the theme. A 20 MB article therefore never blocks the event loop,
and changing highlights or theme only redraws what is visible.

Speaker notes ("— Dmitri Peskov") are decoration rows inserted under the line where a
quote ends. They carry no article text, so every character offset used by find,
scrolling and the analysis still points at the same place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from tui.core.models import Article
from tui.ui.render import RenderTheme, StyledSpan, plain, render_text
from tui.ui.search import find_matches
from tui.ui.widgets.scroll_keys import VIM_SCROLL_BINDINGS
from tui.ui.wrap import BLANK, FURNITURE, Line, layout_lines, paragraph_spans

DECOR = 3
"""Kind of a laid-out row that holds speaker notes rather than article text."""

Note = tuple[int, str, str]
"""A speaker note: ``(offset of the quote's last character, text, theme role)``."""

#: Articles longer than this are laid out and searched in a worker thread.
BIG_ARTICLE = 150_000
#: Lines are never wider than this, however wide the terminal: easier to read.
MAX_MEASURE = 100
_CACHE_SIZE = 512


class ArticleBody(ScrollView, can_focus=True):
    """Scrollable, wrapped article text with highlighted spans and find matches."""

    DEFAULT_CSS = """
    ArticleBody {
        height: 1fr;
        background: $background;
        color: $foreground;
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [*VIM_SCROLL_BINDINGS]
    """Vim-style keys on top of the arrows, Home/End and PageUp/PageDown."""

    class MatchesChanged(Message):
        """The find matches (or the current one) changed."""

        def __init__(self, count: int, current: int | None, query: str) -> None:
            self.count = count
            self.current = current
            self.query = query
            super().__init__()

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.show_furniture = True
        self.spans: list[StyledSpan] = []
        self._span_starts: list[int] = []
        self._longest_span = 0
        self._lines: list[Line] = []
        self._line_starts: list[int] = []
        self._layout_width = 0
        self._laying_out = False
        self._generation = 0
        self._matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self._current: int | None = None
        self._query = ""
        self._render_theme = RenderTheme()
        self._cache: dict[int, Strip] = {}
        self._notes: list[Note] = []
        self._note_anchors: list[int] = []
        self._decor: dict[int, list[Note]] = {}

    # -- public API -------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        """How many lines are laid out so far."""
        return len(self._lines)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int | None:
        return self._current

    def visible_text(self) -> str:
        """The plain text of the lines currently in view (tests, screen readers)."""
        top = round(self.scroll_offset.y)
        assert self.article is not None or not self._lines
        rows = self._lines[top : top + self.size.height]
        if self.article is None:
            return ""
        return "\n".join(
            self._note_text(s) if kind == DECOR else self.article.text[s:e] for s, e, kind in rows
        )

    def _note_text(self, key: int) -> str:
        return "   ".join(text for _, text, _ in self._decor.get(key, ()))

    def show(
        self,
        article: Article,
        spans: Sequence[StyledSpan] = (),
        notes: Sequence[Note] = (),
        *,
        at: int | None = None,
    ) -> None:
        """Display ``article`` from its top (or from character ``at``) with its layers,
        dropping the previous find."""
        self.article = article
        self._store_layers(spans, notes)
        self._matches, self._match_starts, self._current, self._query = [], [], None, ""
        self.relayout(keep_position=False, anchor=at)
        self.post_message(self.MatchesChanged(0, None, ""))

    def set_spans(self, spans: Sequence[StyledSpan]) -> None:
        """Replace the highlighted spans (entities, quotes…) and redraw."""
        self.spans = sorted(spans, key=lambda span: (span.start, span.end))
        self._span_starts = [span.start for span in self.spans]
        self._longest_span = max((span.end - span.start for span in self.spans), default=0)
        self._redraw()

    def set_layers(self, spans: Sequence[StyledSpan], notes: Sequence[Note] = ()) -> None:
        """Show the analysis layers: styled spans, and speaker notes under quotes.

        Spans alone only redraw; changed notes lay the article out again (keeping the
        reading position), since they add rows.
        """
        if self._store_layers(spans, notes) and self.article is not None:
            self.relayout(keep_position=True)
        else:
            self._redraw()

    def _store_layers(self, spans: Sequence[StyledSpan], notes: Sequence[Note]) -> bool:
        """Keep the layers; return whether the notes changed."""
        self.spans = sorted(spans, key=lambda span: (span.start, span.end))
        self._span_starts = [span.start for span in self.spans]
        self._longest_span = max((span.end - span.start for span in self.spans), default=0)
        ordered = sorted(notes)
        if ordered == self._notes:
            return False
        self._notes = ordered
        self._note_anchors = [anchor for anchor, _, _ in ordered]
        return True

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

    def set_render_theme(self, theme: RenderTheme) -> None:
        """Use new colours (after a theme switch) and redraw."""
        self._render_theme = theme
        self._redraw()

    def set_show_furniture(self, show: bool) -> None:
        """Show (dimmed) or hide page furniture lines."""
        if show != self.show_furniture:
            self.show_furniture = show
            self.relayout(keep_position=True)

    def relayout(self, *, keep_position: bool, anchor: int | None = None) -> None:
        """Wrap the article again for the current width (keeping the position, or
        scrolled to character ``anchor``)."""
        if keep_position:
            anchor = self._top_offset()
        self.workers.cancel_group(self, "layout")
        self._laying_out = False
        self._generation += 1
        self._lines, self._line_starts = [], []
        self._decor = {}
        self._cache.clear()
        self._layout_width = self._measure()
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.article is None:
            self._sync_virtual_size()
            return
        article = self.article
        paragraphs = [(p.start, p.end) for p in article.paragraphs] or paragraph_spans(article.text)
        furniture = [(f.start, f.end) for f in article.furniture]
        args = (article.text, paragraphs, furniture, self._layout_width)
        if len(article.text) <= BIG_ARTICLE:
            for batch in layout_lines(*args, show_furniture=self.show_furniture):
                self._append_lines(batch, self._generation)
            self._sync_virtual_size()
            if anchor is not None:
                self.scroll_to_offset(anchor, center=False)
            return
        self._laying_out = True
        self._sync_virtual_size()
        self._layout_in_thread(args, self.show_furniture, self._generation, anchor)

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
        if not self._lines:
            return
        index = max(0, bisect_right(self._line_starts, offset) - 1)
        target = index - self.size.height // 3 if center else index
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    # -- layout -----------------------------------------------------------------------

    def _measure(self) -> int:
        width = self.scrollable_content_region.width or self.size.width or 80
        return max(10, min(width - 1, MAX_MEASURE))

    def top_offset(self) -> int:
        """The character offset of the first line in view (stable across widths)."""
        return self._top_offset()

    def _top_offset(self) -> int:
        top = round(self.scroll_offset.y)
        return self._lines[top][0] if 0 <= top < len(self._lines) else 0

    def _append_lines(self, batch: list[Line], generation: int) -> None:
        if generation != self._generation:
            return
        if self._notes:
            batch = self._with_notes(batch)
        self._lines.extend(batch)
        self._line_starts.extend(line[0] for line in batch)

    def _with_notes(self, batch: list[Line]) -> list[Line]:
        """Insert a note row after each text line where a quote ends."""
        out: list[Line] = []
        anchors = self._note_anchors
        for line in batch:
            out.append(line)
            start, end, kind = line
            if kind == BLANK:
                continue
            low = bisect_left(anchors, start)
            high = bisect_left(anchors, max(end, start + 1))
            if low < high:
                self._decor[end] = self._notes[low:high]
                out.append((end, end, DECOR))
        return out

    def _sync_virtual_size(self) -> None:
        extra = 1 if self._laying_out else 0
        self.virtual_size = Size(self._layout_width, len(self._lines) + extra)
        self.refresh()

    @work(thread=True, exclusive=True, group="layout")
    def _layout_in_thread(self, args, show_furniture: bool, generation: int, anchor) -> None:
        worker = get_current_worker()
        for batch in layout_lines(*args, show_furniture=show_furniture):
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._receive_batch, batch, generation)
        self.app.call_from_thread(self._layout_finished, generation, anchor)

    def _receive_batch(self, batch: list[Line], generation: int) -> None:
        self._append_lines(batch, generation)
        if generation == self._generation:
            self._sync_virtual_size()

    def _layout_finished(self, generation: int, anchor: int | None) -> None:
        if generation != self._generation:
            return
        self._laying_out = False
        self._sync_virtual_size()
        if anchor is not None:
            self.scroll_to_offset(anchor, center=False)

    def on_resize(self) -> None:
        if self.article is not None and self._measure() != self._layout_width:
            self.relayout(keep_position=True)

    # -- find -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="find")
    def _find_in_thread(self, article: Article, query: str) -> None:
        matches = find_matches(article.text, query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._receive_matches, article, query, matches)

    def _receive_matches(self, article: Article, query: str, matches) -> None:
        if article is self.article and query == self._query:
            self._set_matches(matches, query)

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

    # -- drawing ----------------------------------------------------------------------

    def _redraw(self) -> None:
        self._cache.clear()
        self.refresh()

    def _spans_for(self, start: int, end: int) -> list[StyledSpan]:
        spans: list[StyledSpan] = []
        if self.spans:
            low = bisect_left(self._span_starts, start - self._longest_span)
            high = bisect_left(self._span_starts, end)
            spans.extend(s for s in self.spans[low:high] if s.end > start)
        if self._matches:
            low = max(0, bisect_right(self._match_starts, start) - 1)
            high = bisect_left(self._match_starts, end)
            for index in range(low, high):
                m_start, m_end = self._matches[index]
                if m_end > start:
                    role = "search-current" if index == self._current else "search-match"
                    spans.append(StyledSpan(m_start, m_end, role))
        return spans

    def _line_strip(self, index: int, base: Style) -> Strip:
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        assert self.article is not None
        start, end, kind = self._lines[index]
        if kind == BLANK:
            strip = Strip.blank(0, base)
        elif kind == DECOR:
            strip = self._note_strip(start, base)
        else:
            theme = replace(self._render_theme, base=base)
            role = "furniture" if kind == FURNITURE else None
            text = render_text(
                self.article.text,
                self._spans_for(start, end),
                theme,
                start=start,
                end=end,
                role=role,
            )
            strip = Strip(text.render(self.app.console))
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[index] = strip
        return strip

    def _note_strip(self, key: int, base: Style) -> Strip:
        """Speaker notes, dim and right-aligned to the measure."""
        theme = self._render_theme
        text = plain("")
        for index, (_, note, role) in enumerate(self._decor.get(key, ())):
            if index:
                text.append("   ")
            text.append_text(plain(note))
            text.stylize(base + theme.style_for(role) + Style(dim=True), len(text) - len(note))
        pad = max(0, self._layout_width - text.cell_len)
        return Strip([Segment(" " * pad, base), *text.render(self.app.console)])

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines in ``crop``, re-wrapping first if the width changed.

        The resize event comes after the first frame at a new width (a panel opening
        beside the article); wrapping here means that frame is never cut at the edge.
        """
        if (
            self.article is not None
            and len(self.article.text) <= BIG_ARTICLE
            and self._measure() != self._layout_width
        ):
            self.relayout(keep_position=True)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index < len(self._lines):
            strip = self._line_strip(index, base)
        elif index == len(self._lines) and self._laying_out:
            strip = Strip([Segment("… laying out the rest of the article", base + Style(dim=True))])
        else:
            return Strip.blank(width, base)
        return strip.crop_extend(scroll_x, scroll_x + width, base)
