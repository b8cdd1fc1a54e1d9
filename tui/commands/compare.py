"""``newsreader compare A B``: compare two articles without opening the reader.

A and B name articles in one of three ways:

* with ``--in PATH…``, ids of the articles of that corpus, as ``newsreader search
  QUERY PATH… --format table`` lists them (a unique prefix will do);
* else a file holding one article, or ``FILE#ID`` for one article of a file (or
  folder) holding several: ``feed.jsonl#3`` is the object on line 3 of a JSON Lines
  file (item 3 of a JSON array), named ``feed#3`` by the loader; an object with an
  ``id`` field of its own goes by it (``feed.jsonl#dispatch-17``);
* else an id of the bundled sample articles (a unique prefix such as ``000`` will do).

Prints the comparison as JSON (offsets into each article's text as ``newsreader
analyze`` gives it), Markdown or self-contained HTML, to stdout or to ``--output``,
through the renderer the comparison view exports with.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from tui.cli import PROG, CliError, echo_error, write_output
from tui.core.compare.formats import (
    FORMATS,
    RefusedTheme,
    UnknownTheme,
    render_comparison,
    theme_palette,
)
from tui.core.compare.summary import compare_articles
from tui.core.models import Article, ArticleAnalysis

#: How many ids an error message lists.
_LISTED = 5


class NoSuchArticle(CliError):
    """No article goes by the id (or id prefix) given."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``A B [--in PATH…] [--format] [--output] [--theme]``."""
    parser.epilog = (
        "A and B: with --in, ids of that corpus (see `newsreader search QUERY PATH… "
        "--format table`); else FILE, FILE#ID (feed.jsonl#3: the object on line 3), "
        "or a bundled sample id; a unique id prefix will do."
    )
    parser.add_argument("left", metavar="A", help="article id, FILE, FILE#ID or sample id")
    parser.add_argument("right", metavar="B", help="article id, FILE, FILE#ID or sample id")
    parser.add_argument(
        "--in",
        dest="inputs",
        nargs="+",
        action="extend",
        metavar="PATH",
        help="look A and B up among the articles of these files and folders",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--theme", metavar="NAME", help="colour theme for --format html (default: newsprint)"
    )


def run(args: argparse.Namespace) -> int:
    """Load both articles, analyse them together, print the comparison."""
    left, right = resolve_pair(args.left, args.right, getattr(args, "inputs", None))
    palette = _palette(getattr(args, "theme", None))
    left_analysis, right_analysis = _analyse(left, right)
    comparison = compare_articles(left, right, left_analysis, right_analysis)
    output = render_comparison(comparison, args.format, palette)
    write_output(output, args.output)
    return 0


def resolve_pair(left: str, right: str, inputs: Sequence[str] | None) -> tuple[Article, Article]:
    """The two articles: ids of the ``inputs`` corpus when given, else references."""
    if inputs:
        from tui.cli import load_inputs

        articles = load_inputs(inputs).articles
        where = "the articles of " + " ".join(inputs)
        return pick_article(articles, left, where), pick_article(articles, right, where)
    pair = resolve_article(left), resolve_article(right)
    if pair[0].id == pair[1].id and pair[0].path != pair[1].path:
        from tui.core.corpus.loader import unique_ids  # two files of the same name

        renamed = unique_ids(pair)
        return renamed[0], renamed[1]
    return pair


def resolve_article(ref: str) -> Article:
    """An article from a file path, ``PATH#ID``, or a bundled article id or prefix."""
    if os.path.exists(ref):
        articles = _load(ref)
        if len(articles) > 1:
            raise CliError(
                f"{ref} holds {len(articles)} articles; name one as {ref}#ID"
                f" (ids: {_some_ids(articles)})"
            )
        return articles[0]
    for path, fragment in _splits(ref):
        if os.path.exists(path):
            return pick_article(_load(path), fragment, path, stem=Path(path).stem)
    from tui.core.corpus.loader import load_corpus
    from tui.paths import bundled_seeds_dir

    seeds = load_corpus([bundled_seeds_dir()]).articles
    try:
        return pick_article(seeds, ref, "the sample articles")
    except NoSuchArticle as exc:
        raise CliError(f"no such file, and no sample article id starts with '{ref}'") from exc


def _splits(ref: str) -> list[tuple[str, str]]:
    """Every way to read ``ref`` as ``PATH#ID``, the shortest path first (an id such
    as ``feed#3`` has a ``#`` of its own)."""
    return [(ref[:k], ref[k + 1 :]) for k, char in enumerate(ref) if char == "#" and k]


def pick_article(
    articles: Sequence[Article], ref: str, where: str, *, stem: str | None = None
) -> Article:
    """The article whose id is ``ref`` (``stem#ref`` for an item number of a file),
    else the one article whose id starts with ``ref``; a :class:`CliError` otherwise."""
    wanted = {ref, f"{stem}#{ref}"} if stem is not None else {ref}
    exact = [a for a in articles if a.id in wanted]
    if exact:
        return exact[0]
    matches = [a for a in articles if ref and a.id.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CliError(f"'{ref}' matches several ids in {where}: {_some_ids(matches)}")
    raise NoSuchArticle(f"no article '{ref}' in {where} (ids: {_some_ids(articles)})")


def _load(path: str) -> list[Article]:
    """Every article of one file or folder, or :class:`CliError` when there is none."""
    from tui.core.corpus.loader import load_corpus

    report = load_corpus([path])
    if not report.articles:
        reason = "; ".join(r for _p, r in report.skipped) or "no article found"
        raise CliError(f"cannot read {path}: {reason}")
    return report.articles


def _some_ids(articles: Sequence[Article]) -> str:
    ids = ", ".join(a.id for a in articles[:_LISTED])
    return ids + (f", … ({len(articles)} in all)" if len(articles) > _LISTED else "")


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
    """Theme colours and variables by name (the default theme when none is named);
    ``None`` leaves the export plain, when not even the default theme can be read."""
    from tui.core.themes import DEFAULT_THEME
    from tui.paths import bundled_themes_dir, user_themes_dir

    try:
        return theme_palette(theme or DEFAULT_THEME, [bundled_themes_dir(), user_themes_dir()])
    except RefusedTheme as exc:  # the user meant it: say why, and export anyway
        echo_error(f"{PROG}: warning: {exc}; the default colours are used")
        return _palette(None) if theme else None
    except UnknownTheme as exc:
        if not theme:
            return None
        raise CliError(str(exc)) from exc
