"""The reading screen: the article list beside the open article, find bar below it.

The first article shows at once as plain text; highlights, counts, panels and the
full search index appear when the analysis is done. The screen lays its parts out
and listens to them. Long work runs in the workers of two invisible widgets,
:class:`~tui.ui.corpus_loader.CorpusLoader` (the rest of a big corpus, reload) and
:class:`~tui.ui.reader_analysis.ReaderAnalysis` (the analysis and the search index),
whose messages :class:`~tui.ui.screens.reader_corpus.CorpusUpdates` handles. The
sidebar (:class:`~tui.ui.reader_sidebar.Sidebar`), the article column with its find
bar (:class:`~tui.ui.reader_find.ArticlePane`), the side panel
(:class:`~tui.ui.reader_panels.SidePanel`), the reading state
(:class:`~tui.ui.reading_state.ReadingKeeper`) and the comparison marks
(:class:`~tui.ui.reader_marks.ComparisonMarks`) each do their own job and post
messages when the screen must open something; :mod:`tui.ui.reader_navigation` opens
articles and :mod:`tui.ui.screens.reader_keys` says what the keys do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal

from tui.ui.app_typing import newsreader_app
from tui.ui.corpus_loader import CorpusLoader
from tui.ui.reader_analysis import ReaderAnalysis
from tui.ui.reader_articles import OpenArticles
from tui.ui.reader_find import ArticlePane
from tui.ui.reader_layers import HighlightLayers
from tui.ui.reader_marks import ComparisonMarks
from tui.ui.reader_panels import SidePanel
from tui.ui.reader_sidebar import Sidebar, SidebarKeys
from tui.ui.reader_toggles import saved_toggles
from tui.ui.reading_state import ReadingKeeper
from tui.ui.screens.reader_keys import READER_BINDINGS, ReaderActions
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from tui.core.models import Article
    from tui.core.search.searcher import SearchIndex
    from tui.core.service.corpus import CorpusService
    from tui.core.service.lookups import CorpusView

#: Seconds between the first paint and the start of the analysis.
ANALYSIS_DELAY = 0.15
#: Seconds after the first paint before the reading state is read and the last article reopened.
DEFER_STATE = 0.02
#: Seconds after the first paint before the find bar is created.
DEFER_WIDGETS = 0.1
#: Columns from which the sidebar, a readable article and a side panel fit side by side.
THREE_COLUMNS = 120


class ReaderScreen(ReaderActions, SidebarKeys):
    """Keeps the sidebar, the article, the panels and the find bar in step."""

    # Textual declares it as an instance variable, so it cannot be annotated ClassVar.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (THREE_COLUMNS, "-wide"),
    ]
    """Below THREE_COLUMNS an open side panel takes the sidebar's place (app.tcss)."""

    BINDINGS: ClassVar[list[BindingType]] = READER_BINDINGS
    """Article-level keys (see :mod:`tui.ui.screens.reader_keys`)."""

    AUTO_FOCUS = "#article-body"
    """Focus starts on the article, so it never passes through the list first."""

    def __init__(self, corpus: CorpusService, *, state_file: Path | None = None) -> None:
        super().__init__()
        self.shown = OpenArticles(corpus.articles)
        self.index: int | None = None
        self._stored = corpus.analysis
        self.loader = CorpusLoader(corpus, self.shown)
        self.analysis = ReaderAnalysis(self.shown, corpus.key)
        self.highlights = HighlightLayers(self.analysis)
        self.pane = ArticlePane()
        self.body = self.pane.body
        self.article_list = ArticleList(self.shown.articles, id="article-list")
        self.keeper = ReadingKeeper(
            self.shown,
            corpus_key=corpus.key,
            body=self.body,
            article_list=self.article_list,
            state_file=state_file,
        )
        self.sidebar = Sidebar(self.article_list, keeper=self.keeper, analysis=self.analysis)
        self.side = SidePanel(self.shown, self.analysis)
        self.marks = ComparisonMarks(self.shown, self.article_list, self.analysis)

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield self.sidebar
            yield self.pane
            yield self.side
        yield KeyFooter(compact=True)
        yield from (self.loader, self.analysis, self.keeper, self.marks)

    def on_mount(self) -> None:
        self.body.set_render_theme(newsreader_app(self).render_theme())
        toggles = saved_toggles(self)  # as the user last left them
        self.highlights.entities, self.highlights.quotes = toggles["entities"], toggles["quotes"]
        self.body.show_furniture = toggles["furniture"]
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        stored = self.analysis.show_stored(self._stored, ANALYSIS_DELAY)
        self._stored = None
        if stored is not None:
            self.show_analysis(stored)
        if self.shown.articles:
            self.open_article(0, user=False)
            # An app that does not analyse (tests, demos) does not load the rest either.
            if not (self.analysis.enabled and self.loader.start()):
                # After the first frame: encoding a big corpus would delay it.
                self.set_timer(ANALYSIS_DELAY, self.loader.keep_snapshot)
                if self.view is None:
                    self.analysis.start(ANALYSIS_DELAY)
        else:
            self.pane.header.show(None)
        self.show_loading()
        self.body.focus()
        # The reading state and the find bar wait for the first frame.
        self.call_after_refresh(self.set_timer, DEFER_STATE, self.keeper.restore)
        self.call_after_refresh(self.set_timer, DEFER_WIDGETS, self.pane.mount_find_bar)

    def _theme_changed(self, _theme: object) -> None:
        self.body.set_render_theme(newsreader_app(self).render_theme())
        self.show_legend()
        self.side.show_article(self.current_article)

    def action_overview(self) -> None:
        """The corpus at a glance; a quote chosen there opens here."""
        from tui.ui.screens.overview import open_overview

        open_overview(self)

    # -- what the palette, the overview and the tests read ---------------------------------

    @property
    def articles(self) -> list[Article]:
        """Every article loaded, in corpus order."""
        return self.shown.articles

    @property
    def view(self) -> CorpusView | None:
        """The finished corpus analysis, or None while it runs."""
        return self.analysis.view

    @property
    def search_index(self) -> SearchIndex | None:
        """The full search index, once built."""
        return self.analysis.search_index

    @property
    def corpus_key(self) -> str:
        """What the reading state and the cached merge are kept under."""
        return self.loader.corpus_key

    @property
    def entity_filter(self) -> str | None:
        """The entity the sidebar is narrowed to, or None."""
        return self.sidebar.entity_filter

    def title_of(self, article_id: str) -> str:
        """An article's title, its id when it has none (palette lines, comparisons)."""
        return self.shown.title_of(article_id)

    def article_index(self, article_id: str) -> int | None:
        """Where an article is in the corpus (the overview opens it by that)."""
        return self.shown.index_of(article_id)

    def body_offset(self) -> int | None:
        """The open article's scroll position (None once the body is gone)."""
        return self.body.top_offset() if self.body.is_attached else None

    def filter_by_entity(self, canonical: str | None) -> None:
        """List only the articles that mention ``canonical`` (every article for None)."""
        self.sidebar.filter_by_entity(canonical, self.index)

    def open_comparison(self, left_id: str, right_id: str) -> None:
        """Open two articles side by side."""
        self.marks.open(left_id, right_id)

    def compare_pairs(self) -> list[tuple[str, str]]:
        """Article pairs the palette offers to compare."""
        return self.marks.pairs(self.current_article)
