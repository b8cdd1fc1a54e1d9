"""The reader's highlight layers: what the open article is drawn with.

:class:`HighlightLayers` keeps which layers are on (entities ``e``, quotes ``u``)
and makes the open article's spans and speaker notes from the best analysis known
for it (its own while the corpus-wide one runs, so it is highlighted early). It
reads the analysis it is given and draws into the body it is given; the legend
that names the layers is the screen's (it also says what is loading).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.models import Article

if TYPE_CHECKING:
    from tui.ui.article_layers import Note
    from tui.ui.reader_analysis import ReaderAnalysis
    from tui.ui.render import StyledSpan
    from tui.ui.widgets.article_body import ArticleBody


class HighlightLayers:
    """Which layers are on (``entities``, ``quotes``) and how an article shows them."""

    def __init__(self, analysis: ReaderAnalysis) -> None:
        self.analysis = analysis
        self.entities = True
        self.quotes = True

    def of(self, article: Article) -> tuple[list[StyledSpan], list[Note]]:
        """The spans and speaker notes ``article`` is drawn with."""
        from tui.ui.article_layers import article_layers

        return article_layers(
            self.analysis.analysis_of(article.id),
            text=article.text,
            entities=self.entities,
            quotes=self.quotes,
        )

    def show(self, body: ArticleBody, article: Article, at: int | None = None) -> None:
        """Show ``article`` in ``body``, with its layers once any analysis is known."""
        if self.analysis.known:
            body.show(article, *self.of(article), at=at)
        else:
            body.show(article, at=at)

    def apply(self, body: ArticleBody) -> None:
        """Redraw the layers of the article ``body`` shows (after a toggle or an analysis)."""
        if body.article is not None:
            body.set_layers(*self.of(body.article))

    def toggle(self, layer: str) -> bool:
        """Switch the ``"entities"`` or the ``"quotes"`` layer; returns its new state."""
        if layer == "entities":
            self.entities = not self.entities
            return self.entities
        self.quotes = not self.quotes
        return self.quotes
