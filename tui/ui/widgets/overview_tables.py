"""Filling the overview's tables and lists from its records.

A corpus can have thousands of outlets (an unsigned article is an outlet of its own)
and speakers: the tables show the outlets with the most quotes or mentions and sum the
rest in one column, and list the first rows only, saying how many were left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.option_list import Option

from tui.core.models import Article
from tui.core.overview.build import Overview
from tui.core.overview.common import QuoteRef
from tui.core.overview.names_by_outlet import NameMatrix, NameRow
from tui.core.overview.who_said_what import SpeakerMatrix
from tui.ui.render import plain

#: Outlet columns shown; the others are summed in one column.
MAX_OUTLETS = 10
#: Rows a table shows.
MAX_ROWS = 1000
#: The names view's label filter cycles through these (None: every label).
LABELS: tuple[str | None, ...] = (None, "PER", "ORG", "LOC", "MISC")
OTHERS = "others"
ONLY_MARK = "◆"


def _short(name: str, width: int = 18) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _columns(table: DataTable, first: Sequence[str], outlets: Sequence[str]) -> None:
    table.clear(columns=True)
    for name in first:
        table.add_column(plain(name), key=name)
    for outlet in outlets[:MAX_OUTLETS]:
        table.add_column(plain(_short(outlet)), key=outlet)
    if len(outlets) > MAX_OUTLETS:
        table.add_column(f"{len(outlets) - MAX_OUTLETS} {OTHERS}", key=OTHERS)


def _counts(counts: Mapping[str, int], total: int, outlets: Sequence[str]) -> list[Text]:
    values = [counts.get(outlet, 0) for outlet in outlets[:MAX_OUTLETS]]
    shown = [Text(str(n) if n else "·", justify="right") for n in values]
    if len(outlets) > MAX_OUTLETS:
        shown.append(Text(str(total - sum(values)), justify="right"))
    return shown


def fill_speakers(table: DataTable, matrix: SpeakerMatrix) -> None:
    """Speakers by outlet: a row per speaker (keyed by name), a column per outlet."""
    _columns(table, ("speaker", "quotes"), matrix.outlets)
    for row in matrix.rows[:MAX_ROWS]:
        table.add_row(
            plain(row.speaker),
            Text(str(row.total), justify="right"),
            *_counts(row.counts, row.total, matrix.outlets),
            key=row.speaker,
        )


def fill_names(table: DataTable, matrix: NameMatrix, rows: Sequence[NameRow]) -> None:
    """Names by outlet, ◆ marking a name only one outlet carries."""
    _columns(table, ("name", "label", "mentions", "only in"), matrix.outlets)
    for row in rows[:MAX_ROWS]:
        only = plain(f"{ONLY_MARK} {_short(row.only)}") if row.only else Text("")
        table.add_row(
            plain(row.name),
            row.label,
            Text(str(row.total), justify="right"),
            only,
            *_counts(row.counts, row.total, matrix.outlets),
            key=row.name,
        )


def fill_timeline(table: DataTable, overview: Overview, articles: Mapping[str, Article]) -> None:
    """The articles by date: what each adds to those before it (keyed by article id)."""
    table.clear(columns=True)
    for name in ("date", "outlet", "article", "new quotes", "names first mentioned"):
        table.add_column(name, key=name)
    infos = {a.id: a for a in overview.articles}
    for entry in overview.timeline[:MAX_ROWS]:
        info = infos.get(entry.article_id)
        article = articles.get(entry.article_id)
        title = (article.title if article else "") or entry.article_id
        names = ", ".join(entry.new_names[:6]) + (" …" if len(entry.new_names) > 6 else "")
        table.add_row(
            (info.date if info else None) or "—",
            plain(_short(info.outlet if info else "")),
            plain(_short(title, 48)),
            Text(str(len(entry.new_quotes)), justify="right"),
            plain(names),
            key=entry.article_id,
        )


def quote_option(quote: QuoteRef, title: str) -> Option:
    """A quote of a who-said-what cell: its words, then the article it is in."""
    words = quote.text.replace("\n", " ")
    line = Text.assemble("« ", plain(words if len(words) <= 120 else words[:119] + "…"), " »")
    where = plain(f"{quote.outlet} · {title or quote.article_id}")
    where.stylize("dim")
    return Option(Text.assemble(line, "\n", where))
