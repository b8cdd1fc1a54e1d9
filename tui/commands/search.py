"""``newsreader search``: the palette's search engine on the command line.

Same index, ranking and query syntax (filters, phrases, exclusions:
:mod:`tui.core.search.query`) as the reader's palette, over article titles, entities,
quotes and sentences. JSON output is a stable interface:
``{"query", "hits": [{"kind", "article_id", "start", "end", "text", "score"}]}`` with
offsets into each article's ``text`` as ``newsreader analyze`` prints it; an entity hit
also lists ``articles``, every article that names it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from tui.core.search.searcher import SearchHit

KINDS = ("article", "entity", "quote", "sentence")


SYNTAX = """query syntax (filters combine with AND; accents and case never matter):
  poutine kim                  hits with every word (prefixes and typos forgiven)
  "grande victoire"            the exact phrase (also “…” or «…»)
  speaker:peskov               quotes of a speaker
  entity:kirby                 in articles that name an entity
  source:"le monde"            from an outlet (quote a value with spaces)
  lang:fr                      in a language (fr, en, other)
  date:2024-05-01              on a day, a month (2024-05) or a year (2024)
  date:2024-05-01..2024-05-31  in a range; either end may be left open (..2024-05-31)
  -kirby  -"a déclaré"  -source:rfi    without a word, a phrase or a field
A query of filters only lists the articles they keep (the quotes, for speaker:)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``search QUERY [PATH…] [--kind K] [--limit N] [--format json|table]``."""
    from tui.cli import add_paths_argument

    parser.epilog = SYNTAX
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "query",
        metavar="QUERY",
        help="words, phrases and filters to find (see below); quote it for the shell",
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
    from tui.cli import CliError, open_corpus
    from tui.commands.analyze import corpus_analysis
    from tui.core.search.query import parse_query
    from tui.core.text import visible_controls

    query = parse_query(args.query)
    if query.problems:
        raise CliError(visible_controls(query.problems[0]))
    service = open_corpus(args.paths, echo=True)
    report = service.report
    corpus_analysis(service)
    index = service.search_index()
    hits = index.search(query, kinds=args.kind or KINDS, limit=args.limit)
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
    from tui.core.wording import counted

    console = Console()
    shown_query = visible_controls(repr(query))
    if not hits:
        console.print(Text(f"No hit for {shown_query}."))
        return
    table = Table(title=Text(f"{counted(len(hits), 'hit')} for {shown_query}"), show_lines=False)
    table.add_column("kind")
    table.add_column("score", justify="right")
    table.add_column("id", no_wrap=True)
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
        ids = [hit.article_id] + [i for i in hit.article_ids if i != hit.article_id]
        shown_ids = "\n".join(ids[:3]) + (f"\n+{len(ids) - 3} more" if len(ids) > 3 else "")
        table.add_row(
            hit.kind,
            f"{hit.score:.1f}",
            Text(visible_controls(shown_ids)),
            title,
            f"{hit.start}–{hit.end}",
            text,
        )
    console.print(table)
