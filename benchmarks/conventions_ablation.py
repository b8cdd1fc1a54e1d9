"""What each convention of the trained engine adds, on WiNER 2016 development and validation.

The model reads every article once; its spans then go through the conventions of
:mod:`tui.core.analysis.conventions` with all of them, with each one left out in
turn, and with none, and are scored (exact span and label, PER/LOC/ORG) with
``../shared/eval/score.py``. A convention whose removal changes validation F1 by
less than the interval ``benchmarks/quality.py`` prints (about ±0.02) is noise on
that set: keep it only if it is a general convention, never for a gain.

Usage::

    python benchmarks/conventions_ablation.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from tui.core.analysis import conventions
from tui.core.models import Article, Entity

ROOT = Path(__file__).resolve().parent.parent
SPLITS = {"dev": [f"{m:02d}" for m in range(1, 12)], "val": ["12"]}
NEVER = re.compile(r"(?!x)x")


def _keep_spans(text: str, start: int, end: int) -> tuple[int, int]:
    return start, end


def _no_repeats(text: str, entities: list[Entity]) -> list[Entity]:
    return entities


def _no_illness(text: str, start: int) -> bool:
    return False


LEFT_OUT: dict[str, dict[str, Any]] = {
    "seats of power as ORG": {"INSTITUTIONS": ()},
    "place-noun cue": {"_PLACE_CUE": NEVER},
    "elision run-on": {"_through_elision": _keep_spans},
    "repeats of names": {"repeat_names": _no_repeats},
    "illness cue": {"_after_disease_noun": _no_illness},
    "organisation run-on": {"_CAPITALISED_BEFORE": NEVER},
}
"""Each convention and how to switch it off (module attributes of ``conventions``)."""


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"conventions_ablation: no scorer under {shared}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Split = tuple[list[Article], list[list[tuple[int, int, str]]], list[list[Any]]]


def read_split(score: ModuleType, root: Path, months: Sequence[str]) -> Split:
    """The articles, the model's raw spans of each, and their gold."""
    from tui.core.analysis.engine_spacy import model_spans
    from tui.core.analysis.engine_trained import load
    from tui.core.corpus.loader import load_corpus

    articles = load_corpus([root / m for m in months]).articles
    spans = list(model_spans(load(), [a.text for a in articles], batch_size=32))
    golds = []
    for article in articles:
        ann = Path(article.path).with_suffix(".ann")
        golds.append(score.gold_from_brat(ann) if ann.exists() else [])
    return articles, spans, golds


def f1_by_label(score: ModuleType, split: Split) -> dict[str, float]:
    from tui.core.analysis.pipeline import outside_furniture

    pairs = []
    for article, spans, gold in zip(*split, strict=True):
        found = outside_furniture(article, conventions.apply_conventions(article.text, spans))
        pairs.append(([(e.start, e.end, e.label) for e in found], gold))
    result = score.score_entities(pairs)
    return {label: result[label]["f"] for label in ("ALL", "PER", "LOC", "ORG")}


def with_patch(patch: dict[str, Any], run: Callable[[], str]) -> str:
    """Run with some conventions switched off, then put them back."""
    saved = {name: getattr(conventions, name) for name in patch}
    for name, value in patch.items():
        setattr(conventions, name, value)
    conventions._outlets.cache_clear()
    try:
        return run()
    finally:
        for name, value in saved.items():
            setattr(conventions, name, value)
        conventions._outlets.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    root = args.shared / "devsets" / "winer-fr-2016"
    if not root.is_dir():
        print(f"conventions_ablation: no WiNER 2016 set under {args.shared}", file=sys.stderr)
        return 2
    score = load_scorer(args.shared)
    splits = {name: read_split(score, root, months) for name, months in SPLITS.items()}

    def row() -> str:
        cells = []
        for name, split in splits.items():
            f = f1_by_label(score, split)
            cells.append(f"{name} " + " ".join(f"{k} {v:.4f}" for k, v in f.items()))
        return "  |  ".join(cells)

    print(f"{'all conventions':<30} {row()}")
    for name, patch in LEFT_OUT.items():
        print(f"{'without ' + name:<30} {with_patch(patch, row)}")
    every = {k: v for patch in LEFT_OUT.values() for k, v in patch.items()}
    print(f"{'without any of them':<30} {with_patch(every, row)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
