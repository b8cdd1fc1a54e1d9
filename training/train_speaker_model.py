"""Fit the weights of the learned last resort for quote speakers (``speaker_model``).

Usage (from the repository root, with ../shared present)::

    .venv/bin/python training/train_speaker_model.py [--folds 5]

Every development quote set of ``benchmarks/quote_quality.py`` is analysed by the
French trained engine or the English rules, exactly as ``newsreader analyze`` would.
For each quotation the rules leave without a speaker, the options the model scores
(nobody, or each person or body named around it) are recorded with the gold speaker;
a softmax regression over the options is fitted with plain gradient descent, checked
by cross-validation over articles, and written to ``tui/core/data/speaker_model.json``.
Words quoted inside the writer's sentence that no cue attributes were tried as a
second regime with features of their own (whether the candidate is the subject of a
sentence taking a stance): cross-validated, it gave as many spurious speakers as
right ones, so such words stay the writer's.
Validation sets are never read here. The fit is deterministic: same sets, same weights.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import quote_quality as qq  # noqa: E402
from quality import load_scorer  # noqa: E402

import tui.core.quotes.extract as extract  # noqa: E402
from tui.core.quotes.speaker_model import CANDIDATE_FEATURES, NONE_FEATURES, options  # noqa: E402

FEATURES = (*CANDIDATE_FEATURES, *NONE_FEATURES)
OUT = ROOT / "tui" / "core" / "data" / "speaker_model.json"
Instance = tuple[str, np.ndarray, int]
"""An article, the feature rows of a quotation's options, and the gold option's row."""


def recorded(shared: Path) -> list[tuple[str, Any, int, list[Any]]]:
    """``(set, doc, start, options)`` for every quotation the rules leave unattributed,
    with ``options`` as the model would score them; speakers stay as the rules gave."""
    seen: dict[str, list[tuple[int, int, list[Any]]]] = {}

    def record(ctx: Any, k: int, settled: Any, *, cue: bool, described: bool = False) -> None:
        found = options(ctx, k, settled, cue=cue, described=described)
        seen.setdefault(ctx.text, []).append((ctx.spans[k][1], ctx.spans[k][2], found))
        return None

    extract.choose = record
    score = load_scorer(shared)
    rows = []
    for name, (kind, files) in qq.SETS.items():
        if name.startswith("validation") or name.startswith("English (invented"):
            continue
        if kind == "written" and not all((qq.GOLD / f).is_file() for f in files):
            continue
        for doc, _pred, gold, text in qq.docs_of(score, "trained", shared, kind, files):
            for start, end, opts in seen.get(text, []):
                line = next((g for g in gold if g["start"] < end and start < g["end"]), None)
                if line is not None:
                    rows.append((name, doc, line, opts))
    return [(s, d, _gold_option(score, line, opts), opts) for s, d, line, opts in rows]


def _gold_option(score: Any, line: dict[str, Any], opts: list[Any]) -> int:
    """The row of the gold speaker among ``opts`` (0, nobody, for a null line), or -1
    when the gold speaker is named but not among them."""
    if line.get("speaker") is None:
        return 0
    for i, (name, _features) in enumerate(opts):
        if name is not None and score.same_speaker(name, line["speaker"]):
            return i
    return -1


def as_matrix(opts: list[Any]) -> np.ndarray:
    return np.array([[f.get(n, 0.0) for n in FEATURES] for _, f in opts], dtype=float)


def fit(data: list[Instance], l2: float = 0.01, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Softmax regression over each quotation's options, by full-batch gradient descent."""
    w = np.zeros(len(FEATURES))
    for _ in range(steps):
        grad = l2 * w
        for _doc, x, gold in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (x.T @ p - x[gold]) / len(data)
        w -= rate * grad
    return w


def accuracy(data: list[Instance], w: np.ndarray, margin: float = 0.0) -> tuple[int, int, int]:
    """(right, spurious, wrong) over ``data`` of the best option, a person or body only
    when it beats nobody by ``margin``."""
    right = spurious = wrong = 0
    for _doc, x, gold in data:
        s = x @ w
        best = int(np.argmax(s))
        best = best if s[best] - s[0] > margin else 0
        if best == gold:
            right += best != 0
        elif gold == 0:
            spurious += 1
        elif best != 0:
            wrong += 1
    return right, spurious, wrong


def cross_validated(
    data: list[Instance], folds: int
) -> tuple[float, dict[float, tuple[int, int, int]]]:
    """The margin to ship and, per margin tried, (right, spurious, wrong) over folds
    of articles: a spurious speaker costs twice a missed one, since the reader sees
    a name the text never gives."""
    docs = sorted({d for d, _, _ in data})
    random.Random(2016).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    margins = (0.0, 0.25, 0.5, 0.75, 1.0)
    totals = {m: np.zeros(3, dtype=int) for m in margins}
    for fold in range(folds):
        w = fit([row for row in data if fold_of[row[0]] != fold])
        held = [row for row in data if fold_of[row[0]] == fold]
        for m in margins:
            totals[m] += accuracy(held, w, m)
    margin = max(margins, key=lambda m: totals[m][0] - 2 * totals[m][1] - totals[m][2])
    return margin, {m: (int(t[0]), int(t[1]), int(t[2])) for m, t in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = recorded(args.shared)
    data = [(f"{s}|{d}", as_matrix(opts), g) for s, d, g, opts in rows if g >= 0]
    named = sum(1 for _, _, g in data if g > 0)
    print(f"{len(rows)} unattributed quotations; {len(data)} usable, {named} with a named speaker")
    margin, totals = cross_validated(data, args.folds)
    for m, counts in totals.items():
        print(f"margin {m}: cross-validated (right, spurious, wrong): {counts}")
    w = fit(data)
    print(f"margin {margin}; on the training data:", accuracy(data, w, margin))
    model = {
        "about": "Weights of tui.core.quotes.speaker_model, fitted by "
        "training/train_speaker_model.py on the development quote sets.",
        "quotations": len(data),
        "cross_validated": dict(zip(("right", "spurious", "wrong"), totals[margin], strict=True)),
        "margin": margin,
        "weights": {n: round(float(v), 4) for n, v in zip(FEATURES, w, strict=True)},
    }
    OUT.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(model["weights"]))


if __name__ == "__main__":
    main()
