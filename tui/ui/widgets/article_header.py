"""The article's masthead: title, then source, date, language and any warnings."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.core.models import Article
from tui.core.wording import counted
from tui.ui.render import plain
from tui.ui.widgets.article_list import is_unusual_encoding


def header_text(article: Article | None) -> Text:
    """Build the header as literal text (titles may contain anything)."""
    if article is None:
        return Text("No article to show", style="italic")
    title = plain(article.title or article.id)
    title.stylize("bold")
    facts = [part for part in (article.source, article.date, article.language) if part]
    line = Text(style="dim")
    line.append_text(plain(" · ".join(facts)))
    line.append(f"{' · ' if facts else ''}{counted(article.word_count, 'word')}")
    result = Text.assemble(title, "\n", line)
    if is_unusual_encoding(article):
        result.append(f"\n⚠ decoded as {article.encoding}, not UTF-8: some characters may be wrong")
    for warning in article.warnings:
        result.append("\n⚠ ")
        result.append_text(plain(warning))
    return result


class ArticleHeader(Static):
    """Shows which article is open and what the loader noticed about it."""

    DEFAULT_CSS = """
    ArticleHeader {
        height: auto;
        max-height: 8;
        padding: 0 0 1 0;
        color: $foreground;
    }
    """

    def show(self, article: Article | None) -> None:
        """Display the facts of ``article``."""
        self.update(header_text(article))
