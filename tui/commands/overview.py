"""``newsreader overview``: the corpus at a glance, for spreadsheets and articles.

Who is quoted in which outlet, the names one outlet alone carries, the quotes that
travelled between articles (cut and altered versions with their word differences),
each article's share of text taken from another, and the timeline. JSON (the default,
a documented stable schema), Markdown, self-contained HTML or CSV (one view per run,
chosen with ``--table``). The overview is kept beside the corpus analysis, so a
second run over an unchanged corpus only reads it back.
"""

from __future__ import annotations

import argparse

from tui.core.overview.export import CSV_TABLES

FORMATS = ("json", "markdown", "html", "csv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``overview [PATH…] [--format] [--table] [--output]``."""
    from tui.cli import add_paths_argument

    add_paths_argument(parser)
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument(
        "--table",
        choices=CSV_TABLES,
        default="speakers",
        help="the view --format csv writes (default: speakers)",
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")


def run(args: argparse.Namespace) -> int:
    """Open and analyse the corpus, then print its overview."""
    from tui.cli import open_corpus, write_output
    from tui.commands.analyze import corpus_analysis
    from tui.core.overview.store import overview_of

    service = open_corpus(args.paths, echo=True)
    corpus = corpus_analysis(service)
    overview = overview_of(service.articles, corpus, service.key)
    if args.format == "json" and not args.output:
        from tui.commands.analyze import write_json
        from tui.core.overview.schema import to_json

        write_json(to_json(overview))
        return 0
    output = render(overview, args.format, table=args.table)
    write_output(output, args.output)
    return 0


def render(overview, fmt: str, *, table: str = "speakers") -> str:
    """The overview in one of :data:`FORMATS`."""
    if fmt == "json":
        from tui.commands.analyze import encode_document
        from tui.core.overview.schema import to_json
        from tui.core.text import json_safe

        return json_safe(encode_document(to_json(overview))) + "\n"
    from tui.core.overview.export import render_csv, render_html, render_markdown

    if fmt == "markdown":
        return render_markdown(overview)
    if fmt == "html":
        return render_html(overview)
    return render_csv(overview, table)
