"""The article text: wrapped lazily, drawn line by line, searchable.

Only line offsets are computed up front (in a worker thread for big articles, handed
over in batches so the first screen appears at once); styled text is built just for
the lines in view, from the article text, the styled spans (entities, quotes,
search matches) and the theme. A 20 MB article therefore never blocks the event loop,
and changing highlights or theme only redraws what is visible.

Speaker labels ("— Dmitri Peskov") end the line where their quote ends and sit at its
right, or on rows of their own just below (:mod:`tui.ui.label_rows`). They carry no
article text, so every character offset used by find, scrolling and the analysis
still points at the same place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import on, work
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip
from textual.worker import get_current_worker

from tui.core.models import Article
from tui.ui.label_rows import DECOR, LabelRows, Note
from tui.ui.render import RenderTheme, StyledSpan, render_text
from tui.ui.widgets.findable_view import BIG_ARTICLE, FindableView
from tui.ui.widgets.scroll_keys import VIM_SCROLL_BINDINGS
from tui.ui.wrap import BODY, FURNITURE, Line, layout_lines, paragraph_spans

#: Lines are never wider than this, however wide the terminal: easier to read.
MAX_MEASURE = 100
_CACHE_SIZE = 512


class ArticleBody(FindableView, can_focus=True):
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

    @dataclass
    class _LaidOut(Message):
        """A batch of lines laid out in the worker (``done``: the last one)."""

        generation: int
        lines: list[Line]
        done: bool = False
        anchor: int | None = None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.spans: list[StyledSpan] = []
        self._span_starts: list[int] = []
        self._longest_span = 0
        self._lines: list[Line] = []
        self._layout_width = 0
        self._laying_out = False
        self._generation = 0
        self._render_theme = RenderTheme()
        self._cache: dict[int, Strip] = {}
        self._labels = LabelRows()

    # -- public API -------------------------------------------------------------------

    @property
    def lines(self) -> Sequence[Line]:
        """The lines laid out so far: ``(start, end, kind)`` each, for reading only."""
        return self._lines

    def style_at(self, offset: int) -> Style:
        """The style the character at ``offset`` is drawn with (on its text line)."""
        index = max(
            i for i, (start, _, kind) in enumerate(self._lines) if start <= offset and kind != DECOR
        )
        position = self._lines[index][0]
        for segment in self._line_strip(index, self.rich_style):
            if position <= offset < position + len(segment.text):
                return segment.style or Style()
            position += len(segment.text)
        raise ValueError(f"offset {offset} is not drawn on line {index}")

    @property
    def laying_out(self) -> bool:
        """The article is still being laid out (in a thread) at the current width."""
        return self._laying_out

    @property
    def line_count(self) -> int:
        """How many lines are laid out so far."""
        return len(self._lines)

    def visible_text(self) -> str:
        """The plain text of the lines currently in view (tests, screen readers)."""
        top = round(self.scroll_offset.y)
        assert self.article is not None or not self._lines
        rows = self._lines[top : top + self.size.height]
        if self.article is None:
            return ""
        labels = self._labels.words
        text = self.article.text
        return "\n".join(
            " ".join(part for part in (text[s:e] if kind != DECOR else "", labels(i)) if part)
            for i, (s, e, kind) in enumerate(rows, top)
        )

    def label_rows(self) -> list[str]:
        """The speaker labels as drawn, row by row (a row may also hold article text)."""
        return self._labels.all_words()

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
        return self._labels.set_notes(notes)

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
        self._labels.rows = {}
        self._cache.clear()
        self._layout_width = self._measure()
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.article is None:
            self._sync_virtual_size()
            return
        article = self.article
        paragraphs = [(p.start, p.end) for p in article.paragraphs] or paragraph_spans(article.text)
        furniture = [(f.start, f.end) for f in article.furniture]
        breaks = self._labels.breaks(article.text)
        args = (article.text, paragraphs, furniture, self._layout_width)
        if len(article.text) <= BIG_ARTICLE:
            for batch in layout_lines(*args, show_furniture=self.show_furniture, breaks=breaks):
                self._append_lines(batch, self._generation)
            self._sync_virtual_size()
            if anchor is not None:
                self.scroll_to_offset(anchor, center=False)
            return
        self._laying_out = True
        self._sync_virtual_size()
        self._layout_in_thread(args, self.show_furniture, breaks, self._generation, anchor)

    # -- layout -----------------------------------------------------------------------

    def _measure(self) -> int:
        width = self.scrollable_content_region.width or self.size.width or 80
        return max(10, min(width - 1, MAX_MEASURE))

    def _append_lines(self, batch: list[Line], generation: int) -> None:
        if generation != self._generation:
            return
        assert self.article is not None
        batch = self._labels.insert(self.article.text, batch, len(self._lines), self._layout_width)
        self._lines.extend(batch)
        self._line_starts.extend(line[0] for line in batch)

    def _sync_virtual_size(self) -> None:
        extra = 1 if self._laying_out else 0
        self.virtual_size = Size(self._layout_width, len(self._lines) + extra)
        self.refresh()

    @work(thread=True, exclusive=True, group="layout")
    def _layout_in_thread(
        self, args, show_furniture: bool, breaks: list[int], generation: int, anchor
    ) -> None:
        worker = get_current_worker()
        for batch in layout_lines(*args, show_furniture=show_furniture, breaks=breaks):
            if worker.is_cancelled:
                return
            self.post_message(self._LaidOut(generation, batch))
        self.post_message(self._LaidOut(generation, [], done=True, anchor=anchor))

    @on(_LaidOut)
    def _receive_batch(self, message: _LaidOut) -> None:
        """Lines of a layout in progress (stale ones, of an earlier layout, are dropped)."""
        message.stop()
        if message.generation != self._generation:
            return
        self._append_lines(message.lines, message.generation)
        if message.done:
            self._laying_out = False
        self._sync_virtual_size()
        if message.done and message.anchor is not None:
            self.scroll_to_offset(message.anchor, center=False)

    def on_resize(self) -> None:
        if self.article is not None and self._measure() != self._layout_width:
            self.relayout(keep_position=True)

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
            spans.extend(self._match_spans(start, end))
        return spans

    def _line_strip(self, index: int, base: Style) -> Strip:
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        assert self.article is not None
        start, end, kind = self._lines[index]
        segments: list[Segment] = []
        if kind in (BODY, FURNITURE):
            theme = replace(self._render_theme, base=base)
            role = "furniture" if kind == FURNITURE else None
            spans = self._spans_for(start, end)
            text = render_text(self.article.text, spans, theme, start=start, end=end, role=role)
            segments = list(text.render(self.app.console))
        if index in self._labels.rows:
            segments = self._labels.draw(
                index,
                segments,
                theme=self._render_theme,
                base=base,
                width=self._layout_width,
                console=self.app.console,
            )
        strip = Strip(segments) if segments else Strip.blank(0, base)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[index] = strip
        return strip

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
