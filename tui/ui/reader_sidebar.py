"""The reader's sidebar: which articles it lists, in which order, how wide, its title.

:class:`Sidebar` holds the article list under its title. It narrows the list to a
view (all, unread or starred articles) and, once the analysis is done, to the
articles that mention one entity; the two combine. It sorts the list (``o``: file
order, outlet, date, title) and widens or narrows itself (``>`` / ``<``); both
choices are remembered in the settings. Sorting keeps the open article open and
under the cursor, and the view and filter as they were. The title says what is
shown ("3 of 5", the view, the order, the entity, that the corpus is still loading),
and each row shows its article's name and quote counts once they are known. It
reads the reading state and the analysis it is given; :class:`SidebarKeys` gives the
reader screen its keys, which work from either pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.dom import DOMNode
from textual.widgets import Label

from tui.core.corpus.ordering import ORDER_NAMES, ORDERS
from tui.core.text import visible_controls
from tui.core.wording import counted
from tui.ui.app_typing import newsreader_app
from tui.ui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from tui.core.service.lookups import CorpusView
    from tui.ui.reader_analysis import ReaderAnalysis
    from tui.ui.reading_state import ReadingKeeper

#: The views ``v`` cycles through, in order.
VIEWS = ("all", "unread", "starred")
#: The sidebar widths (columns) ``>`` and ``<`` step through; the default is the stylesheet's.
WIDTHS = (26, 34, 42, 50, 60, 72)
DEFAULT_WIDTH = 34
#: However wide it is asked to be, the sidebar leaves the article half the window.
MAX_SHARE = "50%"


class Sidebar(Vertical):
    """The sidebar's view (``mode``), entity filter, order and width."""

    def __init__(
        self, article_list: ArticleList, *, keeper: ReadingKeeper, analysis: ReaderAnalysis
    ) -> None:
        super().__init__(id="sidebar")
        self.article_list = article_list
        self.keeper = keeper
        self.analysis = analysis
        self.mode = "all"
        self.entity_filter: str | None = None
        """The canonical name the list is narrowed to, or None."""
        self.order = "corpus"
        self.width = DEFAULT_WIDTH
        self.still_loading = False
        """The rest of the corpus is still loading (the title says so)."""

    def compose(self) -> ComposeResult:
        yield Label(self.title(), id="sidebar-title")
        yield self.article_list

    def on_mount(self) -> None:
        self._restore()

    def title(self) -> Text:
        """How many articles are listed, then the view, the filter and loading if any."""
        total = len(self.article_list.articles)
        shown = len(self.article_list.shown)
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
        if self.still_loading:
            title.append(" · loading…", style="dim")
        return title

    def update_title(self) -> None:
        self.query_one("#sidebar-title", Label).update(self.title())

    def apply(self, keep: int | None) -> None:
        """List the articles passing the view and the entity filter (cursor on ``keep``)."""
        ids: set[str] | None = None
        if self.mode == "unread":
            ids = self.keeper.unread_ids()
        elif self.mode == "starred":
            ids = self.keeper.starred_ids()
        view = self.analysis.view
        if self.entity_filter is not None and view is not None:
            mentioning = set(view.articles_mentioning(self.entity_filter))
            ids = mentioning if ids is None else ids & mentioning
        self.article_list.show_only(ids, keep=keep)
        self.update_title()

    def cycle(self, keep: int | None) -> None:
        """All articles → only unread → only starred → all."""
        self.mode = VIEWS[(VIEWS.index(self.mode) + 1) % len(VIEWS)]
        self.apply(keep)
        if not self.article_list.shown:
            self.notify(f"No {self.mode} article.", timeout=3)

    def filter_by_entity(self, canonical: str | None, keep: int | None) -> None:
        """List only the articles that mention ``canonical`` (every article for None)."""
        if canonical is not None and self.analysis.view is None:
            self.notify("The analysis is still running; try again in a moment.")
            return
        self.entity_filter = canonical
        self.apply(keep)

    def show_counts(self, view: CorpusView | None) -> None:
        """Each row's name and quote counts from ``view`` (none while it is unknown)."""
        self.article_list.badges = {}
        self.article_list.set_badge_source(None if view is None else lambda i: _badge(view, i))

    # -- order and width, remembered ----------------------------------------------------

    def _restore(self) -> None:
        """The order and width the user last left (a value this version lacks: ignored)."""
        saved = newsreader_app(self).settings.sidebar
        order, width = saved.get("sort"), saved.get("width")
        if isinstance(order, str) and order in ORDERS and order != self.order:
            self.order = order
            self.article_list.set_order(order)
            self.update_title()
        if isinstance(width, int) and width in WIDTHS and width != self.width:
            self._set_width(width)

    def cycle_order(self, keep: int | None) -> None:
        """File order → outlet → date → title → file order; the open article stays put."""
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self.article_list.set_order(self.order, keep=keep)
        self.update_title()
        self.notify(f"Sidebar sorted by {ORDER_NAMES[self.order]}", timeout=2)
        self._remember("sort", self.order)

    def resize(self, step: int) -> None:
        """One width wider (``step`` 1) or narrower (-1), within :data:`WIDTHS`."""
        at = min(range(len(WIDTHS)), key=lambda i: abs(WIDTHS[i] - self.width))
        target = max(0, min(len(WIDTHS) - 1, at + step))
        if WIDTHS[target] == self.width:
            edge = "as wide as it gets" if step > 0 else "as narrow as it gets"
            self.notify(f"The sidebar is {edge}.", timeout=2)
            return
        self._set_width(WIDTHS[target])
        self._remember("width", self.width)

    def _set_width(self, width: int) -> None:
        self.width = width
        self.styles.width = width
        self.styles.max_width = MAX_SHARE

    def _remember(self, name: str, value: int | str) -> None:
        """Save one sidebar choice in the settings file; failing costs a notice only."""
        from tui.core.settings import save_settings

        app = newsreader_app(self)
        if app.settings.sidebar.get(name) == value:
            return
        app.settings.sidebar[name] = value
        try:
            save_settings(app.settings, app.config_path)
        except OSError as error:
            self.notify(f"Could not save the sidebar setting: {error}", severity="warning")


def _badge(view: CorpusView, article_id: str) -> Text:
    entities, quotes = view.counts(article_id)
    return Text(f"{counted(entities, 'name')} · {counted(quotes, 'quote')}", style="dim")


class SidebarKeys(DOMNode):
    """The sidebar's keys, mixed into the reader screen; they work from either pane.

    A DOMNode only so that Textual merges these bindings into the screen's.
    """

    sidebar: Sidebar
    index: int | None

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "sort_sidebar", "Sort", show=False, id="sidebar.sort",
                tooltip="Sort the sidebar: file order, outlet, date, title"),
        Binding(">", "widen_sidebar", "Wider sidebar", show=False, id="sidebar.wider"),
        Binding("<", "narrow_sidebar", "Narrower sidebar", show=False, id="sidebar.narrower"),
    ]  # fmt: skip
    """``o`` cycles the order; ``>`` / ``<`` widen and narrow the sidebar (``v``, bound
    with the reader's keys, cycles the view)."""

    def action_sort_sidebar(self) -> None:
        self.sidebar.cycle_order(self.index)

    def action_widen_sidebar(self) -> None:
        self.sidebar.resize(1)

    def action_narrow_sidebar(self) -> None:
        self.sidebar.resize(-1)

    def action_cycle_view(self) -> None:
        """All articles → only unread → only starred → all."""
        self.sidebar.cycle(self.index)
