"""The reader's sidebar: which articles it lists, in which order, how wide, its title.

:class:`SidebarViews` narrows the article list to a view (all, unread or starred
articles) and, once the analysis is done, to the articles that mention one entity;
the two combine. It sorts the list (``o``: file order, outlet, date, title) and
widens or narrows the sidebar (``>`` / ``<``); both choices are remembered in the
settings. Sorting keeps the open article open and under the cursor, and the view and
filter as they were. The title says what is shown ("3 of 5", the view, the order,
the entity, that the corpus is still loading), and each row shows its article's name
and quote counts once they are known. It holds no widget: what it needs from the
screen is the :class:`SidebarHost` protocol. :class:`SidebarKeys` gives the reader
screen the sidebar's keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Protocol, cast

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Label

from tui.core.corpus.ordering import ORDER_NAMES, ORDERS
from tui.core.models import Article
from tui.core.text import visible_controls
from tui.ui.host_services import Notifies
from tui.ui.wording import counted

if TYPE_CHECKING:
    from textual.app import App

    from tui.core.service.lookups import CorpusView
    from tui.ui.app import NewsReaderApp
    from tui.ui.reading_state import ReadingKeeper
    from tui.ui.widgets.article_list import ArticleList

#: The views ``v`` cycles through, in order.
VIEWS = ("all", "unread", "starred")
#: The sidebar widths (columns) ``>`` and ``<`` step through; the default is the stylesheet's.
WIDTHS = (26, 34, 42, 50, 60, 72)
DEFAULT_WIDTH = 34
#: However wide it is asked to be, the sidebar leaves the article half the window.
MAX_SHARE = "50%"


class SidebarHost(Notifies, Protocol):
    """What the sidebar views need from the reader screen."""

    articles: list[Article]
    index: int | None
    keeper: ReadingKeeper

    @property
    def app(self) -> App[Any]: ...
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
    """The sidebar's view (``mode``), entity filter, order and width."""

    def __init__(self, host: SidebarHost) -> None:
        self.host = host
        self.mode = "all"
        self.entity_filter: str | None = None
        """The canonical name the list is narrowed to, or None."""
        self.order = "corpus"
        self.width = DEFAULT_WIDTH

    def title(self) -> Text:
        """How many articles are listed, then the view, the filter and loading if any."""
        host = self.host
        total = len(host.articles)
        shown = len(host.article_list.shown) if host.is_mounted else total
        count = f"{shown} of {total}" if shown != total else str(total)
        title = Text(f"Articles ({count})")
        if self.mode != "all":
            title.append(f" · {self.mode}", style="italic")
        if self.order != "corpus":
            title.append(f" · by {self.order}", style="italic")
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

    # -- order and width, remembered ----------------------------------------------------

    def restore(self) -> None:
        """The order and width the user last left (a value this version lacks: ignored)."""
        saved = _settings_of(self.host.app)
        if saved is None:
            return
        order, width = saved.sidebar.get("sort"), saved.sidebar.get("width")
        if isinstance(order, str) and order in ORDERS and order != self.order:
            self.order = order
            self.host.article_list.set_order(order, keep=self.host.index)
            self.update_title()
        if isinstance(width, int) and width in WIDTHS and width != self.width:
            self._set_width(width)

    def cycle_order(self) -> None:
        """File order → outlet → date → title → file order; the open article stays put."""
        host = self.host
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        host.article_list.set_order(self.order, keep=host.index)
        self.update_title()
        host.notify(f"Sidebar sorted by {ORDER_NAMES[self.order]}", timeout=2)
        _remember(host.app, "sort", self.order)

    def resize(self, step: int) -> None:
        """One width wider (``step`` 1) or narrower (-1), within :data:`WIDTHS`."""
        at = min(range(len(WIDTHS)), key=lambda i: abs(WIDTHS[i] - self.width))
        target = max(0, min(len(WIDTHS) - 1, at + step))
        if WIDTHS[target] == self.width:
            edge = "as wide as it gets" if step > 0 else "as narrow as it gets"
            self.host.notify(f"The sidebar is {edge}.", timeout=2)
            return
        self._set_width(WIDTHS[target])
        _remember(self.host.app, "width", self.width)

    def _set_width(self, width: int) -> None:
        self.width = width
        container = self.host.article_list.parent
        if isinstance(container, Widget):
            container.styles.width = width
            container.styles.max_width = MAX_SHARE

    def show_counts(self, view: CorpusView | None) -> None:
        """Each row's name and quote counts from ``view`` (none while it is unknown)."""
        article_list = self.host.article_list
        article_list.badges = {}
        article_list.set_badge_source(None if view is None else lambda i: _badge(view, i))


def _badge(view: CorpusView, article_id: str) -> Text:
    entities, quotes = view.counts(article_id)
    return Text(f"{counted(entities, 'name')} · {counted(quotes, 'quote')}", style="dim")


def _settings_of(app: App[Any]) -> Any:
    """The app's settings, or ``None`` for an app that keeps none (demos)."""
    return getattr(app, "settings", None)


def _remember(app: App[Any], name: str, value: int | str) -> None:
    """Save one sidebar choice in the settings file; failing costs a notice only."""
    from tui.core.settings import save_settings

    settings = _settings_of(app)
    if settings is None or settings.sidebar.get(name) == value:
        return
    settings.sidebar[name] = value
    try:
        save_settings(settings, cast("NewsReaderApp", app).config_path)
    except OSError as error:
        app.notify(f"Could not save the sidebar setting: {error}", severity="warning")


class SidebarKeys(DOMNode):
    """The sidebar's keys, mixed into the reader screen; they work from either pane.

    A DOMNode only so that Textual merges these bindings into the screen's.
    """

    sidebar: SidebarViews

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "sort_sidebar", "Sort", show=False, id="sidebar.sort",
                tooltip="Sort the sidebar: file order, outlet, date, title"),
        Binding(">", "widen_sidebar", "Wider sidebar", show=False, id="sidebar.wider"),
        Binding("<", "narrow_sidebar", "Narrower sidebar", show=False, id="sidebar.narrower"),
    ]  # fmt: skip
    """``o`` cycles the order; ``>`` / ``<`` widen and narrow the sidebar."""

    def on_mount(self) -> None:
        self.sidebar.restore()

    def action_sort_sidebar(self) -> None:
        self.sidebar.cycle_order()

    def action_widen_sidebar(self) -> None:
        self.sidebar.resize(1)

    def action_narrow_sidebar(self) -> None:
        self.sidebar.resize(-1)
