"""The reading screen: the article list beside the open article, find bar below it.

The first article shows at once as plain text. A big corpus finishes loading in the
background (rows are added as batches arrive), then it is analysed through the cache
in worker processes (progress in the legend); highlights, counts, panels and the
full search index appear when it is done. The reading state (read, starred, last
position) is restored on open and kept as the user reads; ``r`` reloads the corpus
and it is also polled for changed files. Entity and quote panels open in a column
on the right; the sidebar can be narrowed to the articles that mention an entity;
two marked articles open side by side.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Label

from tui.core.models import Article, ArticleAnalysis, LoadReport
from tui.ui.benchmark_hooks import EXIT_WHEN_ANALYSED_ENV, note_and_exit
from tui.ui.corpus_loader import CorpusLoader
from tui.ui.reading_state import SAVE_EVERY, ReadingKeeper
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.legend import Legend

if TYPE_CHECKING:
    from textual.await_complete import AwaitComplete

    from tui.core.corpus import Stamp
    from tui.core.models import CorpusAnalysis
    from tui.core.search import SearchIndex
    from tui.ui.analysis_worker import AnalysisResult, CorpusView
    from tui.ui.reading import ReadingTracker
    from tui.ui.widgets.entity_panel import EntityPanel
    from tui.ui.widgets.find_bar import FindBar
    from tui.ui.widgets.quote_panel import QuotePanel

#: Progress is forwarded to the screen at most this often (seconds).
PROGRESS_EVERY = 0.1
#: Seconds between the first paint and the start of the analysis.
ANALYSIS_DELAY = 0.15
#: Seconds after the first paint before the reading state is read and the last article reopened.
DEFER_STATE = 0.02
#: Seconds after the first paint before the find bar and the footer are created.
DEFER_WIDGETS = 0.1
#: With at most this many articles the palette offers every pair to compare.
ALL_PAIRS_UP_TO = 12


class ReaderScreen(Screen[None]):
    """Keeps the sidebar, the header, the body, the panels and the find bar in step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("J,right_square_bracket", "next_article", "Next article", key_display="J"),
        Binding("K,left_square_bracket", "previous_article", "Prev article", key_display="K"),
        Binding("slash", "find", "Find", key_display="/"),
        Binding("x", "toggle_read", "Read/unread"),
        Binding("s", "toggle_star", "Star"),
        Binding("v", "cycle_view", "View all/unread/★", key_display="v"),
        Binding("r", "reload", "Reload"),
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
    second mark opens the comparison. x flips read/unread, s the star, v cycles the
    sidebar between all, unread and starred articles; r reloads the files."""

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        roots: Sequence[Path] | None = None,
        pending: Sequence[str | Path] = (),
        stamps: dict[str, Stamp] | None = None,
        state_file: Path | None = None,
        notes: LoadReport | None = None,
        warm: bool = False,
        analysis: CorpusAnalysis | None = None,
    ) -> None:
        super().__init__()
        self.articles = list(articles)
        self.loader = CorpusLoader(
            self, roots=roots, pending=pending, stamps=stamps, notes=notes, warm=warm
        )
        self._stored_analysis = analysis
        self.keeper = ReadingKeeper(self, state_file)
        self.view_mode = "all"
        self._taken = {a.id for a in self.articles}
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
                yield Label(self._sidebar_title(), id="sidebar-title")
                yield ArticleList(self.articles, id="article-list")
            with Vertical(id="article-pane"):
                yield ArticleHeader(id="article-header")
                yield Legend(id="legend")
                yield ArticleBody(id="article-body")
            yield Vertical(id="side-panel")

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
        if self._stored_analysis is not None:
            self._use_stored_analysis(self._stored_analysis)
        if self.articles:
            self.open_article(0, user=False)
            loading = getattr(self.app, "analyse_on_start", True) and self.loader.start(
                len(self.articles)
            )
            if not loading:
                # After the first frame: encoding a big corpus would delay it.
                self.set_timer(ANALYSIS_DELAY, lambda: self.loader.keep_snapshot(self.articles))
                if self.view is None:
                    self._start_analysis(ANALYSIS_DELAY)
        else:
            self.query_one(ArticleHeader).show(None)
        self._show_legend()
        self._update_sidebar_title()
        self.body.focus()
        # The reading state, the find bar and the footer wait for the first frame.
        self.call_after_refresh(self.set_timer, DEFER_STATE, self.keeper.restore)
        self.call_after_refresh(self.set_timer, DEFER_WIDGETS, self._mount_deferred)
        self.set_interval(SAVE_EVERY, self.keeper.save)
        self.watch(self.body, "scroll_y", self._body_scrolled, init=False)
        if self.loader.reloadable:
            self.set_interval(self.loader.poll_every(len(self.articles)), self.loader.poll)

    def _mount_deferred(self) -> AwaitComplete:
        """Create the find bar and the footer (awaitable: the find bar is then usable)."""
        from textual.await_complete import AwaitComplete
        from textual.widgets import Footer

        from tui.ui.widgets.find_bar import FindBar

        if self.query(FindBar):
            return AwaitComplete()
        return AwaitComplete(
            self.query_one("#article-pane").mount(FindBar(id="find-bar")),
            self.mount(Footer()),
        )

    def _find_bar(self) -> FindBar:
        from tui.ui.widgets.find_bar import FindBar

        if not self.query(FindBar):
            self._mount_deferred()
        return self.query_one(FindBar)

    def on_unmount(self) -> None:
        self._cancel.set()
        self.loader.stop()
        self.keeper.close()

    def _start_analysis(self, delay: float = 0.0) -> None:
        if not getattr(self.app, "analyse_on_start", True):
            return
        cancel = self._cancel
        if delay:
            # Shortly after the first paint: the worker's imports would delay it.
            self.set_timer(delay, lambda: self._analyse(cancel))
        else:
            self._analyse(cancel)

    def _theme_changed(self, _theme) -> None:
        self.body.set_render_theme(self.app.render_theme())  # type: ignore[attr-defined]
        self._show_legend()
        self._refresh_panel()

    # -- analysis ---------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, cancel: threading.Event) -> None:
        """Analyse the corpus off the event loop, reporting progress and partial results."""
        from tui.ui.analysis_worker import CorpusView, build_index, run_analysis

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

        articles = list(self.articles)
        try:
            result = run_analysis(
                articles,
                corpus_key=self.corpus_key,
                progress=progress,
                on_partial=lambda found: forward(self._receive_partial, found),
                cancel=cancel,
                search=False,
            )
            if result is None:
                return
            view = CorpusView(articles, result.corpus)
        except Exception as exc:
            forward(self._analysis_failed, f"{type(exc).__name__}: {exc}")
            return
        forward(self._analysis_done, result, view)
        # Highlights and counts are on screen; the full search index comes next.
        try:
            index = build_index(articles, result.corpus.articles)
        except Exception as exc:
            forward(self._analysis_failed, f"search index: {type(exc).__name__}: {exc}")
            return
        forward(self._index_done, index, articles)

    def _use_stored_analysis(self, corpus: CorpusAnalysis) -> None:
        """A corpus reopened unchanged: its stored analysis is shown from the first frame,
        and only the search index remains to build."""
        from tui.ui.analysis_worker import CorpusView

        self._stored_analysis = None
        self._install_view(CorpusView(self.articles, corpus))
        if getattr(self.app, "analyse_on_start", True):
            articles = list(self.articles)
            self.set_timer(ANALYSIS_DELAY, lambda: self._index_stored(articles, corpus))

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _index_stored(self, articles: list[Article], corpus: CorpusAnalysis) -> None:
        """Build the search index of a corpus whose analysis came from the cache."""
        from tui.ui.analysis_worker import build_index

        try:
            index = build_index(articles, corpus.articles)
        except Exception as exc:
            message = f"search index: {type(exc).__name__}: {exc}"
            self.app.call_from_thread(self._analysis_failed, message)
            return
        with contextlib.suppress(RuntimeError):  # the app may be shutting down
            self.app.call_from_thread(self._index_done, index, articles)

    def _index_done(self, index: SearchIndex, articles: list[Article]) -> None:
        if articles == self.articles:
            self.search_index = index

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
        if view.articles != self.articles:  # a reload came in meanwhile
            return
        self.search_index = result.index
        for problem in result.problems[:5]:
            self.notify(problem, severity="warning", timeout=8)
        self._install_view(view)

    def _install_view(self, view: CorpusView) -> None:
        """Show a finished corpus analysis: highlights, badges, panels, legend."""
        self.view = view
        self.partial = {}
        self._progress = None
        self.article_list.badges = {}
        self.article_list.set_badge_source(lambda article_id: _badge(view, article_id))
        self._apply_layers()
        self._show_legend()
        self._refresh_panel()
        if os.environ.get(EXIT_WHEN_ANALYSED_ENV):
            # Benchmarks: quit once the whole corpus is analysed and shown.
            self.call_after_refresh(note_and_exit, self.app, EXIT_WHEN_ANALYSED_ENV)

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
            if self.loading is not None:
                done, total = self.loading
                status = f"loading {done}/{total}…"
            elif self._progress is not None:
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
        if self.view is not None or self.partial:
            self.body.show(article, *self._layers(article), at=at)
        else:
            self.body.show(article, at=at)
        if at:
            self.scroll_when_ready(article, at)
        self.keeper.opened(article, at or 0)
        self.article_list.select_article(index)
        self.selected_entity = None
        self._refresh_panel()

    def scroll_when_ready(self, article: Article, at: int, tries: int = 40) -> None:
        """Scroll to character ``at`` once the article is laid out at its real size."""
        body = self.body
        if body.article is not article:
            return
        if body.size.height and body.line_count and not body._laying_out:
            body.scroll_to_offset(at, center=False)
            if body.scroll_y or tries <= 0:
                return
        if tries > 0:
            self.set_timer(0.05, lambda: self.scroll_when_ready(article, at, tries - 1))

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
        event.stop()
        self.open_article(event.index)

    def on_article_list_selected(self, event: ArticleList.Selected) -> None:
        event.stop()
        self.open_article(event.index)
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

    async def action_find(self) -> None:
        await self._mount_deferred()
        self._find_bar().open(return_to=self.body)

    def action_next_match(self) -> None:
        self.body.next_match(1)

    def action_previous_match(self) -> None:
        self.body.next_match(-1)

    def action_toggle_furniture(self) -> None:
        show = not self.body.show_furniture
        self.body.set_show_furniture(show)
        self.notify("Page furniture shown (dimmed)" if show else "Page furniture hidden")

    def action_back(self) -> None:
        if self.body.match_count or self._find_bar().has_class("-active"):
            self._find_bar().action_close()
        elif self.marked:
            self._set_marks([])
        self.body.focus()

    def on_find_bar_query_changed(self, event: FindBar.QueryChanged) -> None:
        self.body.find(event.query)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        if event.cleared:
            self.body.clear_find()
            self._find_bar().remove_class("-active")
        self.body.focus()

    def on_article_body_matches_changed(self, event: ArticleBody.MatchesChanged) -> None:
        for bar in self.query("#find-bar").results():
            bar.set_count(  # type: ignore[attr-defined]
                event.count, event.current, event.query
            )

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
        self._apply_sidebar_filter()

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

    # -- the corpus: identity, background loading, reload --------------------------------

    @property
    def loading(self) -> tuple[int, int] | None:
        """``(loaded, total)`` while the rest of a big corpus loads."""
        return self.loader.loading

    @property
    def stamps(self) -> dict[str, Stamp]:
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

    def corpus_extended(self, report: LoadReport) -> None:
        """A batch of the rest of the corpus arrived: list it."""
        from tui.core.corpus import unique_ids

        new = unique_ids(report.articles, taken=self._taken)
        start = len(self.articles)
        self.articles.extend(new)
        for offset, article in enumerate(new):
            self._ids[article.id] = start + offset
        self.article_list.add_articles(new)
        self.app.notify_load(LoadReport(skipped=report.skipped, warnings=report.warnings))  # type: ignore[attr-defined]
        self.keeper.follow()
        self._update_sidebar_title()
        self._show_legend()

    def corpus_complete(self) -> None:
        """The whole corpus is loaded: keep it for a fast reopening, and analyse it."""
        self.loader.keep_snapshot(self.articles)
        self._update_sidebar_title()
        self._show_legend()
        self._start_analysis()

    def corpus_replaced(self, report: LoadReport, changed: int) -> None:
        """A reload found new, changed or removed files: show the new corpus."""
        current = self.current_article
        self._cancel.set()
        self._cancel = threading.Event()
        self.articles = list(report.articles)
        self._ids = {a.id: i for i, a in enumerate(self.articles)}
        self._taken = set(self._ids)
        self.view, self.search_index, self.partial = None, None, {}
        self.__dict__.pop("_quick_index", None)  # the palette's stand-in index
        self.article_list.badges = {}
        self.article_list.set_badge_source(None)
        self.article_list.replace_articles(self.articles, keep=current.id if current else None)
        self.keeper.corpus_replaced()
        self.index = None
        if self.articles:
            same = self._ids.get(current.id) if current is not None else None
            keep_at = self.body.top_offset() if same is not None else None
            self.open_article(same if same is not None else 0, user=False, at=keep_at)
        self.app.notify_load(report)  # type: ignore[attr-defined]
        self.notify(f"Reloaded: {changed} file{'s' if changed != 1 else ''} new, changed or gone.")
        self.loader.keep_snapshot(self.articles)
        self._apply_sidebar_filter()
        self._start_analysis()

    def action_reload(self) -> None:
        self.loader.request_reload()

    # -- reading state and sidebar views ---------------------------------------------------

    def _body_scrolled(self, _y: float) -> None:
        article = self.current_article
        if article is not None and self.body.article is article:
            self.keeper.moved(article, self.body.top_offset())

    def action_toggle_read(self) -> None:
        self.keeper.toggle_read()

    def action_toggle_star(self) -> None:
        self.keeper.toggle_star()

    def action_cycle_view(self) -> None:
        """All articles → only unread → only starred → all."""
        order = ("all", "unread", "starred")
        self.view_mode = order[(order.index(self.view_mode) + 1) % len(order)]
        self._apply_sidebar_filter()
        if not self.article_list.shown:
            self.notify(f"No {self.view_mode} article.", timeout=3)

    def _sidebar_title(self) -> Text:
        total = len(self.articles)
        shown = len(self.article_list.shown) if self.is_mounted else total
        count = f"{shown} of {total}" if shown != total else str(total)
        title = Text(f"Articles ({count})")
        if self.view_mode != "all":
            title.append(f" · {self.view_mode}", style="italic")
        if self.entity_filter is not None:
            title.append(" · ")
            title.append(self.entity_filter, style="italic")
            title.append(" — F clears", style="dim")
        if self.loading is not None:
            title.append(" · loading…", style="dim")
        return title

    def _update_sidebar_title(self) -> None:
        self.query_one("#sidebar-title", Label).update(self._sidebar_title())

    def _apply_sidebar_filter(self) -> None:
        """List the articles passing the view (all/unread/starred) and the entity filter."""
        ids: set[str] | None = None
        if self.view_mode == "unread":
            ids = self.keeper.unread_ids()
        elif self.view_mode == "starred":
            ids = self.keeper.starred_ids()
        if self.entity_filter is not None and self.view is not None:
            mentioning = set(self.view.articles_mentioning(self.entity_filter))
            ids = mentioning if ids is None else ids & mentioning
        self.article_list.show_only(ids, keep=self.index)
        self._update_sidebar_title()


def _badge(view: CorpusView, article_id: str) -> Text:
    entities, quotes = view.counts(article_id)
    return Text(f"{entities} names · {quotes} quotes", style="dim")
