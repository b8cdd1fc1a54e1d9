"""The corpus at a glance: who said what where, names by outlet, quote provenance,
shared text and the timeline, one tab each.

Everything heavy runs in worker threads that post a message the screen handles: the
overview itself (read back from the cache when the corpus is unchanged, else built and
kept), and the open article's shared text. A quote chosen anywhere closes the screen
with ``(article id, start, end)``, and the reader opens the article at that quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui.core.models import Article, CorpusAnalysis
from tui.core.overview.build import Overview
from tui.core.overview.common import QuoteRef
from tui.core.overview.shared_text import SharedText
from tui.core.wording import counted
from tui.ui.render import plain
from tui.ui.widgets.overview_render import bar_chart, group_line, shaded_article, version_text
from tui.ui.widgets.overview_tables import (
    LABELS,
    fill_names,
    fill_speakers,
    fill_timeline,
    quote_option,
)

if TYPE_CHECKING:
    from tui.ui.screens.reader import ReaderScreen

Target = tuple[str, int, int]
"""Where to go on closing: article id, start and end of the quote (0, 0: its top)."""

TABS = ("speakers", "names", "provenance", "shared", "timeline")


class OverviewScreen(Screen[Target | None]):
    """Five views of the whole corpus; Enter goes from a figure to its quotes and on to
    the article."""

    CSS_PATH = "../styles/overview.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("1", "tab('speakers')", "Who said what", show=False),
        Binding("2", "tab('names')", "Names by outlet", show=False),
        Binding("3", "tab('provenance')", "Quote provenance", show=False),
        Binding("4", "tab('shared')", "Shared text", show=False),
        Binding("5", "tab('timeline')", "Timeline", show=False),
        Binding("l", "cycle_label", "Label", tooltip="Names: show one label, then the next"),
        Binding("o", "toggle_only", "One outlet", tooltip="Names: only those one outlet carries"),
        Binding("r", "next_reference", "Reference", tooltip="Shared text: next reference"),
        Binding("escape", "close", "Back", key_display="Esc", tooltip="Back to the reader"),
        Binding("q", "app.quit", "Quit"),
    ]
    """1–5 pick a view; Enter on a who-said-what cell lists its quotes, Enter on a quote,
    a version or a timeline row opens the article there; l cycles the names' label
    filter and o keeps only names one outlet alone carries; r takes the next article
    as the shared-text reference; Esc goes back (from a quote list to its table first)."""

    class Computed(Message):
        """The overview is ready."""

        def __init__(self, overview: Overview) -> None:
            super().__init__()
            self.overview = overview

    class Derived(Message):
        """The views after the first are ready (names, provenance, timeline)."""

        def __init__(self, overview: Overview) -> None:
            super().__init__()
            self.overview = overview

    class SharedComputed(Message):
        """The open article's shared text is ready."""

        def __init__(self, shared: SharedText, generation: int) -> None:
            super().__init__()
            self.shared = shared
            self.generation = generation

    class Failed(Message):
        """A worker failed; ``reason`` says why in one line."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(
        self,
        articles: Sequence[Article],
        corpus: CorpusAnalysis,
        *,
        corpus_key: str = "",
        current: str | None = None,
        overview: Overview | None = None,
    ) -> None:
        super().__init__()
        self.articles = list(articles)
        self.by_id = {a.id: a for a in self.articles}
        self.corpus = corpus
        self.corpus_key = corpus_key
        self.current = current if current in self.by_id else None
        self.overview = overview
        self.label_index = 0
        self.only = False
        self.shared: SharedText | None = None
        self._cell_quotes: list[QuoteRef] = []
        self._versions: list[QuoteRef] = []
        self._generation = 0

    def compose(self) -> ComposeResult:
        yield Static("Computing the overview…", id="overview-status")
        with TabbedContent(initial="speakers", id="overview-tabs"):
            with TabPane("1 Who said what", id="speakers"):
                yield Static(id="outlet-bars")
                yield DataTable(id="speaker-table", cursor_type="cell", zebra_stripes=True)
                yield OptionList(id="cell-quotes", classes="-hidden")
            with TabPane("2 Names by outlet", id="names"):
                yield Static(id="names-filter")
                yield DataTable(id="name-table", cursor_type="row", zebra_stripes=True)
            with TabPane("3 Quote provenance", id="provenance"):
                yield OptionList(id="group-list")
                yield OptionList(id="version-list")
            with TabPane("4 Shared text", id="shared"):
                yield Static(id="shared-summary")
                with VerticalScroll(id="shared-scroll"):
                    yield Static(id="shared-body")
            with TabPane("5 Timeline", id="timeline"):
                yield DataTable(id="timeline-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#overview-tabs").loading = self.overview is None
        self._compute(self.overview)
        self._start_shared(None)

    # -- workers ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def _compute(self, given: Overview | None) -> None:
        """Read the stored overview back, or build and keep it: off the event loop."""
        from tui.core.overview.store import overview_of

        try:
            overview = given or overview_of(self.articles, self.corpus, self.corpus_key)
            self.post_message(self.Computed(overview))
            # The first view is on screen; the others are derived while it is read.
            _ = overview.names, overview.groups, overview.timeline, len(overview.speakers.cells)
        except Exception as error:  # a bad record must not take the reader down
            self.post_message(self.Failed(f"{type(error).__name__}: {error}"))
            return
        self.post_message(self.Derived(overview))

    def _start_shared(self, reference: str | None) -> None:
        article = self.by_id.get(self.current or "")
        if article is None:
            self.query_one("#shared-summary", Static).update(
                "Open an article in the reader to see which of its sentences others carry."
            )
            return
        self._generation += 1
        self.query_one("#shared-summary", Static).update("Aligning with related articles…")
        self._compute_shared(article, reference, self._generation)

    @work(thread=True, exclusive=True, group="overview-shared", exit_on_error=False)
    def _compute_shared(self, article: Article, reference: str | None, generation: int) -> None:
        from tui.core.overview.shared_text import related_articles, shared_text

        try:
            ids = related_articles(article.id, self.articles, self.corpus.articles)
            others = [self.by_id[i] for i in ids]
            shared = shared_text(article, others, reference=reference)
        except Exception as error:
            self.post_message(self.Failed(f"{type(error).__name__}: {error}"))
            return
        self.post_message(self.SharedComputed(shared, generation))

    @on(Failed)
    def _failed(self, event: Failed) -> None:
        self.query_one("#overview-tabs").loading = False
        self.query_one("#overview-status", Static).update(
            plain(f"The overview failed: {event.reason}")
        )

    @on(Computed)
    def _computed(self, event: Computed) -> None:
        ov = self.overview = event.overview
        self.query_one("#overview-tabs").loading = False
        self.query_one("#overview-status", Static).update(
            plain(
                f"{counted(len(ov.articles), 'article', figure=f'{len(ov.articles):,}')} · "
                f"{counted(len(ov.speakers.outlets), 'outlet')} · "
                f"{counted(ov.quote_count, 'attributed quote', figure=f'{ov.quote_count:,}')} · "
                f"{ov.travelled:,} travelled"
            )
        )
        self.query_one("#outlet-bars", Static).update(bar_chart(ov.speakers.per_outlet()[:8]))
        fill_speakers(self.query_one("#speaker-table", DataTable), ov.speakers)
        self.query_one("#speaker-table", DataTable).focus()

    @on(Derived)
    def _derived(self, event: Derived) -> None:
        ov = self.overview = event.overview
        self._show_names()
        groups = self.query_one("#group-list", OptionList)
        groups.clear_options()
        groups.add_options(Option(group_line(g), id=str(k)) for k, g in enumerate(ov.groups))
        if not ov.groups:
            groups.add_option(Option("No quote appears in more than one article.", disabled=True))
        fill_timeline(self.query_one("#timeline-table", DataTable), ov, self.by_id)

    @on(SharedComputed)
    def _shared_computed(self, event: SharedComputed) -> None:
        if event.generation != self._generation:
            return
        shared = self.shared = event.shared
        article = self.by_id[shared.article_id]
        titles = {a.id: a.title or a.id for a in self.articles}
        variables = self.app.get_css_variables()
        summary = Text.assemble(
            (f"{shared.carried_share:.0%}", "bold"),
            " of this article's sentences appear in another article; from the reference: ",
            (f"{shared.reference_share:.0%}", "bold"),
            " of its words (runs of six words). Verbatim share from each related article:\n",
        )
        summary.append_text(bar_chart([(titles[a], v) for a, v in shared.shares[:6]], percent=True))
        self.query_one("#shared-summary", Static).update(summary)
        body = shaded_article(article, shared, variables, titles)
        self.query_one("#shared-body", Static).update(body)

    # -- views ----------------------------------------------------------------------------

    def _show_names(self) -> None:
        if self.overview is None:
            return
        label = LABELS[self.label_index]
        rows = self.overview.names.filtered(None if label is None else {label}, only=self.only)
        fill_names(self.query_one("#name-table", DataTable), self.overview.names, rows)
        what = "every label" if label is None else label
        only = " · only names one outlet alone carries" if self.only else ""
        self.query_one("#names-filter", Static).update(
            f"{counted(len(rows), 'name', figure=f'{len(rows):,}')} · {what}{only}"
            " · l: label · o: one outlet · ◆ one outlet only"
        )

    @on(DataTable.CellSelected, "#speaker-table")
    def _cell_chosen(self, event: DataTable.CellSelected) -> None:
        if self.overview is None:
            return
        speaker, outlet = str(event.cell_key.row_key.value), str(event.cell_key.column_key.value)
        self._cell_quotes = list(self.overview.speakers.cell(speaker, outlet))
        listing = self.query_one("#cell-quotes", OptionList)
        listing.clear_options()
        if not self._cell_quotes:
            self.notify("No quote in this cell.")
            return
        titles = {a.id: a.title for a in self.articles}
        listing.add_options(
            quote_option(q, titles.get(q.article_id, "")) for q in self._cell_quotes
        )
        listing.remove_class("-hidden")
        listing.highlighted = 0
        listing.focus()

    @on(OptionList.OptionSelected, "#cell-quotes")
    def _quote_chosen(self, event: OptionList.OptionSelected) -> None:
        q = self._cell_quotes[event.option_index]
        self.dismiss((q.article_id, q.start, q.end))

    @on(OptionList.OptionHighlighted, "#group-list")
    def _group_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.overview is None or event.option.id is None:
            return
        group = self.overview.groups[int(event.option.id)]
        variables = self.app.get_css_variables()
        versions = self.query_one("#version-list", OptionList)
        versions.clear_options()
        self._versions = [v.quote for v in group.versions]
        titles = {a.id: a.title for a in self.articles}
        for v in group.versions:
            head = plain(f"{v.relation} · {v.quote.outlet} · {titles.get(v.quote.article_id, '')}")
            head.stylize("bold")
            versions.add_option(
                Option(Text.assemble(head, "\n", version_text(group, v, variables)))
            )

    @on(OptionList.OptionSelected, "#group-list")
    def _group_chosen(self, _event: OptionList.OptionSelected) -> None:
        versions = self.query_one("#version-list", OptionList)
        versions.highlighted = 0
        versions.focus()

    @on(OptionList.OptionSelected, "#version-list")
    def _version_chosen(self, event: OptionList.OptionSelected) -> None:
        q = self._versions[event.option_index]
        self.dismiss((q.article_id, q.start, q.end))

    @on(DataTable.RowSelected, "#timeline-table")
    def _timeline_chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss((str(event.row_key.value), 0, 0))

    # -- actions ------------------------------------------------------------------------

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    def action_cycle_label(self) -> None:
        self.label_index = (self.label_index + 1) % len(LABELS)
        self._show_names()

    def action_toggle_only(self) -> None:
        self.only = not self.only
        self._show_names()

    def action_next_reference(self) -> None:
        shared = self.shared
        if shared is None or not shared.shares:
            self.notify("No related article to take as the reference.")
            return
        ids = [aid for aid, _v in shared.shares]
        at = ids.index(shared.reference) + 1 if shared.reference in ids else 0
        self._start_shared(ids[at % len(ids)])

    def action_close(self) -> None:
        listing = self.query_one("#cell-quotes", OptionList)
        if not listing.has_class("-hidden"):
            listing.add_class("-hidden")
            self.query_one("#speaker-table", DataTable).focus()
            return
        self.dismiss(None)


def open_overview(reader: ReaderScreen) -> None:
    """Push the overview over the reader; a quote chosen there opens in the reader."""
    view = reader.view
    if view is None:
        reader.notify("The overview needs the analysis: it is still running.", timeout=3)
        return
    current = reader.current_article

    def go(target: Target | None) -> None:
        if target is None:
            return
        article_id, start, end = target
        if end > start:
            reader.reveal(article_id, start, end, label="quote")
            return
        index = reader.article_index(article_id)
        if index is not None:
            reader.open_article(index)

    screen = OverviewScreen(
        reader.articles,
        view.corpus,
        corpus_key=reader.corpus_key,
        current=current.id if current is not None else None,
    )
    reader.app.push_screen(screen, go)
