"""The overview for people: Markdown, self-contained HTML and CSV tables.

Every text from the files (titles, outlets, names, quotes) is escaped for its format
and has its control characters shown (ESC as ␛), never written raw. Bars are drawn with
block characters, so they read in a terminal, a Markdown preview and a spreadsheet.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tui.core.overview.build import Overview
from tui.core.text import visible_controls

BAR_WIDTH = 24
_EIGHTHS = " ▏▎▍▌▋▊▉"
#: Outlets with a column of their own in the tables (the rest are summed in one).
MAX_OUTLETS = 20
CSV_TABLES = ("speakers", "names", "groups", "timeline", "reuse")


def bar(value: float, maximum: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of ``value`` out of ``maximum``, ``width`` cells at most."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = max(1, round(min(value, maximum) / maximum * width * 8))
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def rows_of(overview: Overview, table: str) -> tuple[list[str], list[list[Any]]]:
    """One view as a header and rows of plain values (CSV, Markdown and HTML tables)."""
    ov = overview
    if table == "speakers":
        outlets, more = _columns(ov.speakers.outlets)
        head = ["speaker", "quotes", *outlets, *more]
        body = [
            [r.speaker, r.total, *_dense(r.counts, r.total, outlets, more)]
            for r in ov.speakers.rows
        ]
        return head, body
    if table == "names":
        outlets, more = _columns(ov.names.outlets)
        head = ["name", "label", "mentions", "only in", *outlets, *more]
        return head, [
            [r.name, r.label, r.total, r.only or "", *_dense(r.counts, r.total, outlets, more)]
            for r in ov.names.rows
        ]
    if table == "groups":
        head = [
            "speaker",
            "quote",
            "first article",
            "first outlet",
            "articles",
            "outlets",
            "versions",
        ]
        body = [
            [
                g.speaker,
                g.first.text,
                g.first.article_id,
                g.first.outlet,
                len(g.articles),
                len(g.outlets),
                "; ".join(f"{v.relation}: {v.quote.article_id}" for v in g.versions[1:]),
            ]
            for g in ov.groups
        ]
        return head, body
    if table == "timeline":
        infos = {a.id: a for a in ov.articles}
        head = ["article", "date", "outlet", "title", "new quotes", "new names"]
        return head, [
            [
                e.article_id,
                infos[e.article_id].date or "",
                infos[e.article_id].outlet,
                infos[e.article_id].title,
                len(e.new_quotes),
                "; ".join(e.new_names),
            ]
            for e in ov.timeline
        ]
    if table == "reuse":
        head = ["article", "source", "share"]
        return head, [[r.article_id, r.source or "", r.share] for r in ov.reuse]
    raise ValueError(f"unknown table: {table}")


def _columns(outlets: Sequence[str]) -> tuple[list[str], list[str]]:
    """The outlets given a column each, and the column summing the rest (if any)."""
    shown = list(outlets[:MAX_OUTLETS])
    rest = len(outlets) - len(shown)
    return shown, [f"{rest} other outlets"] if rest > 0 else []


def _dense(counts: dict[str, int], total: int, outlets: list[str], more: list[str]) -> list[int]:
    values = [counts.get(outlet, 0) for outlet in outlets]
    return [*values, total - sum(values)] if more else values


def render_csv(overview: Overview, table: str = "speakers") -> str:
    """One view as CSV (controls shown; a cell a spreadsheet would run as a formula is
    prefixed with an apostrophe)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    head, body = rows_of(overview, table)
    writer.writerow([_csv_cell(v) for v in head])
    for row in body:
        writer.writerow([_csv_cell(v) for v in row])
    return out.getvalue()


def _csv_cell(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = visible_controls(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#]|!(?=\[))")
_SPACES = re.compile(r"\s+")


def _md(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", visible_controls(text))).strip()


def _md_table(head: Sequence[str], body: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in head) + " |", "|" + " --- |" * len(head)]
    lines.extend("| " + " | ".join(_md(v) for v in row) + " |" for row in body)
    return lines


def render_markdown(overview: Overview) -> str:
    """Every view as Markdown sections, quotes per outlet as a bar chart."""
    ov = overview
    lines = [f"# Overview of {len(ov.articles)} articles", "", "## Quotes per outlet", ""]
    lines.extend(_md_table(["outlet", "quotes", ""], _outlet_bars(ov)))
    titles = {
        "speakers": "Who said what",
        "names": "Names by outlet",
        "groups": "Quotes that travelled",
        "timeline": "Timeline",
        "reuse": "Shared text",
    }
    for table, title in titles.items():
        lines += ["", f"## {title}", ""]
        head, body = rows_of(ov, table)
        lines.extend(_md_table(head, body) if body else ["None."])
    return "\n".join(lines) + "\n"


def _outlet_bars(ov: Overview) -> list[list[object]]:
    counts = ov.speakers.per_outlet()
    top = max((n for _o, n in counts), default=0)
    return [[outlet, n, bar(n, top)] for outlet, n in counts]


def render_html(overview: Overview) -> str:
    """Every view as one self-contained HTML page (no script, no external file)."""
    ov = overview
    esc: Callable[[object], str] = lambda v: html.escape(visible_controls(str(v)))  # noqa: E731
    parts = [
        "<!doctype html>",
        '<html><head><meta charset="utf-8"><title>newsreader overview</title>',
        "<style>body{font-family:sans-serif;margin:2em;background:#f4f1ea;color:#1f1d1a}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd5c3;"
        "padding:.2em .5em;text-align:left}td.n{text-align:right}"
        ".bar{background:#7a1f1f;height:.8em;display:inline-block}</style></head><body>",
        f"<h1>Overview of {len(ov.articles)} articles</h1>",
        "<h2>Quotes per outlet</h2><table>",
    ]
    counts = ov.speakers.per_outlet()
    top = max((n for _o, n in counts), default=0) or 1
    for outlet, n in counts:
        width = round(n / top * 240)
        parts.append(
            f'<tr><td>{esc(outlet)}</td><td class="n">{n}</td>'
            f'<td><span class="bar" style="width:{width}px"></span></td></tr>'
        )
    parts.append("</table>")
    for table, title in (
        ("speakers", "Who said what"),
        ("names", "Names by outlet"),
        ("groups", "Quotes that travelled"),
        ("timeline", "Timeline"),
        ("reuse", "Shared text"),
    ):
        head, body = rows_of(ov, table)
        parts.append(f"<h2>{title}</h2><table><tr>")
        parts.extend(f"<th>{esc(h)}</th>" for h in head)
        parts.append("</tr>")
        for row in body:
            cells = (
                f'<td class="n">{esc(v)}</td>'
                if isinstance(v, int | float)
                else f"<td>{esc(v)}</td>"
                for v in row
            )
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
