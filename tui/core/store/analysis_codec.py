"""How analyses are stored: compact JSON columns over a table of strings.

Kept apart from the cache's SQLite handling because the same encoding also travels
from worker processes to the reader, and because a warm start's speed depends on it.
"""

from __future__ import annotations

import json
from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from dataclasses import fields
from itertools import chain
from operator import attrgetter
from typing import Any

import orjson

from tui.core.models import ArticleAnalysis, CorpusEntity, Entity, Quote
from tui.core.records import build_records, collection_paused, in_groups
from tui.core.store.database import json_safe

# ---------------------------------------------------------------------------
# Encoding: per analysis, the JSON array ``[strings, entities, quotes, roles]``.
# ``entities`` and ``quotes`` are lists of field columns (empty when there are none);
# offsets are stored as numbers, every other field as an index into ``strings``, the
# article's table of distinct values; ``roles`` is the two columns role, name, as
# indexes too. The article id is not stored: a row serves every article
# with the same text. Columns and the shared table let a warm start build all records
# field by field with few new objects, several times faster than one record at a time.

_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
_NUMERIC = frozenset({"start", "end"})


def encode_analysis(analysis: ArticleAnalysis) -> str:
    """Serialise entities and quotes as compact JSON columns over a string table."""
    table: dict[object, int] = {}

    def column(records: Sequence[object], name: str) -> list:
        values = [getattr(r, name) for r in records]
        if name in _NUMERIC:
            return values
        return [table.setdefault(v, len(table)) for v in values]

    groups = [
        [column(records, name) for name in names] if records else []
        for records, names in (
            (analysis.entities, _ENTITY_FIELDS),
            (analysis.quotes, _QUOTE_FIELDS),
        )
    ]
    roles = analysis.roles
    groups.append(
        [[table.setdefault(v, len(table)) for v in side] for side in zip(*roles, strict=True)]
        if roles
        else []
    )
    data = json.dumps([list(table), *groups], ensure_ascii=False, separators=(",", ":"))
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: SQLite text must be valid UTF-8
        data = json.dumps([list(table), *groups], separators=(",", ":"))
    return data


def decode_analysis(article_id: str, data: str) -> ArticleAnalysis:
    """Rebuild an :class:`ArticleAnalysis` from :func:`encode_analysis` output."""
    return decode_many([(article_id, data)])[0]


def decode_many(items: Sequence[tuple[str, str]]) -> list[ArticleAnalysis]:
    """Decode ``(article_id, encoded)`` pairs in bulk: the warm-start hot path."""
    with collection_paused():
        parsed = [_parse(data) for _, data in items]
        tables = [p[0] for p in parsed]
        ents = _build_all(Entity, _ENTITY_FIELDS, tables, [p[1] for p in parsed])
        quotes = _build_all(Quote, _QUOTE_FIELDS, tables, [p[2] for p in parsed])
        return [
            ArticleAnalysis(aid, e, q, _roles(p[0], p[3]) if len(p) > 3 and p[3] else ())
            for (aid, _), e, q, p in zip(items, ents, quotes, parsed, strict=True)
        ]


def _parse(data: str) -> list:
    """One stored analysis parsed: orjson, several times faster than the standard
    library, which still reads the rows that escape a lone surrogate (orjson refuses)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


FieldTuples = tuple[Iterable[tuple[Any, ...]], Iterable[tuple[Any, ...]]]
"""One article's entities and quotes, each as a tuple of the fields asked for."""


def field_tuples(
    analyses: Mapping[str, ArticleAnalysis],
    article_id: str,
    entity_fields: Sequence[str],
    quote_fields: Sequence[str],
) -> FieldTuples:
    """One article's entities and quotes as tuples of the fields named (two or more, in
    that order); none when it has no analysis.

    A stored analysis is read straight from its columns, decoding no record: a front
    end that prints fields (``analyze --format json``) would only take records apart.
    """
    data = analyses.encoded(article_id) if isinstance(analyses, LazyAnalyses) else None
    if data is not None:
        parsed = _parse(data)
        return (
            _stored_tuples(_ENTITY_FIELDS, entity_fields, parsed[0], parsed[1]),
            _stored_tuples(_QUOTE_FIELDS, quote_fields, parsed[0], parsed[2]),
        )
    found = analyses.get(article_id)
    if found is None:
        return (), ()
    return (
        map(attrgetter(*entity_fields), found.entities),
        map(attrgetter(*quote_fields), found.quotes),
    )


def _stored_tuples(
    stored: tuple[str, ...], wanted: Sequence[str], table: list, columns: list[list]
) -> Iterable[tuple[Any, ...]]:
    if not columns:
        return ()
    at = [stored.index(name) for name in wanted]
    return zip(
        *(
            _field(columns, i)
            if name in _NUMERIC or i >= len(columns)
            else map(table.__getitem__, columns[i])
            for name, i in zip(wanted, at, strict=True)
        ),
        strict=True,
    )


def _field(columns: list[list], i: int) -> list:
    """Column ``i``, or ``None`` for each record when the row predates that field (a
    trailing field added later, such as a quote's ``source``, defaults to ``None``)."""
    return columns[i] if i < len(columns) else [None] * len(columns[0])


def _roles(table: list, columns: list[list[int]]) -> tuple[tuple[str, str], ...]:
    roles, names = columns
    return tuple(zip(map(table.__getitem__, roles), map(table.__getitem__, names), strict=True))


def _build_all(
    cls: type, names: tuple[str, ...], tables: list[list], groups: list[list[list]]
) -> list[tuple]:
    """Records of ``cls`` for each article's column group, built a column at a time
    (see :func:`tui.core.records.build_records`)."""
    sizes = [len(g[0]) if g else 0 for g in groups]
    columns = {name: _column(i, name, tables, groups) for i, name in enumerate(names)}
    return in_groups(build_records(cls, sum(sizes), columns), sizes)


def _column(i: int, name: str, tables: list[list], groups: list[list[list]]) -> Iterable[object]:
    """Field ``i`` of every article's records, streamed (offsets as they are, the other
    fields looked up in each article's string table)."""
    if name in _NUMERIC:
        return chain.from_iterable(g[i] for g in groups if g)
    return chain.from_iterable(
        map(t.__getitem__, g[i]) if i < len(g) else _field(g, i)
        for t, g in zip(tables, groups, strict=True)
        if g
    )


class LazyAnalyses(Mapping[str, ArticleAnalysis]):
    """Analyses by article id, decoded on first access.

    A warm start of a large corpus needs every analysis to be *available* at once but
    shows only a few; decoding them all would cost seconds. Iterating over ``values()``
    or ``items()`` decodes everything in one bulk pass.
    """

    def __init__(self, encoded: dict[str, str]) -> None:
        self._encoded = encoded
        self._decoded: dict[str, ArticleAnalysis] = {}

    def __getitem__(self, article_id: str) -> ArticleAnalysis:
        found = self._decoded.get(article_id)
        if found is None:
            found = decode_analysis(article_id, self._encoded[article_id])
            self._decoded[article_id] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._encoded)

    def __len__(self) -> int:
        return len(self._encoded)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._encoded

    def encoded(self, article_id: str) -> str | None:
        """An analysis as stored, without decoding it (to tell whether it changed)."""
        return self._encoded.get(article_id)

    def decode_all(self) -> dict[str, ArticleAnalysis]:
        """Every analysis as a plain dict, decoding what is left in one bulk pass."""
        todo = [(aid, d) for aid, d in self._encoded.items() if aid not in self._decoded]
        for analysis in decode_many(todo):
            self._decoded[analysis.article_id] = analysis
        return {aid: self._decoded[aid] for aid in self._encoded}

    def values(self) -> ValuesView[ArticleAnalysis]:
        return self.decode_all().values()

    def items(self) -> ItemsView[str, ArticleAnalysis]:
        return self.decode_all().items()


def encode_corpus_entities(entities: Iterable[CorpusEntity]) -> str:
    rows = [[e.canonical, e.label, e.aliases, e.articles, e.mentions] for e in entities]
    return json_safe(json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


def decode_corpus_entities(data: str) -> tuple[CorpusEntity, ...]:
    return tuple(
        CorpusEntity(canonical, label, tuple(aliases), tuple(articles), mentions)
        for canonical, label, aliases, articles, mentions in _parse(data)
    )
