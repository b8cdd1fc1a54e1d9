"""Entity quality of the engines on a development and a validation split, with intervals.

WiNER-fr 2016 is split by month: January to November is the development split (the
trained engine learns from it, and the rules engine's lists were written from it),
December the validation split, which no rule, list entry, test or training step reads.
The bundled seeds are scored too. Scores use ``../shared/eval/score.py`` itself
(exact span and label, PER/LOC/ORG); each F1 has a 95 % interval from a document
bootstrap (1000 seeded resamples), and the development − validation gap has one too.
A change whose gain lies inside the interval is noise.

Usage::

    python benchmarks/quality.py [--shared ../shared] [--engines rules,trained]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("ALL", "PER", "LOC", "ORG")
DEV_MONTHS = tuple(f"{m:02d}" for m in range(1, 12))
VAL_MONTHS = ("12",)
NOTES = {
    "rules": "(its label lists hold statistics of all WiNER 2016, December included:"
    " its validation score is not held out)",
    "trained": "(trained on the development split: its development score is a training score)",
}
Counts = dict[str, tuple[int, int, int]]
"""Per label: (true positives, predicted, gold) of one document."""


def load_scorer(shared: Path) -> ModuleType:
    """``eval/score.py`` as a module, so its gold readers and matching are used as is."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"quality: no scorer at {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analyse(engine: str, paths: Sequence[Path]) -> tuple[dict[str, Any], float]:
    """``{file stem: article analysis}`` as ``newsreader analyze`` would give, and seconds."""
    from tui.core.analysis.pipeline import analyze_article, merge_corpus
    from tui.core.corpus.loader import load_corpus

    articles = load_corpus(list(paths)).articles
    began = time.perf_counter()
    if engine == "trained":
        from tui.core.analysis.engine_trained import analyze_articles_trained

        per_article = analyze_articles_trained(articles)
    else:
        per_article = [analyze_article(a) for a in articles]
    merged = merge_corpus(per_article, articles)
    seconds = time.perf_counter() - began
    return {Path(a.path).stem: merged.articles[a.id] for a in articles}, seconds


def predicted(result: Any, text: str) -> list[tuple[int, int, str]]:
    """The spans ``newsreader analyze --format json`` lists for an article: its
    entities and the names inside its organisations' names."""
    from tui.core.entities.inner_names import inner_names

    if result is None:
        return []
    spans = [(e.start, e.end, e.label) for e in result.entities]
    rows = [(e.start, e.end, e.text, e.label, e.canonical) for e in result.entities]
    return spans + [(n.start, n.end, n.label) for n in inner_names(text, rows)]


def doc_counts(score: ModuleType, pred: list[tuple[int, int, str]], gold: list[Any]) -> Counts:
    """One document's counts, through the scorer's own entity matching."""
    result = score.score_entities([(pred, gold)])
    return {
        lab: (
            round(result[lab]["r"] * result[lab]["gold"]),
            result[lab]["pred"],
            result[lab]["gold"],
        )
        for lab in LABELS
    }


def f1(docs: Sequence[Counts], label: str) -> float:
    tp = sum(d[label][0] for d in docs)
    npred = sum(d[label][1] for d in docs)
    ngold = sum(d[label][2] for d in docs)
    return 2 * tp / (npred + ngold) if npred + ngold else 0.0


def bootstrap(docs: Sequence[Counts], label: str, rng: random.Random, n: int) -> list[float]:
    """F1 over ``n`` resamples of whole documents, with replacement."""
    k = len(docs)
    return [f1([docs[rng.randrange(k)] for _ in range(k)], label) for _ in range(n)]


def interval(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[int(0.025 * len(ordered))], ordered[int(0.975 * len(ordered)) - 1]


def winer_split(score: ModuleType, engine: str, root: Path, months: Sequence[str]) -> list[Counts]:
    """Counts per WiNER document of the given months."""
    found, _ = analyse(engine, [root / m for m in months])
    docs = []
    for month in months:
        for ann in sorted((root / month).glob("*.ann")):
            result = found.get(ann.stem)
            text = ann.with_suffix(".txt").read_text(encoding="utf-8")
            docs.append(doc_counts(score, predicted(result, text), score.gold_from_brat(ann)))
    return docs


def seeds_split(score: ModuleType, engine: str, shared: Path) -> list[Counts]:
    """Counts per bundled seed article against the seeds' YAML gold."""
    seeds = ROOT / "seeds"
    found, _ = analyse(engine, [seeds])
    docs = []
    for gold_file in sorted((shared / "gold").glob("*.yaml")):
        result = found.get(gold_file.stem)
        text = (seeds / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        gold, _quotes = score.gold_from_yaml(gold_file, text)
        docs.append(doc_counts(score, predicted(result, text), gold))
    return docs


def report(name: str, docs: list[Counts], rng: random.Random, n: int) -> dict[str, list[float]]:
    """Print one row per label; return the bootstrap samples for the gap."""
    samples = {}
    cells = []
    for label in LABELS:
        samples[label] = bootstrap(docs, label, rng, n)
        low, high = interval(samples[label])
        cells.append(f"{label} {f1(docs, label):.3f} [{low:.3f}, {high:.3f}]")
    print(f"  {name:<11} ({len(docs):>3} docs)  " + "  ".join(cells))
    return samples


def gap(dev: list[Counts], val: list[Counts], boot: tuple[dict, dict]) -> None:
    cells = []
    for label in LABELS:
        diffs = [a - b for a, b in zip(boot[0][label], boot[1][label], strict=True)]
        low, high = interval(diffs)
        cells.append(f"{label} {f1(dev, label) - f1(val, label):+.3f} [{low:+.3f}, {high:+.3f}]")
    print(f"  {'dev - val':<11} {'':>11}  " + "  ".join(cells))


def run(shared: Path, engines: Sequence[str], resamples: int, seed: int) -> None:
    score = load_scorer(shared)
    root = shared / "devsets" / "winer-fr-2016"
    print(
        f"entity F1 (exact span + label), 95 % document-bootstrap intervals, {resamples} resamples"
    )
    for engine in engines:
        rng = random.Random(seed)
        print(f"{engine}: {NOTES[engine]}")
        dev = winer_split(score, engine, root, DEV_MONTHS)
        val = winer_split(score, engine, root, VAL_MONTHS)
        boot_dev = report("development", dev, rng, resamples)
        boot_val = report("validation", val, rng, resamples)
        gap(dev, val, (boot_dev, boot_val))
        if (shared / "gold").is_dir():
            report("seeds", seeds_split(score, engine, shared), rng, resamples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--engines", default="rules,trained")
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2016)
    args = parser.parse_args(argv)
    if not (args.shared / "devsets" / "winer-fr-2016").is_dir():
        print(f"quality: no WiNER 2016 development set under {args.shared}", file=sys.stderr)
        return 2
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = set(engines) - {"rules", "trained"}
    if unknown:
        print(f"quality: unknown engine {sorted(unknown)[0]!r} (rules, trained)", file=sys.stderr)
        return 2
    run(args.shared, engines, args.resamples, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
