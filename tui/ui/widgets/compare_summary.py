"""The strip above the two columns: how much two articles share, at a glance.

Similarity, the near-verbatim share of each side (the churnalism measure), sentence
counts, the quotes both carry (with their speakers) and those only one does, and the
entities both name and only one names, by canonical name. Article-derived text is
appended literally to :class:`rich.text.Text`, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from tui.core.compare.summary import Comparison, SharedQuote
from tui.ui.render import RenderTheme, plain

_QUOTE_WIDTH = 48
_MAX_QUOTES = 4
_MAX_NAMES = 8


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _names(line: Text, names: Sequence[str], style: Style) -> None:
    if not names:
        line.append("—", style="dim")
        return
    for k, name in enumerate(names[:_MAX_NAMES]):
        if k:
            line.append(", ")
        line.append_text(_styled(name, style))
    if len(names) > _MAX_NAMES:
        line.append(f" +{len(names) - _MAX_NAMES}", style="dim")


def summary_text(comparison: Comparison, theme: RenderTheme) -> Text:
    """The summary as styled text, one fact per line."""
    c = comparison
    label = Style(bold=True)
    out = Text(no_wrap=True, overflow="ellipsis", end="")
    out.append("Similarity ", style=label)
    out.append(f"{c.similarity:.0%}")
    out.append("   Verbatim shared ", style=label)
    out.append(f"left {c.verbatim_left:.0%} · right {c.verbatim_right:.0%}")
    out.append("   Sentences ", style=label)
    al = c.alignment
    out.append(
        f"{len(c.pairs)} paired · {len(al.only_left)} only left · {len(al.only_right)} only right"
    )
    out.append("\nQuotes ", style=label)
    out.append(
        f"{len(c.shared_quotes)} shared · {len(c.only_left_quotes)} only left · "
        f"{len(c.only_right_quotes)} only right"
    )
    speaker, quote = theme.style_for("speaker"), theme.style_for("quote")
    for k, shared in enumerate(_soundbites_first(c.shared_quotes)[:_MAX_QUOTES]):
        out.append("  " if k == 0 else " · ")
        if shared.speaker:
            out.append_text(_styled(shared.speaker, speaker))
            out.append(" ")
        out.append_text(_styled(f"« {_clip(shared.left.text, _QUOTE_WIDTH)} »", quote))
    if len(c.shared_quotes) > _MAX_QUOTES:
        out.append(f" +{len(c.shared_quotes) - _MAX_QUOTES}", style="dim")
    for title, names in (
        ("\nEntities shared ", c.shared_entities),
        ("\nOnly left ", c.only_left_entities),
        ("\nOnly right ", c.only_right_entities),
    ):
        out.append(title, style=label)
        out.append(f"({len(names)}) ", style="dim")
        _names(out, names, Style())
    return out


def _soundbites_first(quotes: Sequence[SharedQuote]) -> list[SharedQuote]:
    """Attributed short quotes first: they are what a reader recognises at a glance;
    single words (often fragments) go last."""

    def key(q: SharedQuote) -> tuple[bool, bool, int]:
        words = len(q.left.text.split())
        return q.speaker is None, words < 2, len(q.left.text)

    return sorted(quotes, key=key)


def _styled(text: str, style: Style) -> Text:
    result = plain(text)
    result.stylize(style)
    return result


class CompareSummary(Static):
    """Shows the summary of a comparison, or what is being computed."""

    DEFAULT_CSS = """
    CompareSummary {
        height: auto;
        padding: 0 1;
        background: $surface;
        color: $foreground;
        border-bottom: hkey $panel;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def show(self, comparison: Comparison, theme: RenderTheme) -> None:
        """Display the facts of ``comparison``."""
        self.update(summary_text(comparison, theme))

    def show_message(self, message: str) -> None:
        """Display a status line (loading, errors) instead of the summary; an error may
        quote an article, so it is shown literally."""
        line = plain(message)
        line.stylize("italic")
        self.update(line)
