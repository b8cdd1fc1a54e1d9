"""``newsreader fetch URL|FEED|OPML… [--into DIR]``: save the news where it lives as files.

Downloads pages and feeds (a subscription list names its feeds), extracts each
article's text and saves it as Markdown with front matter into a folder the reader
and every other command open like any other. A progress bar runs on stderr; each
source that fails gets one line there, and what was fetched is kept. The exit status
is 1 only when nothing at all could be fetched.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``fetch SOURCE… [--into DIR] [--timeout S]``."""
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="web addresses of pages or feeds, saved feeds or pages, OPML files, "
        "or a feeds.txt (one address per line)",
    )
    parser.add_argument(
        "--into",
        metavar="DIR",
        type=Path,
        default=None,
        help="folder to save the articles in (default: a folder under the user data dir)",
    )
    parser.add_argument(
        "--timeout",
        metavar="S",
        type=float,
        default=15.0,
        help="seconds to wait for each response (default: 15)",
    )


def default_folder() -> Path:
    """Where fetched articles go when no ``--into`` is given."""
    from tui.paths import data_dir

    return data_dir() / "fetched"


def run(args: argparse.Namespace) -> int:
    """Fetch the sources, save the new articles and summarise on stdout."""
    from tui.cli import PROG, CliError, echo_error
    from tui.core.harvest.run import harvest
    from tui.core.harvest.saving import ArticleFolder
    from tui.core.web.fetch import Fetcher, Policy

    if not 0 < args.timeout <= 600:
        raise CliError("--timeout must be between 0 and 600 seconds")
    target: Path = args.into or default_folder()
    try:
        folder = ArticleFolder(target)
    except OSError as exc:
        raise CliError(f"cannot use {target} ({exc.strerror or exc})") from exc
    for warning in folder.warnings:
        echo_error(f"{PROG}: warning: {warning}")
    err = Console(stderr=True)
    with Fetcher(Policy(timeout=args.timeout)) as fetcher, _progress_bar(err) as bar:
        task = bar.add_task("Fetching", total=None, what="")

        def on_progress(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=max(total, 1), what=_short(what))

        outcome = harvest(args.sources, folder, fetcher, on_progress)
    for line in outcome.notes:
        echo_error(f"{PROG}: warning: {line}")
    for line in outcome.failures:
        echo_error(f"{PROG}: {line}")
    print(_summary(outcome, target))
    return 0 if outcome.answered else 1


def _summary(outcome, target: Path) -> str:
    parts = [f"{len(outcome.saved)} new article{'s' if len(outcome.saved) != 1 else ''}"]
    if outcome.duplicates:
        parts.append(f"{outcome.duplicates} already saved")
    if outcome.unchanged:
        parts.append(f"{outcome.unchanged} unchanged since the last fetch")
    if outcome.summaries:
        parts.append(f"{outcome.summaries} saved as the feed's summary only")
    if outcome.failures:
        parts.append(f"{len(outcome.failures)} problem{'s' if len(outcome.failures) != 1 else ''}")
    return f"{', '.join(parts)} in {target}"


def _short(text: str, width: int = 50) -> str:
    from tui.core.text import visible_controls

    text = visible_controls(text)
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _progress_bar(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[what]}", markup=False),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # a log file gets the summary lines, not frames
    )
