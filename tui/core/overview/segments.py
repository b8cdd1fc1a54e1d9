"""The overview as the cache keeps it: compact JSON segments read apart.

``head`` is the first view (who said what: speakers, outlets and counts) and the
figures the status line shows, small enough to read at once; ``basis`` is what every
other view is derived from (:class:`tui.core.overview.basis.Basis`), as columns of
numbers and tables of distinct strings, parsed only when a later view or a reload
needs it; ``reuse`` is the shared-text figure, kept only once something computed it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from tui.core.overview.basis import Basis
from tui.core.overview.common import QuoteRef
from tui.core.overview.shared_text import Reuse
from tui.core.overview.who_said_what import SpeakerMatrix, SpeakerRow


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _load(data: bytes) -> Any:
    return json.loads(data.decode("utf-8", "surrogatepass"))


class Table:
    """Distinct strings numbered in order of first use."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.index)
        return found

    def values(self) -> list[str]:
        return list(self.index)


def encode_head(key: str, fmt: str, speakers: SpeakerMatrix, quotes: int, travelled: int) -> bytes:
    column = {outlet: n for n, outlet in enumerate(speakers.outlets)}
    rows = []
    for row in speakers.rows:
        flat: list[Any] = []
        for outlet, count in row.counts.items():
            flat += (column[outlet], count)
        rows.append([row.speaker, row.total, flat])
    totals = [speakers.totals.get(o, 0) for o in speakers.outlets]
    head = {
        "key": key,
        "format": fmt,
        "quotes": quotes,
        "travelled": travelled,
        "outlets": speakers.outlets,
    }
    return _dump({**head, "totals": totals, "rows": rows})


def decode_head(data: bytes) -> dict[str, Any]:
    """The head document; ``speakers`` is the matrix without its cells."""
    doc = _load(data)
    outlets = tuple(doc["outlets"])
    rows = tuple(
        SpeakerRow(
            speaker, total, {outlets[c]: n for c, n in zip(flat[::2], flat[1::2], strict=True)}
        )
        for speaker, total, flat in doc["rows"]
    )
    totals = dict(zip(outlets, doc["totals"], strict=True))
    doc["speakers"] = (outlets, rows, totals)
    return doc


def encode_basis(basis: Basis) -> bytes:
    speakers, kinds, names, labels = Table(), Table(), Table(), Table()
    counts, starts, ends, who, kind, texts = [], [], [], [], [], []
    for found in basis.quotes:
        counts.append(len(found))
        for q in found:
            starts.append(q.start)
            ends.append(q.end)
            who.append(speakers(q.speaker))
            kind.append(kinds(q.kind))
            texts.append(q.text)
    mentions = []
    for found_names in basis.names:
        flat: list[int] = []
        for name, by_label in found_names:
            for label, n in by_label.items():
                flat += (names(name), labels(label), n)
        mentions.append(flat)
    doc = {
        "ids": basis.ids,
        "digests": basis.digests,
        "quotes": [counts, starts, ends, who, kind, texts, speakers.values(), kinds.values()],
        "labels": basis.labels,
        "names": [mentions, names.values(), labels.values()],
    }
    return _dump(doc)


def decode_basis(data: bytes, outlets: Mapping[str, str]) -> Basis:
    """The basis; ``outlets`` gives each article's outlet (by id), which quotes carry."""
    doc = _load(data)
    ids = doc["ids"]
    counts, starts, ends, who, kind, texts, speakers, kinds = doc["quotes"]
    quotes: list[list[QuoteRef]] = []
    k = 0
    for aid, n in zip(ids, counts, strict=True):
        outlet = outlets[aid]
        quotes.append(
            [
                QuoteRef(
                    aid, outlet, starts[i], ends[i], texts[i], speakers[who[i]], kinds[kind[i]]
                )
                for i in range(k, k + n)
            ]
        )
        k += n
    mentions, names, labels = doc["names"]
    by_article = []
    for flat in mentions:
        found: dict[str, dict[str, int]] = {}
        for i in range(0, len(flat), 3):
            found.setdefault(names[flat[i]], {})[labels[flat[i + 1]]] = flat[i + 2]
        by_article.append(list(found.items()))
    if len(doc["labels"]) != k or len(doc["digests"]) != len(ids):
        raise ValueError("a damaged overview basis")
    return Basis(ids, doc["digests"], quotes, by_article, doc["labels"])


def encode_reuse(figures: tuple[Reuse, ...]) -> bytes:
    return _dump([[r.article_id, r.source, r.share] for r in figures])


def decode_reuse(data: bytes) -> tuple[Reuse, ...]:
    return tuple(Reuse(aid, source, share) for aid, source, share in _load(data))
