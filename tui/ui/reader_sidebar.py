"""The reader's sidebar views: which articles it lists, its title and its counts.

:class:`SidebarViews` narrows the article list to a view (all, unread or starred
articles) and, once the analysis is done, to the articles that mention one entity;
the two combine. The title says what is shown ("3 of 5", the view, the entity, that
the corpus is still loading), and each row shows its article's name and quote counts
once they are known. It holds no widget: what it needs from the screen is the
:class:`SidebarHost` protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from rich.text import Text
from textual.widgets import Label

from tui.core.models import Article
from tui.core.text import visible_controls
from tui.ui.host_services import Notifies
from tui.ui.wording import counted

if TYPE_CHECKING:
    from tui.core.service.lookups import CorpusView
    from tui.ui.reading_state import ReadingKeeper
    from tui.ui.widgets.article_list import ArticleList

#: The views ``v`` cycles through, in order.
VIEWS = ("all", "unread", "starred")


class SidebarHost(Notifies, Protocol):
    """What the sidebar views need from the reader screen."""

    articles: list[Article]
    index: int | None
    keeper: ReadingKeeper

    @property
    def is_mounted(self) -> bool: ...
    @property
    def article_list(self) -> ArticleList: ...
    @property
    def view(self) -> CorpusView | None: ...
    @property
    def load_progress(self) -> tuple[int, int] | None: ...
    def query_one(self, selector: str, expect_type: type[Label]) -> Label: ...


class SidebarViews:
    """The sidebar's view (``mode``) and entity filter, applied to the article list."""

    def __init__(self, host: SidebarHost) -> None:
        self.host = host
        self.mode = "all"
        self.entity_filter: str | None = None
        """The canonical name the list is narrowed to, or None."""

    def title(self) -> Text:
        """How many articles are listed, then the view, the filter and loading if any."""
        host = self.host
        total = len(host.articles)
        shown = len(host.article_list.shown) if host.is_mounted else total
        count = f"{shown} of {total}" if shown != total else str(total)
        title = Text(f"Articles ({count})")
        if self.mode != "all":
            title.append(f" · {self.mode}", style="italic")
        if self.entity_filter is not None:
            title.append(" · ")
            title.append(visible_controls(self.entity_filter), style="italic")
            title.append(" — F clears", style="dim")
        if host.load_progress is not None:
            title.append(" · loading…", style="dim")
        return title

    def update_title(self) -> None:
        self.host.query_one("#sidebar-title", Label).update(self.title())

    def apply(self) -> None:
        """List the articles passing the view (all/unread/starred) and the entity filter."""
        host = self.host
        ids: set[str] | None = None
        if self.mode == "unread":
            ids = host.keeper.unread_ids()
        elif self.mode == "starred":
            ids = host.keeper.starred_ids()
        view = host.view
        if self.entity_filter is not None and view is not None:
            mentioning = set(view.articles_mentioning(self.entity_filter))
            ids = mentioning if ids is None else ids & mentioning
        host.article_list.show_only(ids, keep=host.index)
        self.update_title()

    def cycle(self) -> None:
        """All articles → only unread → only starred → all."""
        self.mode = VIEWS[(VIEWS.index(self.mode) + 1) % len(VIEWS)]
        self.apply()
        if not self.host.article_list.shown:
            self.host.notify(f"No {self.mode} article.", timeout=3)

    def filter_by_entity(self, canonical: str | None) -> None:
        """List only the articles that mention ``canonical`` (every article for None)."""
        if canonical is not None and self.host.view is None:
            self.host.notify("The analysis is still running; try again in a moment.")
            return
        self.entity_filter = canonical
        self.apply()

    def show_counts(self, view: CorpusView | None) -> None:
        """Each row's name and quote counts from ``view`` (none while it is unknown)."""
        article_list = self.host.article_list
        article_list.badges = {}
        article_list.set_badge_source(None if view is None else lambda i: _badge(view, i))


def _badge(view: CorpusView, article_id: str) -> Text:
    entities, quotes = view.counts(article_id)
    return Text(f"{counted(entities, 'name')} · {counted(quotes, 'quote')}", style="dim")
