"""English entity quality of an engine on the small English entity gold (development data).

``tests/fixtures/english_entities/*.yaml`` gives, in the seeds' gold format, the entities
of three of the invented English articles of ``tests/fixtures/quote_gold/english``,
written by reading them. They are development data (the English rules are studied on
them), so the figure says whether a change helps, not how the engine does on new text.
Scores use ``../shared/eval/score.py`` (exact span and label); ``--show`` lists the
missed and the spurious spans.

Usage::

    python benchmarks/english_entities.py [--shared ../shared] [--engine rules] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import analyse, load_scorer

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "english_entities"
TEXTS = ROOT / "tests" / "fixtures" / "quote_gold" / "english"
LABELS = ("ALL", "PER", "LOC", "ORG")


def run(shared: Path, engine: str, show: bool) -> None:
    score = load_scorer(shared)
    golds = sorted(GOLD.glob("*.yaml"))
    found, _ = analyse(engine, [TEXTS / f"{g.stem}.txt" for g in golds])
    pairs = []
    for gold_file in golds:
        text = (TEXTS / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        gold, _quotes = score.gold_from_yaml(gold_file, text)
        pred = [(e.start, e.end, e.label) for e in found[gold_file.stem].entities]
        pairs.append((pred, gold))
        if show:
            for s, e, label in sorted(set(gold) - set(pred)):
                print(f"  {gold_file.stem}: missed   {text[s:e]!r} {label}")
            for s, e, label in sorted(set(pred) - set(gold)):
                if label in LABELS:
                    print(f"  {gold_file.stem}: spurious {text[s:e]!r} {label}")
    result = score.score_entities(pairs)
    cells = "  ".join(
        f"{lab} P {result[lab]['p']:.3f} R {result[lab]['r']:.3f} F {result[lab]['f']:.3f}"
        for lab in LABELS
    )
    print(f"{engine}: {len(golds)} English articles (development)  {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--engine", default="rules")
    parser.add_argument("--show", action="store_true", help="list missed and spurious spans")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").is_file():
        print(f"english_entities: no {args.shared / 'eval' / 'score.py'}", file=sys.stderr)
        return 1
    run(args.shared, args.engine, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
