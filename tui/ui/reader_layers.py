"""The reader's highlight layers and the legend that names them.

:class:`HighlightLayers` decides what the open article is drawn with: the entity and
the quote layers, each switched on and off (``e``, ``u``), made from the best analysis
known for the article (its own while the corpus-wide one runs, so it is highlighted
early). The legend above the article shows the layers' colours and what is still
going on (loading, analysing, a failure). It holds no widget: what it needs from the
screen is the :class:`LayersHost` protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from tui.core.models import Article, ArticleAnalysis
from tui.ui.widgets.legend import Legend

if TYPE_CHECKING:
    from textual.app import App

    from tui.ui.article_layers import Note
    from tui.ui.reader_analysis import ReaderAnalysis
    from tui.ui.render import StyledSpan
    from tui.ui.widgets.article_body import ArticleBody


class LayersHost(Protocol):
    """What the highlight layers need from the reader screen."""

    app: App
    analysis: ReaderAnalysis

    @property
    def body(self) -> ArticleBody: ...
    @property
    def current_article(self) -> Article | None: ...
    @property
    def load_progress(self) -> tuple[int, int] | None: ...
    def query_one(self, selector: type[Legend]) -> Legend: ...
    def analysis_of(self, article_id: str) -> ArticleAnalysis | None: ...


class HighlightLayers:
    """Which layers are on (``entities``, ``quotes``) and how the open article shows them."""

    def __init__(self, host: LayersHost) -> None:
        self.host = host
        self.entities = True
        self.quotes = True

    def of(self, article: Article) -> tuple[list[StyledSpan], list[Note]]:
        """The spans and speaker notes ``article`` is drawn with."""
        from tui.ui.article_layers import article_layers

        return article_layers(
            self.host.analysis_of(article.id),
            text=article.text,
            entities=self.entities,
            quotes=self.quotes,
        )

    def show(self, article: Article, at: int | None = None) -> None:
        """Show ``article`` in the body, with its layers once any analysis is known."""
        analysis = self.host.analysis
        if analysis.known:
            self.host.body.show(article, *self.of(article), at=at)
        else:
            self.host.body.show(article, at=at)

    def apply(self) -> None:
        """Redraw the open article's layers (after a toggle or a new analysis)."""
        article = self.host.current_article
        if article is not None:
            self.host.body.set_layers(*self.of(article))

    def toggle(self, layer: str) -> None:
        """Switch the ``"entities"`` or the ``"quotes"`` layer on or off."""
        if layer == "entities":
            self.entities = not self.entities
        else:
            self.quotes = not self.quotes
        self.apply()
        self.show_legend()

    def show_legend(self, status: str | None = None) -> None:
        """The layers' colours, with what is loading or analysing (or ``status``)."""
        host = self.host
        if status is None:
            if host.load_progress is not None:
                done, total = host.load_progress
                status = f"loading {done}/{total}…"
            else:
                status = host.analysis.status()
        host.query_one(Legend).show(
            host.app.render_theme(),  # type: ignore[attr-defined]
            entities=self.entities,
            quotes=self.quotes,
            status=status,
        )
