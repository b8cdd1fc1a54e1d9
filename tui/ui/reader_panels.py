"""The reader's side panel: the entity or the quote panel of the open article.

:class:`SidePanel` is the right-hand column. It opens one panel at a time (the same
key closes it), fills it for the article it is shown and keeps it in step as
articles open, the analysis arrives or the theme changes. The quote panel says who
else quotes the same words; finding that scans the corpus, so it runs in a thread
worker and fills in after the panel is shown. Choices made in a panel (an entity, an
article naming it, a quote) come back up as :class:`SidePanel.Reveal`, for the
screen to open; the entity last chosen is what ``F`` filters the sidebar by.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual import on, work
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label

from tui.core.models import Article
from tui.ui.app_typing import newsreader_app
from tui.ui.widgets.entity_panel import EntityPanel
from tui.ui.widgets.quote_panel import QuotePanel

if TYPE_CHECKING:
    from tui.ui.reader_analysis import ReaderAnalysis
    from tui.ui.reader_articles import OpenArticles

#: The panels, by name: (heading, widget id).
PANELS = {"entities": ("Entities", "entity-panel"), "quotes": ("Quotes", "quote-panel")}


@dataclass
class Reveal(Message):
    """Open ``article_id`` at ``start..end``, highlighted until Esc (``ranges``: more
    places at once, n/N move between them); ``focus`` gives the article the focus."""

    article_id: str
    start: int
    end: int
    ranges: Sequence[tuple[int, int]] = field(default_factory=tuple)
    label: str = ""
    focus: bool = True


class SidePanel(Vertical):
    """Which panel is open (``which``: "entities", "quotes" or None) and what it shows."""

    Reveal = Reveal

    @dataclass
    class _Elsewhere(Message):
        article: Article
        elsewhere: dict

    def __init__(self, shown: OpenArticles, analysis: ReaderAnalysis) -> None:
        super().__init__(id="side-panel")
        self.shown = shown
        self.analysis = analysis
        self.which: str | None = None
        self.article: Article | None = None
        self.selected_entity: str | None = None
        """The entity last chosen in the entity panel for the open article."""
        self._choice: tuple[str, str] | None = None
        """(article id, entity) of an article opened from the entity panel."""

    def toggle(self, which: str) -> bool:
        """Open panel ``which`` in place of any other, or close it if it is open;
        returns whether a panel is open."""
        self.remove_children()
        if self.which == which:
            self.which = None
            self.remove_class("-active")
            return False
        self.which = which
        heading, panel_id = PANELS[which]
        panel = EntityPanel(id=panel_id) if which == "entities" else QuotePanel(id=panel_id)
        self.mount(Label(heading, classes="panel-title"), panel)
        self.add_class("-active")
        self.call_after_refresh(self.show_article, self.article)
        panel.focus()
        return True

    def show_article(self, article: Article | None) -> None:
        """Show ``article`` in the open panel."""
        if article is not self.article:
            # Another article: the entity chosen for the last one no longer holds,
            # unless this one was opened from the entity panel for that entity.
            chosen, self._choice = self._choice, None
            wanted = article is not None and chosen is not None and chosen[0] == article.id
            self.selected_entity = chosen[1] if wanted and chosen is not None else None
        self.article = article
        if self.which is None or article is None:
            return
        theme = newsreader_app(self).render_theme()
        analysis = self.analysis.analysis_of(article.id)
        view, titles = self.analysis.view, self.shown.title_of
        if self.which == "entities":
            corpus = view.entities if view is not None else {}
            for entities in self.query(EntityPanel).results():
                entities.show(article, analysis, corpus=corpus, titles=titles, theme=theme)
            return
        known: dict | None = None if view is not None else {}
        for quotes in self.query(QuotePanel).results():
            quotes.show(article, analysis, elsewhere=known, titles=titles, theme=theme)
        if view is not None and analysis is not None and analysis.quotes:
            self._find_quoted_elsewhere(article)

    @work(thread=True, exclusive=True, group="quotes", exit_on_error=False)
    def _find_quoted_elsewhere(self, article: Article) -> None:
        """Worker thread: the other articles quoting the same words as ``article``."""
        view = self.analysis.view
        if view is not None:
            self.post_message(self._Elsewhere(article, view.quoted_elsewhere(article.id)))

    @on(_Elsewhere)
    def _show_quoted_elsewhere(self, message: _Elsewhere) -> None:
        article = message.article
        if article is not self.article or self.which != "quotes":
            return
        theme = newsreader_app(self).render_theme()
        analysis = self.analysis.analysis_of(article.id)
        for quotes in self.query(QuotePanel).results():
            quotes.show(
                article, analysis, elsewhere=message.elsewhere, titles=self.shown.title_of,
                theme=theme,
            )  # fmt: skip

    def chosen_entity(self) -> str | None:
        """The entity under the entity panel's cursor, else the one last chosen."""
        name = self.selected_entity
        for entities in self.query(EntityPanel).results():
            name = entities.current_entity or name
        return name

    # -- choices made in the panels ------------------------------------------------------

    @on(EntityPanel.EntityHighlighted)
    def _entity_highlighted(self, event: EntityPanel.EntityHighlighted) -> None:
        """Light every mention of the entity in the open article (the panel keeps focus)."""
        event.stop()
        self.selected_entity = event.canonical
        view, article = self.analysis.view, self.article
        if article is None or view is None:
            return
        mentions = view.mentions(article.id, event.canonical)
        if mentions:
            start, end = mentions[0]
            label = event.canonical
            self.post_message(Reveal(article.id, start, end, mentions, label, focus=False))

    @on(EntityPanel.ArticleChosen)
    def _article_chosen(self, event: EntityPanel.ArticleChosen) -> None:
        """Open the article at its first mention of the entity, all of them lit."""
        event.stop()
        view = self.analysis.view
        if view is None:
            return
        mentions = view.mentions(event.article_id, event.canonical)
        start, end = mentions[0] if mentions else (0, 0)
        self.selected_entity = event.canonical
        self._choice = (event.article_id, event.canonical)
        self.post_message(Reveal(event.article_id, start, end, mentions, event.canonical))

    @on(QuotePanel.QuoteChosen)
    def _quote_chosen(self, event: QuotePanel.QuoteChosen) -> None:
        event.stop()
        self.post_message(Reveal(event.article_id, event.start, event.end, label="quote"))
