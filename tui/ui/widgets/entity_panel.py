"""The entity panel: who and what the open article names, grouped by label.

Each entity shows its mention count and the variants it appears under; under it, the
other articles that mention it. Moving onto an entity asks the screen to highlight
its mentions (n/N then jump between them); Enter on another article opens it at the
entity's first mention. (F, a reader key, filters the sidebar by the entity under the
cursor.) j/k move like the arrows, and a freshly filled panel has its cursor on the
first line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

from tui.core.models import Article, ArticleAnalysis, CorpusEntity
from tui.core.wording import counted
from tui.ui.render import ENTITY_ROLES, LABEL_NAMES, RenderTheme, plain
from tui.ui.widgets.panel_tree import PanelTree

MAX_OTHER_ARTICLES = 30
"""Other articles listed under one entity; the rest are counted."""


class EntityPanel(PanelTree[tuple[str, ...] | None]):
    """The entities of one article, as a tree: label → entity → variants, articles."""

    class EntityHighlighted(Message):
        """The cursor is on an entity: its mentions should be highlighted."""

        def __init__(self, canonical: str) -> None:
            self.canonical = canonical
            super().__init__()

    class ArticleChosen(Message):
        """Open ``article_id`` at the first mention of ``canonical``."""

        def __init__(self, article_id: str, canonical: str) -> None:
            self.article_id = article_id
            self.canonical = canonical
            super().__init__()

    def __init__(self, **kwargs) -> None:
        super().__init__(Text("Entities"), **kwargs)
        self.show_root = False
        self.article_id: str | None = None

    @property
    def current_entity(self) -> str | None:
        """The entity under the cursor (or the one whose child the cursor is on)."""
        node = self.cursor_node
        data = node.data if node is not None else None
        return data[-1] if data and data[0] in ("entity", "article") else None

    def show(
        self,
        article: Article,
        analysis: ArticleAnalysis | None,
        *,
        corpus: dict[str, CorpusEntity],
        titles: Callable[[str], str],
        theme: RenderTheme,
    ) -> None:
        """List the entities of ``article`` (nothing yet when ``analysis`` is None)."""
        self.article_id = article.id
        self.clear()
        self._fill(analysis, corpus, titles, theme)
        self.cursor_line = 0

    def _fill(
        self,
        analysis: ArticleAnalysis | None,
        corpus: dict[str, CorpusEntity],
        titles: Callable[[str], str],
        theme: RenderTheme,
    ) -> None:
        if analysis is None:
            self.root.add_leaf(Text("Analysing…", style="italic"))
            return
        counts = Counter(e.canonical for e in analysis.entities)
        surfaces: dict[str, dict[str, None]] = {}
        labels: dict[str, str] = {}
        for e in analysis.entities:
            surfaces.setdefault(e.canonical, {})[e.text] = None
            labels.setdefault(e.canonical, e.label)
        if not counts:
            self.root.add_leaf(Text("No named entity found.", style="italic"))
        for label, role in ENTITY_ROLES.items():
            names = sorted((c for c in counts if labels[c] == label), key=lambda c: (-counts[c], c))
            if not names:
                continue
            heading = Text(f"{LABEL_NAMES[label]} ({len(names)})", style="bold")
            group = self.root.add(heading, None, expand=True)
            for name in names:
                self._add_entity(
                    group, name, counts[name], surfaces[name], corpus, titles, theme, role
                )

    def _add_entity(self, group, name, count, seen, corpus, titles, theme, role) -> None:
        label = plain(name)
        label.stylize(theme.style_for(role))
        label.append(f" ×{count}", style="dim")
        node = group.add(label, ("entity", name), expand=False)
        entity = corpus.get(name)
        variants = [s for s in dict.fromkeys([*seen, *(entity.aliases if entity else ())])]
        variants = [v for v in variants if v != name]
        if variants:
            node.add_leaf(Text.assemble(("also written: ", "dim"), plain(", ".join(variants))))
        others = [a for a in (entity.articles if entity else ()) if a != self.article_id]
        if not others:
            node.add_leaf(Text("only in this article", style="dim italic"))
        for other in others[:MAX_OTHER_ARTICLES]:
            node.add_leaf(
                Text.assemble(("→ ", "dim"), plain(titles(other))), ("article", other, name)
            )
        if len(others) > MAX_OTHER_ARTICLES:
            node.add_leaf(
                Text(
                    f"… and {counted(len(others) - MAX_OTHER_ARTICLES, 'more article')}",
                    style="dim",
                )
            )

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        event.stop()
        data = event.node.data
        if data and data[0] == "entity":
            self.post_message(self.EntityHighlighted(data[1]))

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        data = event.node.data
        if data and data[0] == "article":
            self.post_message(self.ArticleChosen(data[1], data[2]))
