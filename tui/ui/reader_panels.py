"""The reader's side panels: the entity or the quote panel of the open article.

:class:`SidePanels` opens one panel at a time in the screen's right-hand column (the
same key closes it), fills it for the open article and keeps it in step as articles
open, the analysis arrives or the theme changes. The quote panel says who else
quotes the same words; finding that scans the corpus, so it runs in a thread worker
and fills in after the panel is shown. Choosing an entity highlights its mentions or
opens another article at them; the chosen entity is what ``F`` filters the sidebar
by. It holds no widget: what it needs from the screen is the :class:`PanelHost`
protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from textual.containers import Vertical
from textual.widgets import Label

from tui.core.models import Article, ArticleAnalysis
from tui.ui.host_services import Notifies, RunsWorkers

if TYPE_CHECKING:
    from textual.app import App

    from tui.core.service.lookups import CorpusView
    from tui.ui.widgets.article_body import ArticleBody

#: The panels, by name: (heading, widget id).
PANELS = {"entities": ("Entities", "entity-panel"), "quotes": ("Quotes", "quote-panel")}


class PanelHost(Notifies, RunsWorkers, Protocol):
    """What the side panels need from the reader screen."""

    app: App

    @property
    def body(self) -> ArticleBody: ...
    @property
    def view(self) -> CorpusView | None: ...
    @property
    def entity_filter(self) -> str | None: ...
    @property
    def current_article(self) -> Article | None: ...
    def query_one(self, selector: str, expect_type: type[Vertical]) -> Vertical: ...
    def query(self, selector: str) -> Any: ...
    def call_after_refresh(self, callback: Callable, *args) -> bool: ...
    def analysis_of(self, article_id: str) -> ArticleAnalysis | None: ...
    def title_of(self, article_id: str) -> str: ...
    def filter_by_entity(self, canonical: str | None) -> None: ...
    def reveal(
        self,
        article_id: str,
        start: int,
        end: int,
        ranges: Sequence[tuple[int, int]] | None = None,
        label: str = "",
    ) -> None: ...


class SidePanels:
    """Which panel is open (``which``: "entities", "quotes" or None) and what it shows."""

    def __init__(self, host: PanelHost) -> None:
        self.host = host
        self.which: str | None = None
        self.selected_entity: str | None = None
        """The entity last chosen in the entity panel for the open article."""

    def toggle(self, which: str) -> None:
        """Open panel ``which`` in place of any other, or close it if it is open."""
        side = self.host.query_one("#side-panel", Vertical)
        if self.which == which:
            self.which = None
            side.remove_class("-active")
            side.remove_children()
            self.host.body.focus()
            return
        from tui.ui.widgets.entity_panel import EntityPanel
        from tui.ui.widgets.quote_panel import QuotePanel

        self.which = which
        side.remove_children()
        heading, panel_id = PANELS[which]
        panel = EntityPanel(id=panel_id) if which == "entities" else QuotePanel(id=panel_id)
        side.mount(Label(heading, classes="panel-title"), panel)
        side.add_class("-active")
        self.host.call_after_refresh(self.refresh)
        panel.focus()

    def refresh(self) -> None:
        """Show the open article in the open panel."""
        host = self.host
        article = host.current_article
        if self.which is None or article is None:
            return
        theme = host.app.render_theme()  # type: ignore[attr-defined]
        analysis = host.analysis_of(article.id)
        view = host.view
        if self.which == "entities":
            for panel in host.query("#entity-panel").results():
                corpus = view.entities if view is not None else {}
                panel.show(article, analysis, corpus=corpus, titles=host.title_of, theme=theme)
            return
        for panel in host.query("#quote-panel").results():
            known: dict | None = None if view is not None else {}
            panel.show(article, analysis, elsewhere=known, titles=host.title_of, theme=theme)
        if view is not None and analysis is not None and analysis.quotes:
            host.run_worker(
                lambda: self._find_quoted_elsewhere(article),
                name="quoted-elsewhere",
                group="quotes",
                thread=True,
                exclusive=True,
                exit_on_error=False,
            )

    def _find_quoted_elsewhere(self, article: Article) -> None:
        """Worker thread: the other articles quoting the same words as ``article``."""
        view = self.host.view
        if view is None:
            return
        elsewhere = view.quoted_elsewhere(article.id)
        self.host.app.call_from_thread(self._show_quoted_elsewhere, article, elsewhere)

    def _show_quoted_elsewhere(self, article: Article, elsewhere) -> None:
        host = self.host
        if article is not host.current_article or self.which != "quotes":
            return
        theme = host.app.render_theme()  # type: ignore[attr-defined]
        for panel in host.query("#quote-panel").results():
            panel.show(
                article,
                host.analysis_of(article.id),
                elsewhere=elsewhere,
                titles=host.title_of,
                theme=theme,
            )

    # -- choices made in the entity panel ------------------------------------------------

    def entity_highlighted(self, canonical: str) -> None:
        """Highlight every mention of ``canonical`` in the open article."""
        host = self.host
        article = host.current_article
        self.selected_entity = canonical
        if article is None or host.view is None:
            return
        mentions = host.view.mentions(article.id, canonical)
        if mentions:
            host.body.highlight_ranges(mentions, current=0, label=canonical)

    def article_chosen(self, article_id: str, canonical: str) -> None:
        """Open ``article_id`` at its first mention of ``canonical``, all of them lit."""
        view = self.host.view
        if view is None:
            return
        mentions = view.mentions(article_id, canonical)
        start, end = mentions[0] if mentions else (0, 0)
        self.host.reveal(article_id, start, end, ranges=mentions, label=canonical)
        self.selected_entity = canonical

    def toggle_filter(self) -> None:
        """``F``: narrow the sidebar to the chosen entity, or clear the filter."""
        host = self.host
        if host.entity_filter is not None:
            host.filter_by_entity(None)
            return
        name = self.selected_entity
        for panel in host.query("#entity-panel").results():
            name = panel.current_entity or name
        if name is None:
            host.notify("Choose an entity in the entity panel (E) first, then press F.")
            return
        host.filter_by_entity(name)
