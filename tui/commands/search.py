"""``newsreader search``: the palette's search engine on the command line.

Same index and ranking as the reader's palette (:mod:`tui.core.search.searcher`), over article
titles, entities, quotes and sentences. JSON output is a stable interface:
``{"query", "hits": [{"kind", "article_id", "start", "end", "text", "score"}]}`` with
offsets into each article's ``text`` as ``newsreader analyze`` prints it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from tui.core.search.searcher import SearchHit

KINDS = ("article", "entity", "quote", "sentence")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``search QUERY [PATH…] [--kind K] [--limit N] [--format json|table]``."""
    from tui.cli import add_paths_argument

    parser.add_argument(
        "query", metavar="QUERY", help="words to find (accents, case and typos are forgiven)"
    )
    add_paths_argument(parser)
    parser.add_argument(
        "--kind",
        choices=KINDS,
        action="append",
        help="only hits of this kind (repeatable; default: all)",
    )
    parser.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N hits (default 20)"
    )
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json (default, machine-readable) or table (for people)",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def run(args: argparse.Namespace) -> int:
    """Load and analyse the corpus, index it, search once and print the hits."""
    from tui.cli import open_corpus
    from tui.commands.analyze import corpus_analysis

    service = open_corpus(args.paths, echo=True)
    report = service.report
    corpus_analysis(service)
    index = service.search_index()
    hits = index.search(args.query, kinds=args.kind or KINDS, limit=args.limit)
    if args.format == "table":
        print_table(args.query, hits, {a.id: a.title for a in report.articles})
    else:
        from tui.commands.analyze import write_json

        write_json(search_json(args.query, hits))
    return 0


def search_json(query: str, hits: Sequence[SearchHit]) -> dict[str, Any]:
    """The documented JSON document for one query's hits."""
    return {"query": query, "hits": [h.to_json() for h in hits]}


def print_table(query: str, hits: Sequence[SearchHit], titles: dict[str, str]) -> None:
    """A Rich table of the hits, matched characters in bold."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tui.core.text import visible_controls

    console = Console()
    shown_query = visible_controls(repr(query))
    if not hits:
        console.print(Text(f"No hit for {shown_query}."))
        return
    table = Table(title=Text(f"{len(hits)} hits for {shown_query}"), show_lines=False)
    table.add_column("kind")
    table.add_column("score", justify="right")
    table.add_column("article")
    table.add_column("at", justify="right")
    table.add_column("text", overflow="fold")
    for hit in hits:
        text = Text(visible_controls(hit.text))
        for p in hit.positions:
            text.stylize("bold reverse", p, p + 1)
        if hit.detail and hit.detail != hit.text and hit.kind in ("entity", "quote"):
            text.append(visible_controls(f"  — {hit.detail}"), style="dim")
        title = Text(visible_controls(titles.get(hit.article_id, hit.article_id)[:40]))
        table.add_row(hit.kind, f"{hit.score:.1f}", title, f"{hit.start}–{hit.end}", text)
    console.print(table)
