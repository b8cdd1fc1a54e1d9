"""What the reader does when its corpus or its analysis changes: a batch of a big
corpus arrives, the last file is in, a reload finds new, changed or removed files,
the analysis makes progress, finishes or fails.

:class:`CorpusUpdates` is mixed into the reader screen; it handles the messages the
screen's :class:`~tui.ui.corpus_loader.CorpusLoader` and
:class:`~tui.ui.reader_analysis.ReaderAnalysis` post (each of them has kept what the
message brings by the time it gets here) and keeps the screen's parts in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on

from tui.core.models import LoadReport
from tui.ui.app_typing import newsreader_app
from tui.ui.corpus_loader import CorpusLoader
from tui.ui.reader_analysis import ReaderAnalysis
from tui.ui.reader_navigation import ReaderNavigation

if TYPE_CHECKING:
    from tui.core.service.lookups import CorpusView
    from tui.ui.reader_sidebar import Sidebar


class CorpusUpdates(ReaderNavigation):
    """The reader screen's handlers of corpus and analysis messages."""

    loader: CorpusLoader
    analysis: ReaderAnalysis
    sidebar: Sidebar

    def show_legend(self, status: str | None = None) -> None:
        """The layers' colours, with what is loading or analysing (or ``status``)."""
        if status is None:
            if self.loader.progress is not None:
                done, total = self.loader.progress
                status = f"loading {done}/{total}…"
            else:
                status = self.analysis.status()
        self.pane.legend.show(
            newsreader_app(self).render_theme(),
            entities=self.highlights.entities,
            quotes=self.highlights.quotes,
            status=status,
        )

    def show_loading(self) -> None:
        """The sidebar's title and the legend say whether the corpus is still loading."""
        self.sidebar.still_loading = self.loader.progress is not None
        self.sidebar.update_title()
        self.show_legend()

    # -- the corpus ----------------------------------------------------------------------

    @on(CorpusLoader.Extended)
    def _corpus_extended(self, message: CorpusLoader.Extended) -> None:
        """A batch of the rest of the corpus arrived: list it."""
        added = self.shown.extend(message.report.articles)
        self.sidebar.article_list.add_articles(added)
        notes = LoadReport(skipped=message.report.skipped, warnings=message.report.warnings)
        newsreader_app(self).notify_load(notes)
        self.keeper.follow()
        self.show_loading()

    @on(CorpusLoader.Complete)
    def _corpus_complete(self) -> None:
        """The whole corpus is loaded: keep it for a fast reopening, and analyse it."""
        self.loader.keep_snapshot()
        self.show_loading()
        self.analysis.start()

    @on(CorpusLoader.Reloaded)
    def corpus_replaced(self, message: CorpusLoader.Reloaded) -> None:
        """A reload found new, changed or removed files: show the new corpus."""
        report, changed = message.report, message.changed
        current = self.current_article
        self.analysis.forget(report.articles)
        self.shown.replace(report.articles)
        self.sidebar.show_counts(None)
        keep = current.id if current is not None else None
        self.sidebar.article_list.replace_articles(self.shown.articles, keep=keep)
        self.keeper.corpus_replaced()
        self.index = None
        if self.shown.articles:
            same = self.shown.index_of(current.id) if current is not None else None
            keep_at = self.body.top_offset() if same is not None else None
            self.open_article(same if same is not None else 0, user=False, at=keep_at)
        newsreader_app(self).notify_load(report)
        self.notify(f"Reloaded: {changed} file{'s' if changed != 1 else ''} new, changed or gone.")
        self.loader.keep_snapshot()
        self.sidebar.apply(self.index)
        self.analysis.start()

    # -- the analysis --------------------------------------------------------------------

    @on(ReaderAnalysis.Progress)
    def _analysis_progressed(self) -> None:
        self.show_legend()

    @on(ReaderAnalysis.Partial)
    def _partial_analysis(self, message: ReaderAnalysis.Partial) -> None:
        """Highlight the open article as soon as its own analysis is known."""
        article = self.current_article
        if self.analysis.view is None and article is not None and article.id in message.found:
            self.highlights.apply(self.body)

    @on(ReaderAnalysis.Ready)
    def _analysis_ready(self, message: ReaderAnalysis.Ready) -> None:
        self.show_analysis(message.view)

    def show_analysis(self, view: CorpusView) -> None:
        """Show a finished corpus analysis: badges, highlights, legend, panels."""
        self.sidebar.show_counts(view)
        self.highlights.apply(self.body)
        self.show_legend()
        self.side.show_article(self.current_article)

    @on(ReaderAnalysis.Failed)
    def _analysis_failed(self) -> None:
        self.show_legend("analysis failed")
