"""The sidebar: one row per article (title, then source and word count).

Rows are built as Rich ``Text`` from the loader's fields, never as markup, so a
title full of brackets shows as written. Each row has room for badges that later
features fill in (entity and quote counts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.models import Article
from tui.ui.render import plain


def is_unusual_encoding(article: Article) -> bool:
    """Tell whether the article was decoded from something other than UTF-8/ASCII."""
    return article.encoding.lower().replace("_", "-") not in {"utf-8", "ascii", "utf-8-sig"}


class ArticleList(OptionList):
    """Lists the corpus and tells the screen which article the cursor is on."""

    DEFAULT_CSS = """
    ArticleList {
        height: 1fr;
        border: none;
        padding: 0;
        background: $surface;
    }
    ArticleList > .option-list--option {
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next row", show=False),
        Binding("k", "cursor_up", "Previous row", show=False),
        Binding("g", "first", "First article", show=False),
        Binding("G", "last", "Last article", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
    ]
    """Besides OptionList's arrows, Home/End, PageUp/PageDown and Enter."""

    class Highlighted(Message):
        """The cursor moved onto an article."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def __init__(self, articles: Sequence[Article], **kwargs) -> None:
        super().__init__(**kwargs)
        self.articles = list(articles)
        self.badges: dict[str, Text] = {}
        self.add_options([self._option(article) for article in self.articles])

    def _option(self, article: Article) -> Option:
        title = plain(article.title or article.id)
        title.stylize("bold")
        title.no_wrap = True
        title.overflow = "ellipsis"
        details = Text(no_wrap=True, overflow="ellipsis", style="dim")
        if article.source:
            details.append_text(plain(article.source))
            details.append(" · ")
        details.append(f"{article.word_count:,} words".replace(",", "\u202f"))
        if is_unusual_encoding(article):
            details.append(f" · ⚠ {article.encoding}")
        badge = self.badges.get(article.id)
        if badge is not None:
            details.append(" · ")
            details.append_text(badge)
        row = Text.assemble(title, "\n", details, no_wrap=True, overflow="ellipsis")
        return Option(row, id=article.id)

    def set_badge(self, article_id: str, badge: Text) -> None:
        """Show extra facts (e.g. entity counts) on an article's row."""
        self.badges[article_id] = badge
        for index, article in enumerate(self.articles):
            if article.id == article_id:
                self.replace_option_prompt_at_index(index, self._option(article).prompt)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(event.option_index))
