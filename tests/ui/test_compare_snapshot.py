"""Snapshots of the comparison view on two seeds (pytest-textual-snapshot).

The entities and quotes are fixed here, found by plain string search, so the
pictures change with the view (and the sentence alignment) only, not with the
extraction rules. Regenerate after an intended visual change with
``pytest tests/ui/test_compare_snapshot.py --snapshot-update``.
"""

from __future__ import annotations

import re

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.ui.demo import demo_app
from tui.ui.screens.compare import CompareScreen

SIZE = (120, 36)
NAMES = {
    "Vladimir Poutine": "PER",
    "Kim Jong Un": "PER",
    "Dmitri Peskov": "PER",
    "Kremlin": "ORG",
    "Pyongyang": "LOC",
    "Corée du Nord": "LOC",
    "États-Unis": "LOC",
}
_QUOTE = re.compile(r"«\s*([^«»]*?)\s*»")


def fixed_analysis(article: Article) -> ArticleAnalysis:
    """Entities for a few known names; every « … » a quote, Kim's victory claim his."""
    text = article.text
    entities = sorted(
        (
            Entity(m.start(), m.end(), name, label, name)  # type: ignore[arg-type]
            for name, label in NAMES.items()
            for m in re.finditer(re.escape(name), text)
        ),
        key=lambda e: e.start,
    )
    quotes = tuple(
        Quote(
            m.start(1),
            m.end(1),
            m.group(1),
            "Kim Jong Un" if "victoire" in m.group(1) else None,
            "speech",
        )
        for m in _QUOTE.finditer(text)
    )
    return ArticleAnalysis(article.id, tuple(entities), quotes)


def _opener(*keys: str):
    async def run_before(pilot) -> None:
        app = pilot.app
        articles = app.corpus.articles
        left, right = articles[0], articles[2]
        analyses = {a.id: fixed_analysis(a) for a in (left, right)}
        app.push_screen(CompareScreen(articles, left.id, right.id, analyses=analyses))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()

    return run_before


def test_compare_seeds(snap_compare):
    assert snap_compare(demo_app("newsprint"), run_before=_opener(), terminal_size=SIZE)


def test_compare_dark_theme_after_moving(snap_compare):
    assert snap_compare(demo_app("inkwell"), run_before=_opener("n", "n", "n"), terminal_size=SIZE)
