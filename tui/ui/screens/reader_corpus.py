"""What the reader does when its corpus changes: a batch of a big corpus arrives, the
last file is in, or a reload finds new, changed or removed files."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from tui.core.models import LoadReport

if TYPE_CHECKING:
    from tui.ui.screens.reader import ReaderScreen


class CorpusUpdates:
    """Mixed into the reader screen (typed as it once per method), whose parts these
    methods keep in step."""

    def corpus_extended(self, report: LoadReport) -> None:
        """A batch of the rest of the corpus arrived: list it."""
        screen = cast("ReaderScreen", self)
        from tui.core.corpus.loader import unique_ids

        new = unique_ids(report.articles, taken=screen._taken)
        start = len(screen.articles)
        screen.articles.extend(new)
        for offset, article in enumerate(new):
            screen._ids[article.id] = start + offset
        screen.article_list.add_articles(new)
        screen.app.notify_load(LoadReport(skipped=report.skipped, warnings=report.warnings))  # type: ignore[attr-defined]
        screen.keeper.follow()
        screen.sidebar.update_title()
        screen.show_legend()

    def corpus_complete(self) -> None:
        """The whole corpus is loaded: keep it for a fast reopening, and analyse it."""
        screen = cast("ReaderScreen", self)
        screen.loader.keep_snapshot()
        screen.sidebar.update_title()
        screen.show_legend()
        screen.analysis.start()

    def corpus_replaced(self, report: LoadReport, changed: int) -> None:
        """A reload found new, changed or removed files: show the new corpus."""
        screen = cast("ReaderScreen", self)
        current = screen.current_article
        screen.analysis.forget(report.articles)
        screen.articles = list(report.articles)
        screen._ids = {a.id: i for i, a in enumerate(screen.articles)}
        screen._taken = set(screen._ids)
        screen.sidebar.show_counts(None)
        screen.article_list.replace_articles(screen.articles, keep=current.id if current else None)
        screen.keeper.corpus_replaced()
        screen.index = None
        if screen.articles:
            same = screen._ids.get(current.id) if current is not None else None
            keep_at = screen.body.top_offset() if same is not None else None
            screen.open_article(same if same is not None else 0, user=False, at=keep_at)
        screen.app.notify_load(report)  # type: ignore[attr-defined]
        screen.notify(
            f"Reloaded: {changed} file{'s' if changed != 1 else ''} new, changed or gone."
        )
        screen.loader.keep_snapshot()
        screen.sidebar.apply()
        screen.analysis.start()
