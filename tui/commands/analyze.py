"""``newsreader analyze``: the entities and quotes of a corpus, as JSON or a table.

The JSON is a stable interface that scoring scripts and other tools read, so its
shape is built in one function (:func:`analysis_json`) and documented in the README.
Offsets index each article's ``text``, which is printed alongside them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from tui.core.models import Article, CorpusAnalysis

if TYPE_CHECKING:
    from rich.text import Text

    from tui.core.service.corpus import CorpusService


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``analyze [PATH…] [--format json|table]``."""
    from tui.cli import add_engine_argument, add_paths_argument

    add_paths_argument(parser)
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json (default, machine-readable) or table (for people)",
    )
    add_engine_argument(parser, spacy=True)


def run(args: argparse.Namespace) -> int:
    """Load, analyse and print; skipped files and warnings go to stderr."""
    from tui.cli import CliError, open_corpus, select_engine

    engine = getattr(args, "engine", None)
    select_engine(engine)
    if engine == "spacy":
        from tui.core.analysis.engine_spacy import INSTALL_HINT, available

        if not available("fr"):
            raise CliError(f"the spaCy engine is not installed; run: {INSTALL_HINT}")
    service = open_corpus(args.paths, echo=True)
    report = service.report
    if engine == "spacy":
        from tui.core.analysis.engine_spacy import analyze_articles_spacy
        from tui.core.analysis.pipeline import merge_corpus

        articles = report.articles
        analysis = merge_corpus(analyze_articles_spacy(articles), articles)
    else:
        analysis = corpus_analysis(service)
    if args.format == "table":
        print_table(report.articles, analysis)
    else:
        write_json(analysis_json(report.articles, analysis))
    return 0


def corpus_analysis(service: CorpusService) -> CorpusAnalysis:
    """The corpus analysis through the shared cache; failed articles are reported."""
    from tui.cli import PROG, CliError, echo_error

    try:
        result = service.analyse()
    except ImportError as exc:
        raise CliError(f"the analysis engine is not available ({exc})") from exc
    if result is None:  # only a cancelled run has no result
        raise KeyboardInterrupt
    for problem in result.problems:
        echo_error(f"{PROG}: warning: {problem}")
    return result.corpus


ENTITY_KEYS = ("start", "end", "text", "label", "canonical")
"""The fields of each entity in the JSON, in order (as :func:`analysis_json` names them)."""
QUOTE_KEYS = ("start", "end", "text", "speaker", "kind", "source")
"""The fields of each quote in the JSON, in order (as :func:`analysis_json` names them)."""


def analysis_json(articles: Sequence[Article], analysis: Any) -> dict[str, Any]:
    """The documented JSON document for ``articles`` and their ``CorpusAnalysis``."""
    from tui.core.records import collection_paused

    with collection_paused():  # a hundred thousand dicts, none of them in a cycle
        out_articles = [_article_json(a, analysis) for a in articles]
    return {
        "articles": out_articles,
        "entities": [
            {
                "canonical": c.canonical,
                "label": c.label,
                "aliases": list(c.aliases),
                "articles": list(c.articles),
                "mentions": c.mentions,
            }
            for c in analysis.entities
        ],
    }


def _article_json(article: Article, analysis: Any) -> dict[str, Any]:
    """One article of the document: its fields, text, entities and quotes."""
    from tui.core.store.analysis_codec import field_tuples

    entities, quotes = field_tuples(analysis.articles, article.id, ENTITY_KEYS, QUOTE_KEYS)
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "url": article.url,
        "author": article.author,
        "language": article.language,
        "text": article.text,
        "entities": _entities_json(article.text, list(entities)),
        "quotes": [
            {"start": s, "end": e, "text": t, "speaker": speaker, "kind": kind, "source": src}
            for s, e, t, speaker, kind, src in quotes
        ],
    }


def _entities_json(text: str, entities: list[tuple]) -> list[dict[str, Any]]:
    """The article's entities, and the places and bodies named inside its
    organisations' names (``inside`` gives the name that holds them)."""
    from tui.core.entities.inner_names import inner_names

    rows: list[dict[str, Any]] = [
        {"start": s, "end": e, "text": t, "label": label, "canonical": canonical}
        for s, e, t, label, canonical in entities
    ]
    inner = inner_names(text, entities)
    if not inner:
        return rows
    rows += [
        {"start": n.start, "end": n.end, "text": n.text, "label": n.label,
         "canonical": n.canonical, "inside": n.outer}
        for n in inner
    ]  # fmt: skip
    return sorted(rows, key=lambda row: (row["start"], -row["end"]))


def write_json(document: dict[str, Any]) -> None:
    """Write UTF-8 JSON to stdout whatever the terminal's encoding, with no raw
    control character (C1 controls are written as ``\\u`` escapes)."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # a replaced text stream (tests, embedding)
        sys.stdout.write(encode_document(document) + "\n")
        sys.stdout.flush()
        return
    sys.stdout.flush()
    stream.writelines(json_chunks(document))
    stream.write(b"\n")
    stream.flush()


def encode_document(document: dict[str, Any]) -> str:
    """The JSON :func:`json_chunks` writes, as one string."""
    return b"".join(json_chunks(document)).decode("utf-8")


def json_chunks(document: dict[str, Any]) -> Iterator[bytes]:
    """UTF-8 JSON with one list item per line, in pieces to write one after the other.

    Readable, and fast on a big corpus: orjson writes each item (an indented dump goes
    through the standard library's pure-Python encoder, ten times slower), and the
    pieces of a big document are never joined into one. What a terminal could take for
    a control is escaped (see :func:`tui.core.text.json_safe`).
    """
    yield b"{\n "
    for n, (key, value) in enumerate(document.items()):
        if n:
            yield b",\n "
        yield _dumps(key) + b": "
        if isinstance(value, list) and value:
            yield b"[\n  "
            for i, item in enumerate(value):
                yield _dumps(item) if i == 0 else b",\n  " + _dumps(item)
            yield b"\n ]"
        else:
            yield _dumps(value)
    yield b"\n}"


def _dumps(value: Any) -> bytes:
    """One value as safe JSON: orjson, which writes ten megabytes in a few hundredths of
    a second, else the standard library for what orjson refuses (a file name's lone
    surrogates, integers past 64 bits), escaped so that it is valid UTF-8."""
    from tui.core.text import json_safe, json_safe_utf8

    try:
        return json_safe_utf8(orjson.dumps(value))
    except (orjson.JSONEncodeError, TypeError):
        return json_safe(json.dumps(value, ensure_ascii=False)).encode("utf-8")


def print_table(articles: Sequence[Article], analysis: Any) -> None:
    """Rich tables: the articles, who is quoted, and the entities by mentions."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    per_article = Table(title="Articles", title_justify="left", expand=True)
    per_article.add_column("article", ratio=1, overflow="fold")
    per_article.add_column("source", max_width=18, overflow="ellipsis", no_wrap=True)
    per_article.add_column("lang", no_wrap=True)
    for numeric in ("words", "entities", "quotes"):
        per_article.add_column(numeric, justify="right", no_wrap=True)
    speakers: dict[str, list[str]] = {}
    for article in articles:
        result = analysis.articles.get(article.id)
        entities = result.entities if result else ()
        quotes = result.quotes if result else ()
        for quote in quotes:
            who = quote.speaker or (f"{quote.source} (unnamed)" if quote.source else None)
            speakers.setdefault(who or "(unattributed)", []).append(article.id)
        label = _cell(article.title, style="bold")
        label.append_text(_cell(f"\n{article.id}", style="dim"))
        per_article.add_row(
            label,
            _cell(article.source or "—"),
            _cell(article.language),
            f"{article.word_count:,}",
            str(len(entities)),
            str(len(quotes)),
        )
    console.print(per_article)

    quoted = Table(title="Who is quoted", title_justify="left", expand=True)
    quoted.add_column("speaker", ratio=1, overflow="fold")
    quoted.add_column("quotes", justify="right", no_wrap=True)
    quoted.add_column("articles", justify="right", no_wrap=True)
    for name, ids in sorted(speakers.items(), key=lambda item: (-len(item[1]), item[0])):
        quoted.add_row(_cell(name), str(len(ids)), str(len(set(ids))))
    console.print(quoted)

    corpus = Table(title="Entities across the corpus", title_justify="left", expand=True)
    corpus.add_column("name", ratio=1, overflow="fold")
    corpus.add_column("label", no_wrap=True)
    corpus.add_column("mentions", justify="right", no_wrap=True)
    corpus.add_column("articles", justify="right", no_wrap=True)
    corpus.add_column("also written", ratio=1, overflow="fold")
    ranked = sorted(analysis.entities, key=lambda c: (-c.mentions, c.canonical))
    for entity in ranked:
        others = [a for a in entity.aliases if a != entity.canonical]
        corpus.add_row(
            _cell(entity.canonical),
            _cell(entity.label),
            str(entity.mentions),
            str(len(entity.articles)),
            _cell(", ".join(others)),
        )
    console.print(corpus)


def _cell(text: str, style: str = "") -> Text:
    """A table cell of text from a file: literal (never markup), controls made visible."""
    from rich.text import Text

    from tui.core.text import visible_controls

    return Text(visible_controls(text), style=style)
