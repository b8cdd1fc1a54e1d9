"""Command palette providers: one box over the corpus and over newsreader's commands.

:class:`CorpusProvider` searches article titles and sources, entities, quotes and
sentences with the core search engine; :class:`ActionsProvider` searches commands
(themes, layer toggles, panels, comparisons) with the same engine, over a small index
of their titles. Searching runs in a single worker thread per palette, so typing
never waits on it, and keystrokes reuse the previous one's candidates. Hits keep the
core's ranking (its score, scaled to the palette's 0..1) and show their category and
the matched characters. The core search modules are imported only in that thread.

Everything shown is a :class:`rich.text.Text` built from literal strings with their
control characters made visible, never a markup string: a title such as
``Sommet de Berlin [/ hier`` (or one cut inside a ``[…]``) cannot break the palette,
and an escape sequence in a title cannot reach the terminal.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.command import Hit, Hits, Provider

from tui.core.text import visible_controls
from tui.ui.fetching import fetch_folder_feeds
from tui.ui.render import marked_text, plain

LIMIT = 40
"""Hits shown per provider."""
DISCOVER_ARTICLES = 8
"""Articles the palette opens on, before the commands."""
DISCOVER_ARTICLES_SCORE = 0.9
DISCOVER_COMMANDS_SCORE = 0.5
"""Opening ranks: above Textual's own commands (0), articles above newsreader's commands."""
ENTITY_TITLES = 3
"""Article titles an entity hit's second line names."""
COMPARE_WEIGHT = 0.6
"""Comparison commands rank below corpus hits unless the query starts with "comp"."""
EXCERPT = 90
"""Characters of a long sentence or quote shown around its first match."""


def excerpt(text: str, positions: tuple[int, ...], width: int = EXCERPT) -> tuple[str, list[int]]:
    """Cut ``text`` to about ``width`` characters around its first matched position."""
    flat = text.replace("\n", " ")
    if len(flat) <= width:
        return flat, list(positions)
    first = positions[0] if positions else 0
    start = max(0, min(first - width // 3, len(flat) - width))
    end = start + width
    piece = flat[start:end]
    shift = start
    if start > 0:
        piece = "…" + piece[1:]
    if end < len(flat):
        piece = piece[:-1] + "…"
    return piece, [p - shift for p in positions if start <= p < end]


class _SearchProvider(Provider):
    """Shared plumbing: one worker thread per palette, highlight style from the theme."""

    def __init__(self, screen, match_style=None) -> None:
        super().__init__(screen, match_style)
        self._pool: ThreadPoolExecutor | None = None
        self._searcher: Any = None

    async def startup(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="palette")

    async def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    async def _in_thread(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(function, *args, **kwargs))

    def _mark_style(self) -> Style:
        theme = self.app.current_theme
        return Style(bold=True, underline=True, color=theme.accent or theme.primary)


class CorpusProvider(_SearchProvider):
    """Articles, entities, quotes and sentences of the reader's corpus."""

    async def search(self, query: str) -> Hits:
        from tui.ui.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen) or not query.strip():
            return
        problems, hits = await self._in_thread(self._find, screen, query)
        for problem in problems:
            shown = visible_controls(f"query: {problem}")
            yield Hit(1.0, plain(shown), _nothing, text=shown)
        style = self._mark_style()
        for hit in hits:
            yield Hit(
                hit.score / 100.0,
                with_help(corpus_hit_text(hit, style), _help(hit, screen)),
                _opener(screen, hit, query),
                text=visible_controls(f"{hit.kind}: {hit.text}"),
            )

    async def discover(self) -> Hits:
        """The palette opens on the articles (after the open one), then the commands."""
        from tui.ui.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return
        current = screen.current_article
        shown = [a for a in screen.articles if a is not current][:DISCOVER_ARTICLES]
        for rank, article in enumerate(shown):
            title = visible_controls(f"article: {article.title or article.id}")
            about = " · ".join(p for p in (article.source, article.date, article.id) if p)
            yield Hit(
                DISCOVER_ARTICLES_SCORE - rank / 1000,
                with_help(plain(title), _dim(about)),
                partial(screen.reveal, article.id, 0, 0, label="article"),
                text=title,
            )

    def _find(self, screen, query: str) -> tuple[tuple[str, ...], list]:
        """Worker thread: the screen's index (a quick one while analysis runs), and what
        in the query could not be understood."""
        index = screen.analysis.searchable(screen.articles)
        if self._searcher is None or self._searcher.index is not index:
            from tui.core.search.searcher import Searcher

            self._searcher = Searcher(index)
        from tui.core.search.query import parse_query

        parsed = parse_query(query)
        kinds = ("article", "entity", "quote", "sentence")
        return parsed.problems, self._searcher.search(parsed, kinds=kinds, limit=LIMIT)


def _nothing() -> None:
    """What choosing an explanation line does."""


def _opener(screen, hit, query: str) -> Callable[[], None]:
    """What Enter does on a hit: reveal it; for an entity, its mention in the next
    article that names it after the open one (the first when the open one does not)."""
    if hit.kind != "entity" or not hit.mentions:
        return partial(screen.reveal, hit.article_id, hit.start, hit.end, label=query)

    def open_next() -> None:
        current = screen.current_article
        ids = [m[0] for m in hit.mentions]
        at = ids.index(current.id) + 1 if current is not None and current.id in ids else 0
        article_id, start, end = hit.mentions[at % len(ids)]
        screen.reveal(article_id, start, end, label=hit.detail or hit.text)

    return open_next


def _dim(line: str) -> Text | None:
    if not line:
        return None
    text = plain(line)
    text.stylize("dim")
    return text


def corpus_hit_text(hit, style: Style) -> Text:
    """``kind: text`` with the matched characters styled; long texts cut around them."""
    shown, positions = excerpt(hit.text, hit.positions)
    return marked_text(shown, positions, style, prefix=f"{hit.kind}: ")


def with_help(display: Text, help_line: Text | None) -> Text:
    """A hit's line with its help line under it, dimmed, as one :class:`Text`.

    Textual reads a hit's ``help`` as markup, which no escaping makes safe for any
    title (an unclosed ``[/…``, backslashes), so the help line travels in the prompt.
    """
    if help_line is None:
        return display
    return Text.assemble(display, "\n", help_line, end="")


def _articles_line(hit, screen) -> str:
    """``in 3 articles: A; B; C`` (titles cut), or the one article's title."""
    ids = hit.article_ids
    titles = [_short(screen.title_of(i), 30) for i in ids]
    if len(titles) == 1:
        return titles[0]
    listed = "; ".join(titles[:ENTITY_TITLES])
    more = f"; +{len(titles) - ENTITY_TITLES}" if len(titles) > ENTITY_TITLES else ""
    return f"in {len(titles)} articles: {listed}{more}"


def _help(hit, screen) -> Text | None:
    """The line under a hit: speaker, canonical name or article, literally."""
    title = screen.title_of(hit.article_id)
    if len(title) > 60:
        title = title[:59] + "…"
    if hit.kind == "entity":
        name = hit.detail if hit.detail and hit.detail != hit.text else None
        parts = [p for p in (name, str(hit.payload or ""), _articles_line(hit, screen)) if p]
    elif hit.kind == "quote":
        parts = [f"— {hit.detail or 'speaker not stated'}", title]
    elif hit.kind == "article":
        parts = [hit.detail] if hit.detail else []
    else:
        parts = [title]
    if not parts:
        return None
    line = plain(" · ".join(parts))
    line.stylize("dim")
    return line


class ActionsProvider(_SearchProvider):
    """newsreader's commands: themes, layers, panels and article comparisons."""

    async def startup(self) -> None:
        await super().startup()
        self._commands = list(palette_commands(self.screen))

    async def search(self, query: str) -> Hits:
        if not self._commands or not query.strip():
            return
        hits = await self._in_thread(self._find, query)
        style = self._mark_style()
        for hit in hits:
            yield Hit(
                command_score(hit.text, hit.score, query),
                marked_text(hit.text, hit.positions, style),
                hit.payload,
                text=visible_controls(hit.text),
            )

    async def discover(self) -> Hits:
        """The everyday commands, after the articles; themes and pairs wait for a query."""
        useful = [(t, a) for t, a in self._commands if not t.startswith("theme:") and "↔" not in t]
        for rank, (title, action) in enumerate(useful):
            shown = visible_controls(title)
            yield Hit(DISCOVER_COMMANDS_SCORE - rank / 1000, plain(shown), action, text=shown)

    def _find(self, query: str) -> list:
        if self._searcher is None:
            from tui.core.search.searcher import Searcher, SearchIndex

            self._searcher = Searcher(SearchIndex([], commands=self._commands))
        return self._searcher.search(query, kinds=("command",), limit=LIMIT)


def command_score(title: str, score: float, query: str) -> float:
    """A command hit's rank (0–1) from the search score (0–100).

    A title matched inside "compare: A ↔ B" ranks below the article itself (a big
    corpus offers thousands of pairs), unless the query asks to compare.
    """
    rank = score / 100.0
    if title.startswith("compare:") and not query.lstrip().lower().startswith(("comp", "cmp")):
        rank *= COMPARE_WEIGHT
    return rank


def palette_commands(screen) -> Iterable[tuple[str, Callable[[], object]]]:
    """The commands the palette offers on ``screen``, as ``(title, action)``, the
    everyday ones first (the palette opens on them), then themes and article pairs."""
    from tui.ui.screens.reader import ReaderScreen

    app = screen.app
    reader = isinstance(screen, ReaderScreen)
    yield "help: every key binding", app.action_help
    if reader:
        yield from _reader_commands(screen)
    yield "quit: leave newsreader", app.action_quit
    for name in sorted(app.available_themes):
        yield f"theme: {name}", partial(setattr, app, "theme", name)
    if not reader:
        return
    for left, right in screen.compare_pairs():
        title = f"compare: {_short(screen.title_of(left))} ↔ {_short(screen.title_of(right))}"
        yield title, partial(screen.open_comparison, left, right)


def pick_comparison(screen) -> None:
    """Choose, in a list of titles, the article to compare the open one with."""
    from tui.ui.screens.article_picker import ArticlePicker

    current = screen.current_article
    if current is None:
        screen.notify("Open an article first.", timeout=3)
        return
    articles = list(screen.articles)
    here = screen.article_index(current.id)

    def chosen(index: int | None) -> None:
        if index is not None and 0 <= index < len(articles) and index != here:
            screen.open_comparison(current.id, articles[index].id)

    picker = ArticlePicker(articles, side="right", current=-1, other=here)
    screen.app.push_screen(picker, chosen)


def _reader_commands(screen) -> Iterable[tuple[str, Callable[[], object]]]:
    """The reader's own commands, most used first."""
    yield "compare: the open article with…", partial(pick_comparison, screen)
    yield "toggle: entity highlights", screen.action_toggle_entities
    yield "toggle: quote highlights", screen.action_toggle_quotes
    yield "panel: entities", screen.action_entity_panel
    yield "panel: quotes", screen.action_quote_panel
    yield "toggle: page furniture", screen.action_toggle_furniture
    yield (
        "fetch: the feeds listed in this folder (feeds.txt, .opml)",
        partial(fetch_folder_feeds, screen),
    )
    yield "overview: the corpus at a glance", screen.action_overview
    if screen.entity_filter is not None:
        yield "filter: clear the entity filter", partial(screen.filter_by_entity, None)


def _short(title: str, width: int = 38) -> str:
    return title if len(title) <= width else title[: width - 1].rstrip() + "…"
