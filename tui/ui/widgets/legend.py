"""The legend strip above the article: what each highlight colour means.

It draws the label colours and the quote styles from the current theme, and says
when a layer is switched off and which key brings it back.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from tui.ui.render import ENTITY_ROLES, LABEL_NAMES, RenderTheme


def legend_text(theme: RenderTheme, *, entities: bool, quotes: bool, status: str = "") -> Text:
    """One line: a swatch per entity label, the two quote styles, the speaker note."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if status:  # first, so a narrow pane never cuts the progress off
        text.append(status, style="dim italic")
        text.append("  ·  ", style="dim")
    if entities:
        for label, role in ENTITY_ROLES.items():
            text.append("■ ", style=theme.style_for(role) + Style(bold=False))
            text.append(LABEL_NAMES[label], style=theme.style_for(role))
            text.append("  ")
    else:
        text.append("entities off (e)  ", style="dim")
    if quotes:
        text.append("«speech»", style=theme.style_for("quote"))
        text.append("  ")
        text.append("«fragment»", style=theme.style_for("quote-fragment"))
        text.append("  ")
        text.append("— speaker", style=theme.style_for("speaker") + Style(dim=True))
    else:
        text.append("quotes off (u)", style="dim")
    return text


class Legend(Static):
    """A one-line key to the colours of the article pane."""

    DEFAULT_CSS = """
    Legend {
        height: 1;
        padding: 0 1 0 0;
        color: $text-muted;
    }
    """

    def show(self, theme: RenderTheme, *, entities: bool, quotes: bool, status: str = "") -> None:
        """Redraw for the current theme, layers and analysis status."""
        self.update(legend_text(theme, entities=entities, quotes=quotes, status=status))
