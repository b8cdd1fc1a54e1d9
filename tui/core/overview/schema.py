"""The overview as JSON: the documented, stable interface of ``newsreader overview``.

Quotes are listed once, in corpus order; every other part refers to them by their
position in that list. Offsets index each article's ``text`` as ``newsreader analyze``
gives it; a version's diff offsets index the quote texts themselves. ``SCHEMA`` changes
only when a field changes meaning or goes away (new fields may be added).
"""

from __future__ import annotations

from typing import Any

from tui.core.overview.build import Overview
from tui.core.overview.common import QuoteRef
from tui.core.overview.provenance import QuoteGroup

SCHEMA = 1


def to_json(overview: Overview) -> dict[str, Any]:
    """The documented JSON document of ``overview``."""
    ov = overview
    position = {_ref_key(q): k for k, q in enumerate(ov.quotes)}
    outlets = {outlet: [0, 0] for outlet in ov.speakers.outlets}
    for info in ov.articles:
        outlets.setdefault(info.outlet, [0, 0])[0] += 1
    for outlet, count in ov.speakers.per_outlet():
        outlets[outlet][1] = count
    return {
        "schema": SCHEMA,
        "articles": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "date": a.date} for a in ov.articles
        ],
        "outlets": [
            {"outlet": name, "articles": n, "quotes": q} for name, (n, q) in outlets.items()
        ],
        "quotes": [
            {
                "article": q.article_id,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "speaker": q.speaker,
                "kind": q.kind,
            }
            for q in ov.quotes
        ],
        "speakers": [
            {
                "speaker": row.speaker,
                "quotes": row.total,
                "by_outlet": _by(row.counts),
            }
            for row in ov.speakers.rows
        ],
        "names": [
            {
                "name": row.name,
                "label": row.label,
                "mentions": row.total,
                "by_outlet": _by(row.counts),
                "only_outlet": row.only,
            }
            for row in ov.names.rows
        ],
        "groups": [_group_json(g, position) for g in ov.groups],
        "timeline": [
            {
                "article": e.article_id,
                "new_quotes": [position[_ref_key(q)] for q in e.new_quotes],
                "new_names": list(e.new_names),
            }
            for e in ov.timeline
        ],
        "reuse": [
            {"article": r.article_id, "source": r.source, "share": r.share} for r in ov.reuse
        ],
    }


def _ref_key(q: QuoteRef) -> tuple[str, int, int]:
    return q.article_id, q.start, q.end


def _by(counts: dict[str, int]) -> dict[str, int]:
    """Counts by outlet, most first: the same order whatever the corpus order."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _group_json(group: QuoteGroup, position: dict[tuple[str, int, int], int]) -> dict[str, Any]:
    return {
        "speaker": group.speaker,
        "text": group.first.text,
        "first": position[_ref_key(group.first)],
        "articles": len(group.articles),
        "outlets": list(group.outlets),
        "versions": [
            {
                "quote": position[_ref_key(v.quote)],
                "relation": v.relation,
                "diff": [
                    {
                        "op": op.tag,
                        "first": [op.left.start, op.left.end],
                        "version": [op.right.start, op.right.end],
                    }
                    for op in v.diff
                ],
            }
            for v in group.versions
        ],
    }
