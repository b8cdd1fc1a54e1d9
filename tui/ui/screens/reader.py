"""The reading screen: the article list beside the open article, find bar below it.

The first article shows at once as plain text; the corpus is analysed in a thread
worker meanwhile (progress in the legend), and highlights, counts, panels and the
full search index appear when it is done. Entity and quote panels open in a column
on the right; the sidebar can be narrowed to the articles that mention an entity;
two marked articles open side by side.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label

from tui.core.models import Article, ArticleAnalysis
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.find_bar import FindBar
from tui.ui.widgets.legend import Legend

if TYPE_CHECKING:
    from tui.core.search import SearchIndex
    from tui.ui.analysis_worker import AnalysisResult, CorpusView
    from tui.ui.widgets.entity_panel import EntityPanel
    from tui.ui.widgets.quote_panel import QuotePanel

#: Progress is forwarded to the screen at most this often (seconds).
PROGRESS_EVERY = 0.1
#: Seconds between the first paint and the start of the analysis.
ANALYSIS_DELAY = 0.15
#: With at most this many articles the palette offers every pair to compare.
ALL_PAIRS_UP_TO = 12


class ReaderScreen(Screen[None]):
    """Keeps the sidebar, the header, the body, the panels and the find bar in step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("J,right_square_bracket", "next_article", "Next article", key_display="J"),
        Binding("K,left_square_bracket", "previous_article", "Prev article", key_display="K"),
        Binding("slash", "find", "Find", key_display="/"),
        Binding("n", "next_match", "Next match", show=False),
        Binding("N", "previous_match", "Previous match", show=False),
        Binding("e", "toggle_entities", "Entities"),
        Binding("u", "toggle_quotes", "Quotes"),
        Binding("E", "entity_panel", "Entity panel", key_display="E"),
        Binding("U", "quote_panel", "Quote panel", key_display="U"),
        Binding("F", "filter", "Filter by entity", key_display="F"),
        Binding("m", "mark", "Mark to compare"),
        Binding("f", "toggle_furniture", "Furniture"),
        Binding("escape", "back", "Clear highlights and marks / back to article", show=False),
    ]
    """Article-level keys; they work whichever pane has focus. Lower-case e/u switch a
    highlight layer, upper-case E/U open its panel; F filters the sidebar by the
    entity chosen in the entity panel (F again clears); m marks the open article, a
    second mark opens the comparison."""

    def __init__(self, articles: Sequence[Article]) -> None:
        super().__init__()
        self.articles = list(articles)
        self.index: int | None = None
        self.view: CorpusView | None = None
        self.search_index: SearchIndex | None = None
        self.partial: dict[str, ArticleAnalysis] = {}
        self.show_entities = True
        self.show_quotes = True
        self.entity_filter: str | None = None
        self.selected_entity: str | None = None
        self.marked: list[str] = []
        self.panel: str | None = None
        self._progress: tuple[int, int] | None = None
        self._last_progress = 0.0
        self._cancel = threading.Event()
        self._ids = {a.id: i for i, a in enumerate(self.articles)}

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield Label(f"Articles ({len(self.articles)})", id="sidebar-title")
                yield ArticleList(self.articles, id="article-list")
            with Vertical(id="article-pane"):
                yield ArticleHeader(id="article-header")
                yield Legend(id="legend")
                yield ArticleBody(id="article-body")
                yield FindBar(id="find-bar")
            yield Vertical(id="side-panel")
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
            if getattr(self.app, "analyse_on_start", True):
                # Shortly after the first paint: the worker's imports would delay it.
                self.set_timer(ANALYSIS_DELAY, lambda: self._analyse(self._cancel))
        else:
            self.query_one(ArticleHeader).show(None)
        self._show_legend()
        self.body.focus()

    def on_unmount(self) -> None:
        self._cancel.set()

    def _theme_changed(self, _theme) -> None:
        self.body.set_render_theme(self.app.render_theme())  # type: ignore[attr-defined]
        self._show_legend()
        self._refresh_panel()

    # -- analysis ---------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, cancel: threading.Event) -> None:
        """Analyse the corpus off the event loop, reporting progress and partial results."""
        from tui.ui.analysis_worker import CorpusView, run_analysis

        def forward(callback, *args) -> None:
            if not cancel.is_set():
                try:
                    self.app.call_from_thread(callback, *args)
                except RuntimeError:  # the app is shutting down
                    cancel.set()

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done == total or now - self._last_progress >= PROGRESS_EVERY:
                self._last_progress = now
                forward(self._show_progress, done, total)

        try:
            result = run_analysis(
                self.articles,
                progress=progress,
                on_partial=lambda found: forward(self._receive_partial, found),
                cancel=cancel,
            )
            view = CorpusView(self.articles, result.corpus)
        except Exception as exc:
            forward(self._analysis_failed, f"{type(exc).__name__}: {exc}")
            return
        forward(self._analysis_done, result, view)

    def _show_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self._show_legend()

    def _receive_partial(self, found: dict[str, ArticleAnalysis]) -> None:
        """Highlight the open article as soon as its own analysis is known."""
        self.partial.update(found)
        article = self.current_article
        if self.view is None and article is not None and article.id in found:
            self._apply_layers()

    def _analysis_done(self, result: AnalysisResult, view: CorpusView) -> None:
        self.view = view
        self.search_index = result.index
        self.partial = {}
        self._progress = None
        for problem in result.problems[:5]:
            self.notify(problem, severity="warning", timeout=8)
        badges = {}
        for article in self.articles:
            entities, quotes = view.counts(article.id)
            badges[article.id] = Text(f"{entities} names · {quotes} quotes", style="dim")
        self.article_list.set_badges(badges)
        self._apply_layers()
        self._show_legend()
        self._refresh_panel()

    def _analysis_failed(self, message: str) -> None:
        self._progress = None
        self._show_legend("analysis failed")
        self.notify(f"The analysis failed: {message}", severity="error", timeout=10)

    def analysis_of(self, article_id: str) -> ArticleAnalysis | None:
        """The best analysis known for an article: corpus-wide, else its own."""
        if self.view is not None:
            return self.view.analysis(article_id)
        return self.partial.get(article_id)

    def title_of(self, article_id: str) -> str:
        index = self._ids.get(article_id)
        return article_id if index is None else (self.articles[index].title or article_id)

    # -- layers and legend ------------------------------------------------------------

    def _layers(self, article: Article):
        from tui.ui.analysis_worker import article_layers

        return article_layers(
            self.analysis_of(article.id),
            text=article.text,
            entities=self.show_entities,
            quotes=self.show_quotes,
        )

    def _apply_layers(self) -> None:
        article = self.current_article
        if article is not None:
            self.body.set_layers(*self._layers(article))

    def _show_legend(self, status: str | None = None) -> None:
        if status is None:
            status = ""
            if self._progress is not None:
                done, total = self._progress
                status = f"analysing {done}/{total}…"
            elif self.view is None and self.articles:
                status = "analysing…"
        self.query_one(Legend).show(
            self.app.render_theme(),  # type: ignore[attr-defined]
            entities=self.show_entities,
            quotes=self.show_quotes,
            status=status,
        )

    def action_toggle_entities(self) -> None:
        self.show_entities = not self.show_entities
        self._apply_layers()
        self._show_legend()

    def action_toggle_quotes(self) -> None:
        self.show_quotes = not self.show_quotes
        self._apply_layers()
        self._show_legend()

    # -- articles ---------------------------------------------------------------------

    def open_article(self, index: int) -> None:
        """Show article ``index`` in the main pane."""
        if not 0 <= index < len(self.articles) or index == self.index:
            return
        self.index = index
        article = self.articles[index]
        self.query_one(ArticleHeader).show(article)
        if self.view is not None or self.partial:
            self.body.show(article, *self._layers(article))
        else:
            self.body.show(article)
        self.article_list.select_article(index)
        self.selected_entity = None
        self._refresh_panel()

    def reveal(
        self,
        article_id: str,
        start: int,
        end: int,
        ranges: Sequence[tuple[int, int]] | None = None,
        label: str = "",
    ) -> None:
        """Open an article scrolled to ``start..end``, highlighted until Esc.

        ``ranges`` highlights more places at once (all mentions of an entity), with the
        cursor on ``start..end``; n/N move between them.
        """
        index = self._ids.get(article_id)
        if index is None:
            return
        self.open_article(index)
        if end <= start and not ranges:
            self.body.scroll_to_offset(start)
            return
        spots = list(ranges or [(start, end)])
        if (start, end) not in spots:
            spots.append((start, end))
        spots.sort()
        self.body.highlight_ranges(spots, current=spots.index((start, end)), label=label)
        self.body.focus()

    def on_article_list_highlighted(self, event: ArticleList.Highlighted) -> None:
        self.open_article(event.index)

    def on_option_list_option_selected(self, event) -> None:
        event.stop()
        self.body.focus()

    def _step_article(self, step: int) -> None:
        shown = self.article_list.shown
        if not shown:
            return
        if self.index in shown:
            row = shown.index(self.index) + step
        else:
            row = 0 if step > 0 else len(shown) - 1
        self.open_article(shown[max(0, min(len(shown) - 1, row))])

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    # -- find -------------------------------------------------------------------------

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
        elif self.marked:
            self._set_marks([])
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

    # -- panels -----------------------------------------------------------------------

    def action_entity_panel(self) -> None:
        self._toggle_panel("entities")

    def action_quote_panel(self) -> None:
        self._toggle_panel("quotes")

    def _toggle_panel(self, which: str) -> None:
        side = self.query_one("#side-panel", Vertical)
        if self.panel == which:
            self.panel = None
            side.remove_class("-active")
            side.remove_children()
            self.body.focus()
            return
        from tui.ui.widgets.entity_panel import EntityPanel
        from tui.ui.widgets.quote_panel import QuotePanel

        self.panel = which
        side.remove_children()
        heading = "Entities" if which == "entities" else "Quotes"
        panel = (
            EntityPanel(id="entity-panel") if which == "entities" else QuotePanel(id="quote-panel")
        )
        side.mount(Label(heading, classes="panel-title"), panel)
        side.add_class("-active")
        self.call_after_refresh(self._refresh_panel)
        panel.focus()

    def _refresh_panel(self) -> None:
        article = self.current_article
        if self.panel is None or article is None:
            return
        theme = self.app.render_theme()  # type: ignore[attr-defined]
        analysis = self.analysis_of(article.id)
        if self.panel == "entities":
            for panel in self.query("#entity-panel").results():
                corpus = self.view.entities if self.view is not None else {}
                panel.show(article, analysis, corpus=corpus, titles=self.title_of, theme=theme)  # type: ignore[attr-defined]
            return
        for panel in self.query("#quote-panel").results():
            known = None if self.view is not None else {}
            panel.show(article, analysis, elsewhere=known, titles=self.title_of, theme=theme)  # type: ignore[attr-defined]
        if self.view is not None and analysis is not None and analysis.quotes:
            self._find_quoted_elsewhere(article)

    @work(thread=True, exclusive=True, group="quotes", exit_on_error=False)
    def _find_quoted_elsewhere(self, article: Article) -> None:
        view = self.view
        if view is None:
            return
        elsewhere = view.quoted_elsewhere(article.id)
        self.app.call_from_thread(self._show_quoted_elsewhere, article, elsewhere)

    def _show_quoted_elsewhere(self, article: Article, elsewhere) -> None:
        if article is not self.current_article or self.panel != "quotes":
            return
        theme = self.app.render_theme()  # type: ignore[attr-defined]
        for panel in self.query("#quote-panel").results():
            panel.show(  # type: ignore[attr-defined]
                article,
                self.analysis_of(article.id),
                elsewhere=elsewhere,
                titles=self.title_of,
                theme=theme,
            )

    def on_entity_panel_entity_highlighted(self, event: EntityPanel.EntityHighlighted) -> None:
        article = self.current_article
        self.selected_entity = event.canonical
        if article is None or self.view is None:
            return
        mentions = self.view.mentions(article.id, event.canonical)
        if mentions:
            self.body.highlight_ranges(mentions, current=0, label=event.canonical)

    def on_entity_panel_article_chosen(self, event: EntityPanel.ArticleChosen) -> None:
        if self.view is None:
            return
        mentions = self.view.mentions(event.article_id, event.canonical)
        start, end = mentions[0] if mentions else (0, 0)
        self.reveal(event.article_id, start, end, ranges=mentions, label=event.canonical)
        self.selected_entity = event.canonical

    def on_quote_panel_quote_chosen(self, event: QuotePanel.QuoteChosen) -> None:
        self.reveal(event.article_id, event.start, event.end, label="quote")

    # -- sidebar filter ---------------------------------------------------------------

    def action_filter(self) -> None:
        if self.entity_filter is not None:
            self.filter_by_entity(None)
            return
        name = self.selected_entity
        for panel in self.query("#entity-panel").results():
            name = panel.current_entity or name  # type: ignore[attr-defined]
        if name is None:
            self.notify("Choose an entity in the entity panel (E) first, then press F.")
            return
        self.filter_by_entity(name)

    def filter_by_entity(self, canonical: str | None) -> None:
        """List only the articles that mention ``canonical`` (every article for None)."""
        if canonical is not None and self.view is None:
            self.notify("The analysis is still running; try again in a moment.")
            return
        self.entity_filter = canonical
        ids = (
            None
            if canonical is None or self.view is None
            else self.view.articles_mentioning(canonical)
        )
        self.article_list.show_only(ids, keep=self.index)
        title = self.query_one("#sidebar-title", Label)
        if canonical is None:
            title.update(Text(f"Articles ({len(self.articles)})"))
        else:
            shown = len(self.article_list.shown)
            title.update(
                Text.assemble(
                    f"Articles ({shown} of {len(self.articles)}) · ",
                    (canonical, "italic"),
                    (" — F clears", "dim"),
                )
            )

    # -- comparison -------------------------------------------------------------------

    def action_mark(self) -> None:
        article = self.current_article
        if article is None:
            return
        if article.id in self.marked:
            self._set_marks([m for m in self.marked if m != article.id])
            return
        marks = [*self.marked, article.id]
        if len(marks) < 2:
            self._set_marks(marks)
            self.notify("Marked for comparison: mark another article (m) to compare, Esc clears.")
            return
        self._set_marks([])
        self.open_comparison(marks[0], marks[1])

    def _set_marks(self, marks: list[str]) -> None:
        self.marked = marks
        self.article_list.set_marked(marks)

    def open_comparison(self, left_id: str, right_id: str) -> None:
        """Open two articles side by side."""
        try:
            from tui.ui.screens.compare import CompareScreen
        except ImportError:
            self.notify("The comparison view is not available in this version.", severity="warning")
            return
        analyses = self.view.corpus.articles if self.view is not None else None
        self.app.push_screen(CompareScreen(self.articles, left_id, right_id, analyses=analyses))

    def compare_pairs(self) -> list[tuple[str, str]]:
        """Article pairs the palette offers: all of them for a small corpus, else the
        open article with each other one."""
        ids = [a.id for a in self.articles]
        if len(ids) <= ALL_PAIRS_UP_TO:
            return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
        current = self.current_article
        if current is None:
            return []
        return [(current.id, other) for other in ids if other != current.id]
