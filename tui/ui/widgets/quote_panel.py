"""The quotes panel: who is quoted in the open article, and saying what.

Speakers are listed with their quotes under them (speech and fragments told apart);
under a quote, the other articles that carry the same words from the same speaker.
Enter on a quote scrolls the article to it; Enter on another article opens that
article at its copy of the quote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

from tui.core.models import Article, ArticleAnalysis
from tui.ui.render import RenderTheme, kind_role, plain

MAX_QUOTE_CHARS = 90
UNATTRIBUTED = "(speaker not stated)"


class QuotePanel(Tree[tuple | None]):
    """The quotes of one article: speaker → quote → also quoted in."""

    DEFAULT_CSS = """
    QuotePanel {
        height: 1fr;
        background: $surface;
        padding: 0 1;
    }
    """

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
        self.article_id: str | None = None

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
        :class:`~tui.ui.analysis_worker.QuotedElsewhere` records (None: not known yet)."""
        self.article_id = article.id
        self.clear()
        if analysis is None:
            self.root.add_leaf(Text("Analysing…", style="italic"))
            return
        if not analysis.quotes:
            self.root.add_leaf(Text("No quote found.", style="italic"))
            return
        by_speaker: dict[str, list[int]] = {}
        for position, quote in enumerate(analysis.quotes):
            by_speaker.setdefault(quote.speaker or UNATTRIBUTED, []).append(position)
        order = sorted(by_speaker, key=lambda s: (s == UNATTRIBUTED, -len(by_speaker[s]), s))
        for speaker in order:
            positions = by_speaker[speaker]
            label = plain(speaker)
            label.stylize(theme.style_for("speaker"))
            label.append(f" ({len(positions)})", style="dim")
            group = self.root.add(label, None, expand=True)
            for position in positions:
                quote = analysis.quotes[position]
                shown = quote_label(quote.text, quote.kind, theme)
                data = ("quote", article.id, quote.start, quote.end)
                copies = (elsewhere or {}).get(position, [])
                if not copies:
                    group.add_leaf(shown, data)
                    continue
                node = group.add(shown, data, expand=True)
                for copy in copies:
                    where = Text.assemble(
                        ("also quoted in: ", "dim"), plain(titles(copy.article_id))
                    )
                    node.add_leaf(
                        where, ("quote", copy.article_id, copy.quote.start, copy.quote.end)
                    )
        if elsewhere is None:
            self.root.add_leaf(Text("looking for the same quotes elsewhere…", style="dim italic"))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        event.stop()

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        data = event.node.data
        if data and data[0] == "quote":
            self.post_message(self.QuoteChosen(data[1], data[2], data[3]))


def quote_label(text: str, kind: str, theme: RenderTheme) -> Text:
    """A quote as the panel lists it: « speech », ‘fragment’, shortened if long."""
    words = text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1] + "…"
    role = kind_role(kind)
    opening, closing = ("« ", " »") if kind == "speech" else ("‘", "’")
    result = Text(opening, end="")
    result.append_text(plain(words))
    result.append(closing)
    result.stylize(theme.style_for(role) + Style(bold=False))
    return result
