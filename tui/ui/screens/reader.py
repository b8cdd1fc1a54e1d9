"""The reading screen: the article list beside the open article, find bar below it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label

from tui.core.models import Article
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.find_bar import FindBar


class ReaderScreen(Screen[None]):
    """Keeps the sidebar, the header, the body and the find bar in step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("J,right_square_bracket", "next_article", "Next article", key_display="J"),
        Binding("K,left_square_bracket", "previous_article", "Prev article", key_display="K"),
        Binding("slash", "find", "Find", key_display="/"),
        Binding("n", "next_match", "Next match", show=False),
        Binding("N", "previous_match", "Previous match", show=False),
        Binding("f", "toggle_furniture", "Furniture"),
        Binding("escape", "back", "Clear find / back to article", show=False),
    ]
    """Article-level keys; they work whichever pane has focus."""

    def __init__(self, articles: Sequence[Article]) -> None:
        super().__init__()
        self.articles = list(articles)
        self.index: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield Label(f"Articles ({len(self.articles)})", id="sidebar-title")
                yield ArticleList(self.articles, id="article-list")
            with Vertical(id="article-pane"):
                yield ArticleHeader(id="article-header")
                yield ArticleBody(id="article-body")
                yield FindBar(id="find-bar")
        yield Footer()

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def current_article(self) -> Article | None:
        return None if self.index is None else self.articles[self.index]

    def on_mount(self) -> None:
        self.body.set_render_theme(self.app.render_theme())  # type: ignore[attr-defined]
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.articles:
            self.article_list.highlighted = 0
            self.open_article(0)
        else:
            self.query_one(ArticleHeader).show(None)
        self.body.focus()

    def _theme_changed(self, _theme) -> None:
        self.body.set_render_theme(self.app.render_theme())  # type: ignore[attr-defined]

    def open_article(self, index: int) -> None:
        """Show article ``index`` in the main pane."""
        if not 0 <= index < len(self.articles) or index == self.index:
            return
        self.index = index
        article = self.articles[index]
        self.query_one(ArticleHeader).show(article)
        self.body.show(article)
        if self.article_list.highlighted != index:
            self.article_list.highlighted = index

    def on_article_list_highlighted(self, event: ArticleList.Highlighted) -> None:
        self.open_article(event.index)

    def on_option_list_option_selected(self, event) -> None:
        event.stop()
        self.body.focus()

    def action_next_article(self) -> None:
        if self.articles:
            self.open_article(min(len(self.articles) - 1, (self.index or 0) + 1))

    def action_previous_article(self) -> None:
        if self.articles:
            self.open_article(max(0, (self.index or 0) - 1))

    def action_find(self) -> None:
        self.query_one(FindBar).open(return_to=self.body)

    def action_next_match(self) -> None:
        self.body.next_match(1)

    def action_previous_match(self) -> None:
        self.body.next_match(-1)

    def action_toggle_furniture(self) -> None:
        show = not self.body.show_furniture
        self.body.set_show_furniture(show)
        self.notify("Page furniture shown (dimmed)" if show else "Page furniture hidden")

    def action_back(self) -> None:
        if self.body.match_count or self.query_one(FindBar).has_class("-active"):
            self.query_one(FindBar).action_close()
        self.body.focus()

    def on_find_bar_query_changed(self, event: FindBar.QueryChanged) -> None:
        self.body.find(event.query)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        if event.cleared:
            self.body.clear_find()
            self.query_one(FindBar).remove_class("-active")
        self.body.focus()

    def on_article_body_matches_changed(self, event: ArticleBody.MatchesChanged) -> None:
        self.query_one(FindBar).set_count(event.count, event.current, event.query)
