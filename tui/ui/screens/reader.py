"""The reading screen: the article list beside the open article, find bar below it.

The first article shows at once as plain text; highlights, counts, panels and the
full search index appear when the analysis is done. The screen lays the widgets out,
binds the keys and opens articles; it composes helpers that each do one job and call
back into it through a small protocol: ``CorpusLoader`` (the rest of a big corpus,
reload), ``ReaderAnalysis`` (the analysis worker and its results), ``ReadingKeeper``
(read, starred, last position), ``HighlightLayers`` (layers and legend),
``SidebarViews``, ``SidePanels``, ``FindControl``, ``ArticleNavigator`` and
``ComparisonMarks``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label

from tui.core.models import Article, ArticleAnalysis
from tui.ui.corpus_loader import CorpusLoader
from tui.ui.reader_analysis import ReaderAnalysis
from tui.ui.reader_find import FindControl
from tui.ui.reader_layers import HighlightLayers
from tui.ui.reader_marks import ComparisonMarks
from tui.ui.reader_navigation import ArticleNavigator
from tui.ui.reader_panels import SidePanels
from tui.ui.reader_sidebar import SidebarKeys, SidebarViews
from tui.ui.reader_toggles import remember_toggle, saved_toggles
from tui.ui.reading_state import SAVE_EVERY, ReadingKeeper
from tui.ui.screens.reader_corpus import CorpusUpdates
from tui.ui.screens.reader_keys import READER_BINDINGS
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.legend import Legend

if TYPE_CHECKING:
    from tui.core.corpus.loader import Stamp
    from tui.core.search.searcher import SearchIndex
    from tui.core.service.corpus import CorpusService
    from tui.core.service.lookups import CorpusView
    from tui.ui.reading import ReadingTracker
    from tui.ui.widgets.entity_panel import EntityPanel
    from tui.ui.widgets.find_bar import FindBar
    from tui.ui.widgets.quote_panel import QuotePanel

#: Seconds between the first paint and the start of the analysis.
ANALYSIS_DELAY = 0.15
#: Seconds after the first paint before the reading state is read and the last article reopened.
DEFER_STATE = 0.02
#: Seconds after the first paint before the find bar and the footer are created.
DEFER_WIDGETS = 0.1
#: Columns from which the sidebar, a readable article and a side panel fit side by side.
THREE_COLUMNS = 120


class ReaderScreen(CorpusUpdates, SidebarKeys, Screen[None]):
    """Keeps the sidebar, the header, the body, the panels and the find bar in step."""

    # Textual declares it as an instance variable, so it cannot be annotated ClassVar.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (THREE_COLUMNS, "-wide"),
    ]
    """Below THREE_COLUMNS an open side panel takes the sidebar's place (app.tcss)."""

    BINDINGS: ClassVar[list[BindingType]] = READER_BINDINGS
    """Article-level keys (see :mod:`tui.ui.screens.reader_keys`)."""

    def __init__(self, corpus: CorpusService, *, state_file: Path | None = None) -> None:
        super().__init__()
        self.articles = list(corpus.articles)
        self.loader = CorpusLoader(self, corpus)
        self.analysis = ReaderAnalysis(self, stored=corpus.analysis)
        self.keeper = ReadingKeeper(self, state_file)
        self.highlights = HighlightLayers(self)
        self.sidebar = SidebarViews(self)
        self.panels = SidePanels(self)
        self.marks = ComparisonMarks(self)
        self.finder = FindControl(self)
        self.navigator = ArticleNavigator(self)
        self._taken = {a.id for a in self.articles}
        self.index: int | None = None
        self._ids = {a.id: i for i, a in enumerate(self.articles)}

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield Label(self.sidebar.title(), id="sidebar-title")
                yield ArticleList(self.articles, id="article-list")
            with Vertical(id="article-pane"):
                yield ArticleHeader(id="article-header")
                yield Legend(id="legend")
                yield ArticleBody(id="article-body")
            yield Vertical(id="side-panel")
        yield Footer(compact=True)

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
        toggles = saved_toggles(self.app)  # as the user last left them
        self.highlights.entities, self.highlights.quotes = toggles["entities"], toggles["quotes"]
        self.body.show_furniture = toggles["furniture"]
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.analysis.show_stored(ANALYSIS_DELAY)
        if self.articles:
            self.open_article(0, user=False)
            # An app that does not analyse (tests, demos) does not load the rest either.
            if not (self.analysis.enabled and self.loader.start(len(self.articles))):
                # After the first frame: encoding a big corpus would delay it.
                self.set_timer(ANALYSIS_DELAY, self.loader.keep_snapshot)
                if self.view is None:
                    self.analysis.start(ANALYSIS_DELAY)
        else:
            self.query_one(ArticleHeader).show(None)
        self.show_legend()
        self.sidebar.update_title()
        self.body.focus()
        # The reading state and the find bar wait for the first frame.
        self.call_after_refresh(self.set_timer, DEFER_STATE, self.keeper.restore)
        self.call_after_refresh(self.set_timer, DEFER_WIDGETS, self.finder.mount_deferred)
        self.set_interval(SAVE_EVERY, self.keeper.save)
        self.watch(self.body, "scroll_y", self._body_scrolled, init=False)
        if self.loader.reloadable:
            self.set_interval(self.loader.poll_every(len(self.articles)), self.loader.poll)

    def on_unmount(self) -> None:
        self.analysis.stop()
        self.loader.stop()
        self.keeper.close()

    def _theme_changed(self, _theme) -> None:
        self.body.set_render_theme(self.app.render_theme())  # type: ignore[attr-defined]
        self.show_legend()
        self.panels.refresh()

    # -- the analysis (run by ReaderAnalysis) -------------------------------------------

    @property
    def view(self) -> CorpusView | None:
        """The finished corpus analysis, or None while it runs."""
        return self.analysis.view

    @property
    def search_index(self) -> SearchIndex | None:
        return self.analysis.search_index

    def analysis_of(self, article_id: str) -> ArticleAnalysis | None:
        """The best analysis known for an article: corpus-wide, else its own."""
        return self.analysis.analysis_of(article_id)

    def analysis_installed(self, view: CorpusView) -> None:
        """Show a finished corpus analysis: badges, highlights, legend, panels."""
        self.sidebar.show_counts(view)
        self.apply_layers()
        self.show_legend()
        self.panels.refresh()

    def title_of(self, article_id: str) -> str:
        index = self._ids.get(article_id)
        return article_id if index is None else (self.articles[index].title or article_id)

    # -- layers and legend (HighlightLayers) --------------------------------------------

    def apply_layers(self) -> None:
        self.highlights.apply()

    def show_legend(self, status: str | None = None) -> None:
        self.highlights.show_legend(status)

    def action_toggle_entities(self) -> None:
        self.highlights.toggle("entities")
        remember_toggle(self.app, "entities", self.highlights.entities)

    def action_toggle_quotes(self) -> None:
        self.highlights.toggle("quotes")
        remember_toggle(self.app, "quotes", self.highlights.quotes)

    # -- articles ---------------------------------------------------------------------

    def open_article(self, index: int, *, user: bool = True, at: int | None = None) -> None:
        """Show article ``index`` in the main pane (scrolled to character ``at``)."""
        if not 0 <= index < len(self.articles) or index == self.index:
            return
        if user:
            self.keeper.user_moved = True
        self.keeper.save()
        self.index = index
        article = self.articles[index]
        self.query_one(ArticleHeader).show(article)
        self.highlights.show(article, at)
        if at:
            self.scroll_when_ready(article, at)
        self.navigator.opened(article, at or 0)
        self.article_list.select_article(index)
        self.panels.selected_entity = None
        self.panels.refresh()

    def scroll_when_ready(self, article: Article, at: int) -> None:
        self.navigator.scroll_when_ready(article, at)

    def reveal(
        self,
        article_id: str,
        start: int,
        end: int,
        ranges: Sequence[tuple[int, int]] | None = None,
        label: str = "",
    ) -> None:
        """Open an article scrolled to ``start..end``, highlighted until Esc."""
        self.navigator.reveal(article_id, start, end, ranges, label)

    def on_article_list_highlighted(self, event: ArticleList.Highlighted) -> None:
        event.stop()
        self.navigator.cursor_moved(event.index)

    def on_article_list_selected(self, event: ArticleList.Selected) -> None:
        event.stop()
        self.open_article(event.index)
        self.body.focus()

    def action_next_article(self) -> None:
        self.navigator.step(1)

    def action_previous_article(self) -> None:
        self.navigator.step(-1)

    # -- find (FindControl) ---------------------------------------------------------------

    async def action_find(self) -> None:
        await self.finder.open()

    def action_next_match(self) -> None:
        self.body.next_match(1)

    def action_previous_match(self) -> None:
        self.body.next_match(-1)

    def action_toggle_furniture(self) -> None:
        show = not self.body.show_furniture
        self.body.set_show_furniture(show)
        remember_toggle(self.app, "furniture", show)
        self.finder.furniture_toggled()
        self.notify("Page furniture shown (dimmed)" if show else "Page furniture hidden")

    def action_back(self) -> None:
        if not self.finder.close() and self.marks.marked:
            self.marks.set([])
        self.body.focus()

    def on_find_bar_query_changed(self, event: FindBar.QueryChanged) -> None:
        self.finder.query_changed(event.query)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        self.finder.closed(event.cleared)

    def on_article_body_matches_changed(self, event: ArticleBody.MatchesChanged) -> None:
        self.finder.show_count(event.count, event.current, event.query)

    # -- panels (SidePanels); Textual delivers their messages here ------------------------

    def action_entity_panel(self) -> None:
        self.panels.toggle("entities")
        self.set_class(self.panels.which is not None, "-panel-open")

    def action_quote_panel(self) -> None:
        self.panels.toggle("quotes")
        self.set_class(self.panels.which is not None, "-panel-open")

    def on_entity_panel_entity_highlighted(self, event: EntityPanel.EntityHighlighted) -> None:
        self.panels.entity_highlighted(event.canonical)

    def on_entity_panel_article_chosen(self, event: EntityPanel.ArticleChosen) -> None:
        self.panels.article_chosen(event.article_id, event.canonical)

    def on_quote_panel_quote_chosen(self, event: QuotePanel.QuoteChosen) -> None:
        self.reveal(event.article_id, event.start, event.end, label="quote")

    def action_filter(self) -> None:
        self.panels.toggle_filter()

    # -- comparison (ComparisonMarks) ----------------------------------------------------

    @property
    def marked(self) -> list[str]:
        return self.marks.marked

    def action_mark(self) -> None:
        self.marks.toggle()

    def open_comparison(self, left_id: str, right_id: str) -> None:
        """Open two articles side by side."""
        self.marks.open(left_id, right_id)

    def compare_pairs(self) -> list[tuple[str, str]]:
        """Article pairs the palette offers to compare."""
        return self.marks.pairs()

    # -- the corpus: identity, background loading, reload --------------------------------

    @property
    def load_progress(self) -> tuple[int, int] | None:
        """``(loaded, total)`` while the rest of a big corpus loads.

        Not ``loading``: that is Textual's flag for a widget showing a loading
        indicator, and a screen answering it would take mouse clicks for waiting.
        """
        return self.loader.loading

    @property
    def stamps(self) -> dict[str, Stamp]:
        """The stamp each file was read at: what a reload compares against."""
        return self.loader.stamps

    @property
    def reading(self) -> ReadingTracker | None:
        """The reading state, once read (just after the first frame)."""
        return self.keeper.tracker

    @property
    def corpus_key(self) -> str:
        """What the reading state and the cached merge are kept under."""
        return self.loader.corpus_key(self.articles)

    def article_index(self, article_id: str) -> int | None:
        return self._ids.get(article_id)

    def body_offset(self) -> int | None:
        """The open article's scroll position (None once the body is gone)."""
        for body in self.query(ArticleBody).results():
            return body.top_offset()
        return None

    def action_reload(self) -> None:
        self.loader.request_reload()

    def action_overview(self) -> None:
        """The corpus at a glance; a quote chosen there opens here."""
        from tui.ui.screens.overview import open_overview

        open_overview(self)

    # -- reading state and sidebar views (ReadingKeeper, SidebarViews) -------------------

    @property
    def view_mode(self) -> str:
        """The sidebar's view: "all", "unread" or "starred"."""
        return self.sidebar.mode

    @property
    def entity_filter(self) -> str | None:
        """The entity the sidebar is narrowed to, or None."""
        return self.sidebar.entity_filter

    def filter_by_entity(self, canonical: str | None) -> None:
        """List only the articles that mention ``canonical`` (every article for None)."""
        self.sidebar.filter_by_entity(canonical)

    def _body_scrolled(self, _y: float) -> None:
        article = self.current_article
        if article is not None and self.body.article is article:
            self.keeper.moved(article, self.body.top_offset())

    def action_toggle_read(self) -> None:
        self.navigator.toggle_read()

    def action_toggle_star(self) -> None:
        self.keeper.toggle_star()

    def action_cycle_view(self) -> None:
        """All articles → only unread → only starred → all."""
        self.sidebar.cycle()
