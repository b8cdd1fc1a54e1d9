"""A learned last resort for a quotation no rule attributes.

The rules read the cues news writing uses; past them, a quotation may still belong to
someone the reader can tell: the person the paragraph is about, the one who spoke
last, the body named in the sentence. Each person or body named around the quotation
is scored against the option that the text names nobody, with weights fitted on the
development quote sets (``training/train_speaker_model.py``); the best option wins.
The weights ship as ``data/speaker_model.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from tui.core.quotes.colon_lead import unnamed_writer
from tui.core.quotes.constraints import PERSON_NOUNS
from tui.core.quotes.context import _after_preposition, _Context
from tui.core.quotes.host_sentence import _sentence_bounds
from tui.core.quotes.subject_position import is_subject
from tui.core.quotes.words import is_reply, last_sentence
from tui.core.text import fold

CANDIDATE_FEATURES = (
    "same_sentence",
    "same_paragraph",
    "previous_paragraph",
    "after",
    "nearness",
    "last_speaker",
    "spoke_before",
    "mentions",
    "subject",
    "organisation",
    "headline",
    "complement",
    "nearest_person",
)
NONE_FEATURES = (
    "none",
    "none_described",
    "none_cue",
    "none_fragment",
    "none_unnamed",
    "none_alone",
    "none_many",
)

Option = tuple[str | None, dict[str, float]]
"""A speaker (``None`` for nobody) and its features."""

_UNNAMED = re.compile(
    r"\b(?:un|une|des|plusieurs|certains|a|an|one|several|some|two|three|deux|trois)\s+"
    r"(?:[\w'’-]+\s+)?([\w'’-]+)",
    re.IGNORECASE,
)
_ONE_OF = re.compile(
    r"\b(?:l['’]une?\s+(?:de|d['’]|des)|one\s+of)\s+(?:(?:ses|leurs|les|ces|his|her|their|the)\s+)?"
    r"([\w'’-]+)",
    re.IGNORECASE,
)
"""« l'un de ses colistiers », "one of her aides": one person of a group, unnamed."""


def options(
    ctx: _Context, k: int, settled: Sequence[str | None], *, cue: bool, described: bool = False
) -> list[Option]:
    """The options for quotation ``k``: nobody, and each person or body named outside
    quotations from two paragraphs before it to the end of its own."""
    open_mark, _, _, close = ctx.spans[k]
    line = ctx.line_start(open_mark)
    prev = ctx.previous_paragraph(open_mark)
    lo = ctx.previous_paragraph(prev) if prev < line else line
    s_lo, s_hi = _sentence_bounds(ctx, open_mark, close)
    last = next((s for s in reversed(settled) if s), None)
    headline = {e.canonical for e in ctx.entities_in(0, ctx.text.find("\n"))}
    nearest = next(
        (
            e.canonical
            for e in reversed(ctx.entities_in(lo, open_mark))
            if e.label == "PER" and not ctx.in_quote(e.start)
        ),
        None,
    )
    if ctx.mention_counts is None:
        ctx.mention_counts = {}
        for e in ctx.entities:
            ctx.mention_counts[e.canonical] = ctx.mention_counts.get(e.canonical, 0) + 1
    counts = ctx.mention_counts
    found: dict[str, dict[str, float]] = {}
    for e in ctx.entities_in(lo, ctx.line_end(close)):
        if e.label not in ("PER", "ORG") or ctx.in_quote(e.start):
            continue
        gap = open_mark - e.end if e.start < open_mark else e.start - close
        flags = {
            "same_sentence": float(s_lo <= e.start < s_hi),
            "same_paragraph": float(e.start >= line),
            "previous_paragraph": float(prev <= e.start < line),
            "after": float(e.start > close and e.start < s_hi),
            "nearness": 1.0 / (1.0 + max(gap, 0) / 100.0),
            "subject": float(is_subject(ctx, e)),
            "complement": float(_after_preposition(ctx, e.start)),
            "organisation": float(e.label == "ORG"),
        }
        mine = found.setdefault(e.canonical, dict.fromkeys(CANDIDATE_FEATURES, 0.0))
        for name, value in flags.items():
            mine[name] = max(mine[name], value)
    for name, mine in found.items():
        mine["last_speaker"] = float(name == last)
        mine["spoke_before"] = float(name in settled)
        mine["mentions"] = math.log1p(counts.get(name, 0)) / 3.0
        mine["headline"] = float(name in headline)
        mine["nearest_person"] = float(name == nearest)
    nobody = _nobody(ctx, k, (s_lo, s_hi), found, cue=cue, described=described)
    return [(None, nobody), *found.items()]


def _nobody(
    ctx: _Context,
    k: int,
    sentence_bounds: tuple[int, int],
    found: dict[str, dict[str, float]],
    *,
    cue: bool,
    described: bool,
) -> dict[str, float]:
    """The features of the option that the text names nobody for quotation ``k``."""
    sentence = ctx.text[sentence_bounds[0] : sentence_bounds[1]]
    if not cue and not ctx.text[sentence_bounds[0] : ctx.spans[k][0]].strip():
        sentence = _sentence_before(ctx, sentence_bounds[0]) + sentence  # « Une mère … . « … » »
    groups = [*_UNNAMED.finditer(sentence), *_ONE_OF.finditer(sentence)]
    unnamed = any(fold(m.group(1)) in PERSON_NOUNS for m in groups)
    alone = not any(f["same_paragraph"] for f in found.values())
    short = ctx.spans[k][2] - ctx.spans[k][1] < 40
    return {
        "none": 1.0,
        "none_described": float(described),
        "none_cue": float(cue),
        "none_fragment": float(short),
        "none_unnamed": float(unnamed),
        "none_alone": float(alone),
        "none_many": min(len(found), 5) / 5.0,
    }


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float]:
    """The weights, and by how much a person or body must beat nobody to be chosen."""
    raw = resources.files("tui.core.data").joinpath("speaker_model.json").read_text("utf-8")
    data = json.loads(raw)
    return dict(data["weights"]), float(data.get("margin", 0.0))


def score(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def choose(
    ctx: _Context, k: int, settled: Sequence[str | None], *, cue: bool, described: bool = False
) -> str | None:
    """The best option for quotation ``k``: a person or body, or ``None``."""
    if unnamed_writer(ctx, k):
        return None  # a message the text says someone unnamed wrote
    weights, margin = _model()
    found = options(ctx, k, settled, cue=cue, described=described)
    close = ctx.spans[k][3]
    if settled and settled[-1] and is_reply(ctx.text[close : close + 30]):
        found = [o for o in found if o[0] != settled[-1]]  # « …, a rétorqué la pédiatre »
    ranked = sorted((score(f, weights), i) for i, (_, f) in enumerate(found))
    best, runner_up = ranked[-1], ranked[-2] if len(ranked) > 1 else (-math.inf, -1)
    nobody = score(found[0][1], weights)
    # One person or body must clearly win over nobody, and twice as clearly over the
    # next person: two people named alike are either of them, so nobody.
    clear = best[0] - nobody > margin and best[0] - runner_up[0] > 2 * margin
    return found[best[1]][0] if clear else None


def _sentence_before(ctx: _Context, start: int) -> str:
    """The writer's sentence right before ``start`` in its paragraph, which brings in the
    unnamed person a quotation opening its own sentence may belong to."""
    before = ctx.text[max(ctx.line_start(start), start - 300) : start].rstrip()
    return last_sentence(before) + " " if before else ""
