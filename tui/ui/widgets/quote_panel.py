"""The quotes panel: who is quoted in the open article, and saying what.

Speakers are listed with their quotes under them (speech and fragments told apart);
under a quote, the other articles that carry the same words from the same speaker.
A quote wraps over as many lines as the panel's width needs (every line of it leads
to it, and the cursor steps from quote to quote, not line by line), and is wrapped
again when the panel is resized. Enter on a quote scrolls the article to it; Enter on
another article opens that article at its copy of the quote. j/k move like the
arrows, and a freshly filled panel has its cursor on the first line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui.core.models import Article, ArticleAnalysis
from tui.ui.render import RenderTheme, kind_role, plain, who_said
from tui.ui.widgets.panel_tree import PanelTree

MAX_QUOTE_CHARS = 600
"""Longer quotes are shortened (with …) before they are wrapped."""
UNATTRIBUTED = "(speaker not stated)"
UNNAMED = " (unnamed)"
"""How :func:`who_said` marks a described speaker the text does not name."""
#: Width a quote is wrapped to before the panel knows its own.
FALLBACK_WIDTH = 36
#: Cells the second and later lines of a wrapped quote are indented by.
HANG = 2


class QuotePanel(PanelTree[tuple | None]):
    """The quotes of one article: speaker → quote → also quoted in."""

    class QuoteChosen(Message):
        """Show ``article_id`` scrolled to the quote at ``start..end``."""

        def __init__(self, article_id: str, start: int, end: int) -> None:
            self.article_id = article_id
            self.start = start
            self.end = end
            super().__init__()

    def __init__(self, **kwargs) -> None:
        super().__init__(Text("Quotes"), **kwargs)
        self.show_root = False
        self.show_guides = False  # a wrapped quote reads as one paragraph
        self.article_id: str | None = None
        self._shown: tuple[Any, ...] | None = None
        self._wrapped_at = 0

    def show(
        self,
        article: Article,
        analysis: ArticleAnalysis | None,
        *,
        elsewhere: Mapping[int, Sequence] | None,
        titles: Callable[[str], str],
        theme: RenderTheme,
    ) -> None:
        """List the quotes of ``article``; ``elsewhere`` maps a quote's position to
        :class:`~tui.core.service.lookups.QuotedElsewhere` records (None: not known yet)."""
        self.article_id = article.id
        self._shown = (article, analysis, elsewhere, titles, theme)
        self._wrapped_at = self._text_width()
        self.clear()
        self._fill(article, analysis, elsewhere, titles, theme)
        self.cursor_line = 0

    def _fill(
        self,
        article: Article,
        analysis: ArticleAnalysis | None,
        elsewhere: Mapping[int, Sequence] | None,
        titles: Callable[[str], str],
        theme: RenderTheme,
    ) -> None:
        if analysis is None:
            self.root.add_leaf(Text("Analysing…", style="italic"))
            return
        if not analysis.quotes:
            self.root.add_leaf(Text("No quote found.", style="italic"))
            return
        by_speaker: dict[str, list[int]] = {}
        for position, quote in enumerate(analysis.quotes):
            by_speaker.setdefault(who_said(quote) or UNATTRIBUTED, []).append(position)
        # Named speakers first, then the unnamed ones the text describes, then nobody.
        order = sorted(
            by_speaker,
            key=lambda s: (s == UNATTRIBUTED, s.endswith(UNNAMED), -len(by_speaker[s]), s),
        )
        for speaker in order:
            positions = by_speaker[speaker]
            label = plain(speaker)
            label.stylize(theme.style_for("speaker"))
            label.append(f" ({len(positions)})", style="dim")
            group = self.root.add(label, None, expand=True)
            for position in positions:
                quote = analysis.quotes[position]
                data = ("quote", article.id, quote.start, quote.end)
                self._add_wrapped(group, quote_label(quote.text, quote.kind, theme), data)
                for copy in (elsewhere or {}).get(position, []):
                    where = Text.assemble(
                        ("  ↳ also quoted in: ", "dim"), plain(titles(copy.article_id))
                    )
                    where.truncate(self._wrapped_at, overflow="ellipsis")
                    group.add_leaf(
                        where, ("quote", copy.article_id, copy.quote.start, copy.quote.end)
                    )
        if elsewhere is None:
            self.root.add_leaf(Text("looking for the same quotes elsewhere…", style="dim italic"))

    def _text_width(self) -> int:
        """Cells left for a quote's text: the panel's width less the tree's indent."""
        width = self.scrollable_content_region.width
        return max(12, width - self.guide_depth) if width else FALLBACK_WIDTH

    def _add_wrapped(self, group: TreeNode[tuple | None], text: Text, data: tuple) -> None:
        """Add ``text`` as one line per wrapped line (a hanging indent after the first),
        each leading to ``data``."""
        width = max(1, self._wrapped_at - HANG)
        lines = text.wrap(self.app.console, width) or [text]
        if len(lines) > 1 and not lines[-1].plain.strip(" »’"):
            # A closing mark alone on the last line: take a word down with it.
            lines = text.wrap(self.app.console, max(1, width - 3)) or [text]
        for number, line in enumerate(lines):
            line.rstrip()
            if number:  # a continuation: leads to the same quote, but is not another one
                group.add_leaf(Text(" " * HANG) + line, ("more", *data[1:]))
            else:
                group.add_leaf(line, data)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """Move to the next (previous) item: past the other lines of a wrapped quote."""
        here = self._data_at(self.cursor_line)
        line = self.cursor_line + step
        while 0 <= line <= self.last_line and here is not None and self._data_at(line) == here:
            line += step
        while step < 0 and line > 0 and self._data_at(line) is not None:
            if self._data_at(line - 1) != self._data_at(line):
                break
            line -= 1  # to the first line of the quote above
        self.cursor_line = max(0, min(self.last_line, line))
        self.scroll_to_line(self.cursor_line)

    def _data_at(self, line: int) -> tuple | None:
        """What the line leads to, the same for every line of one wrapped quote."""
        node = self.get_node_at_line(line)
        data = node.data if node is not None else None
        return data[1:] if data and data[0] in ("quote", "more") else data

    def on_resize(self) -> None:
        """Wrap the quotes again for the new width, keeping the cursor's line."""
        if self._shown is None or self._text_width() == self._wrapped_at:
            return
        line = self.cursor_line
        article, analysis, elsewhere, titles, theme = self._shown
        self.show(article, analysis, elsewhere=elsewhere, titles=titles, theme=theme)
        self.cursor_line = line

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        event.stop()

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        data = event.node.data
        if data and data[0] in ("quote", "more"):
            self.post_message(self.QuoteChosen(data[1], data[2], data[3]))


def quote_label(text: str, kind: str, theme: RenderTheme) -> Text:
    """A quote as the panel lists it: « speech », ‘fragment’, shortened if very long."""
    words = text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1] + "…"
    role = kind_role(kind)
    opening, closing = ("« ", " »") if kind == "speech" else ("‘", "’")
    result = Text(opening, end="")
    result.append_text(plain(words))
    result.append(closing)
    result.stylize(theme.style_for(role) + Style(bold=False))
    return result
