"""The sidebar: one row per article (title, then source and word count).

Rows are built as Rich ``Text`` from the loader's fields, never as markup, so a
title full of brackets shows as written. Each row has room for badges (entity and
quote counts) and a marker for articles picked for comparison. The list can show a
subset of the corpus (an entity filter); messages always carry the article's index in
the whole corpus, never the row number.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
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
        """The cursor moved onto an article (``index`` in the whole corpus)."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def __init__(self, articles: Sequence[Article], **kwargs) -> None:
        super().__init__(**kwargs)
        self.articles = list(articles)
        self.badges: dict[str, Text] = {}
        self.marked: list[str] = []
        self.shown: list[int] = list(range(len(self.articles)))
        self.add_options([self._option(article) for article in self.articles])

    @property
    def is_filtered(self) -> bool:
        return len(self.shown) != len(self.articles)

    @property
    def article_index(self) -> int | None:
        """The corpus index of the article under the cursor."""
        row = self.highlighted
        return None if row is None or not 0 <= row < len(self.shown) else self.shown[row]

    def select_article(self, index: int) -> None:
        """Put the cursor on article ``index`` (of the corpus) if it is listed."""
        try:
            row = self.shown.index(index)
        except ValueError:
            return
        if self.highlighted != row:
            self.highlighted = row

    def show_only(self, ids: Collection[str] | None, *, keep: int | None = None) -> None:
        """List only the articles in ``ids`` (all of them for ``None``), in corpus order.

        The cursor stays on article ``keep`` when it is still listed.
        """
        wanted = None if ids is None else set(ids)
        self.shown = [i for i, a in enumerate(self.articles) if wanted is None or a.id in wanted]
        self._rebuild(keep)

    def _rebuild(self, keep: int | None) -> None:
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options([self._option(self.articles[i]) for i in self.shown])
            if keep is not None and keep in self.shown:
                self.highlighted = self.shown.index(keep)

    def _option(self, article: Article) -> Option:
        title = plain(article.title or article.id)
        if article.id in self.marked:
            title = Text.assemble(("◆ ", "bold"), title)
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
        row = Text.assemble(title, "\n", details, no_wrap=True, overflow="ellipsis")
        badge = self.badges.get(article.id)
        if badge is not None:
            row.append("\n")
            row.append_text(badge)
        return Option(row, id=article.id)

    def set_badge(self, article_id: str, badge: Text) -> None:
        """Show extra facts (e.g. entity counts) on an article's row."""
        self.badges[article_id] = badge
        self._refresh_rows({article_id})

    def set_badges(self, badges: Mapping[str, Text]) -> None:
        """Set many badges at once (one pass over the rows, not one per badge)."""
        self.badges.update(badges)
        self._refresh_rows(set(badges))

    def set_marked(self, ids: Sequence[str]) -> None:
        """Mark the articles picked for comparison with ◆."""
        changed = set(self.marked) ^ set(ids)
        self.marked = list(ids)
        self._refresh_rows(changed)

    def _refresh_rows(self, ids: set[str]) -> None:
        for row, index in enumerate(self.shown):
            article = self.articles[index]
            if article.id in ids:
                self.replace_option_prompt_at_index(row, self._option(article).prompt)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.shown):
            self.post_message(self.Highlighted(self.shown[event.option_index]))
