"""``newsreader compare A B``: compare two articles without opening the reader.

A and B are article files, or ids of the bundled sample articles (a unique prefix such
as ``000`` will do). Prints the comparison as JSON (issue #5's schema, offsets into
each article's text as ``newsreader analyze`` gives it), Markdown or self-contained
HTML, to stdout or to ``--output``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from tui.cli import CliError
from tui.core.compare.summary import Comparison, compare_articles, to_json
from tui.core.models import Article, ArticleAnalysis

FORMATS = ("json", "markdown", "html")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``A B [--format] [--output] [--theme]``."""
    parser.add_argument("left", metavar="A", help="article file, or a bundled article id/prefix")
    parser.add_argument("right", metavar="B", help="article file, or a bundled article id/prefix")
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--theme", metavar="NAME", help="colour theme for --format html (default: newsprint)"
    )


def run(args: argparse.Namespace) -> int:
    """Load both articles, analyse them together, print the comparison."""
    left = resolve_article(args.left)
    right = resolve_article(args.right)
    left_analysis, right_analysis = _analyse(left, right)
    comparison = compare_articles(left, right, left_analysis, right_analysis)
    output = render(comparison, args.format, theme=getattr(args, "theme", None))
    if args.output:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(output)
    return 0


def render(comparison: Comparison, fmt: str, *, theme: str | None = None) -> str:
    """The comparison in one of :data:`FORMATS`."""
    if fmt == "json":
        from tui.core.text import json_safe

        return json_safe(json.dumps(to_json(comparison), ensure_ascii=False, indent=2)) + "\n"
    from tui.core.compare.export import render_html, render_markdown

    if fmt == "markdown":
        return render_markdown(comparison)
    return render_html(comparison, _palette(theme))


def resolve_article(ref: str) -> Article:
    """An article from a file path, else from a bundled article id or unique id prefix."""
    from tui.core.corpus.loader import load_corpus

    if os.path.exists(ref):
        report = load_corpus([ref])
        if not report.articles:
            reason = "; ".join(r for _p, r in report.skipped) or "no article found"
            raise CliError(f"cannot read {ref}: {reason}")
        if len(report.articles) > 1:
            raise CliError(f"{ref} holds {len(report.articles)} articles; give a single article")
        return report.articles[0]
    from tui.paths import bundled_seeds_dir

    seeds = load_corpus([bundled_seeds_dir()]).articles
    exact = [a for a in seeds if a.id == ref]
    if exact:
        return exact[0]
    matches = [a for a in seeds if a.id.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(a.id for a in matches[:5])
        raise CliError(f"'{ref}' matches several sample articles: {ids}")
    raise CliError(f"no such file, and no sample article id starts with '{ref}'")


def _analyse(left: Article, right: Article) -> tuple[ArticleAnalysis, ArticleAnalysis]:
    """Entities and quotes of both articles, names resolved across the two, through
    the shared analysis cache."""
    from tui.core.models import LoadReport
    from tui.core.service.corpus import CorpusService

    pair = [left] if left.id == right.id else [left, right]
    try:
        result = CorpusService.of_report(LoadReport(pair)).analyse()
    except ImportError as exc:  # analysis modules not installed: compare text only
        from tui.cli import echo_error

        echo_error(f"newsreader: warning: no entity or quote analysis ({exc})")
        return ArticleAnalysis(left.id), ArticleAnalysis(right.id)
    if result is None:
        raise KeyboardInterrupt
    found = result.corpus.articles
    return found[left.id], found[right.id]


def _palette(theme: str | None) -> dict[str, str] | None:
    """Theme colours and variables by name; ``None`` keeps the export's defaults."""
    if not theme:
        return None
    from tui.core.themes import load_themes
    from tui.paths import bundled_themes_dir, user_themes_dir

    loaded = load_themes([bundled_themes_dir(), user_themes_dir()])
    spec = loaded.specs.get(theme)
    if spec is None:
        names = ", ".join(sorted(loaded.specs)) or "none"
        raise CliError(f"unknown theme '{theme}' (available: {names})")
    return {**spec.colors, **spec.variables}
