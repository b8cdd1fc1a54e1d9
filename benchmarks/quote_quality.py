"""Quote quality of the engines on development and validation gold, with intervals.

The quote gold in ``tests/fixtures/quote_gold`` was written by reading (see its README):
WiNER 2016 development articles (January–November, may be studied), the validation
articles (December, plus the September–November ones declared validation: never studied,
scored in aggregate only), ten invented English articles, the bundled seeds' gold in
``../shared/gold``, and sets written blind by people who never saw the engine (ten
English and ten French press-style articles each, in a folder named after the gold
file): one of each language is development, the other validation (aggregate only, like
the WiNER validation). Each set is analysed as ``newsreader analyze`` would (per
article, then names merged over the set) and scored with ``../shared/eval/score.py``'s
own quote matching: quote F1, speaker accuracy (over quotes whose gold speaker is named)
and spurious_speaker (the share of quotes whose gold speaker is null that were given
one). Each figure has a 95 % interval from a document bootstrap (seeded), and the
development − validation gap has one too.

Usage::

    python benchmarks/quote_quality.py [--shared ../shared] [--engines rules,trained]
        [--show] [--by-kind]

``--by-kind`` counts, for every set, how each kind of quote ends: a named speaker
found, missed (no speaker) or wrong; a null speaker kept or given one. Counts only, so
it is printed for validation too and says which class of error to study on
development.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import analyse, interval, load_scorer

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "quote_gold"
SETS = {
    "development (WiNER 2016 01-11)": (
        "winer",
        tuple(
            n
            for n in (f"winer-2016-dev{k}.jsonl" for k in ("", "2", "3", "4", "5"))
            if (GOLD / n).is_file()
        ),
    ),
    "validation (WiNER 2016 09-12)": (
        "winer",
        tuple(
            n
            for n in (
                "winer-2016-12.jsonl",
                "winer-2016-11-validation.jsonl",
                "winer-2016-0910-validation.jsonl",
            )
            if (GOLD / n).is_file()
        ),
    ),
    "English (invented articles)": ("english", ("english.jsonl",)),
    "seeds": ("seeds", ()),
    "English, written blind (development)": ("written", ("english-blind-dev.jsonl",)),
    "French press, written blind (development)": ("written", ("french-press-dev.jsonl",)),
    "English politics, written blind (development)": (
        "written",
        ("english-politics-dev.jsonl",),
    ),
    "French news, written blind (development)": ("written", ("french-news-dev2.jsonl",)),
    "English mixed styles, written blind (development)": (
        "written",
        ("english-mixed-dev.jsonl",),
    ),
    "French francophone press, written blind (development)": (
        "written",
        ("french-mixed-dev.jsonl",),
    ),
    "French wiki-style news, written blind (development)": (
        "written",
        ("french-wiki-dev.jsonl",),
    ),
    "English regional news, written blind (development)": (
        "written",
        ("english-regional-dev.jsonl",),
    ),
    "English campaign coverage, written blind (development)": (
        "written",
        ("english-campaign-dev.jsonl",),
    ),
    "English wire copy, written blind (development)": ("written", ("english-wire-dev.jsonl",)),
    "French political press, written blind (development)": (
        "written",
        ("french-politique-dev.jsonl",),
    ),
    "English government news, written blind (development)": (
        "written",
        ("english-government-dev.jsonl",),
    ),
    "French general news, written blind (development)": (
        "written",
        ("french-actualite-dev.jsonl",),
    ),
    "English local news, written blind (development)": (
        "written",
        ("english-localnews-dev.jsonl",),
    ),
    "French regional press, written blind (development)": (
        "written",
        ("french-regional-dev.jsonl",),
    ),
    "English parliaments and governments, written blind (development)": (
        "written",
        ("english-parliament-dev.jsonl",),
    ),
    "French court reporting, written blind (development)": (
        "written",
        ("french-justice-dev.jsonl",),
    ),
    "French local news and economy, written blind (development)": (
        "written",
        ("french-territoires-dev.jsonl",),
    ),
    "French magazines and long form, written blind (development)": (
        "written",
        ("french-magazine-dev.jsonl",),
    ),
    "French international news, written blind (development)": (
        "written",
        ("french-international-dev.jsonl",),
    ),
    "English courts and business, written blind (development)": (
        "written",
        ("english-courts-business-dev.jsonl",),
    ),
    "French society and daily life, written blind (development)": (
        "written",
        ("french-societe-dev.jsonl",),
    ),
    "French sport and culture, written blind (development)": (
        "written",
        ("french-sport-culture-dev.jsonl",),
    ),
    "English features and profiles, written blind (development)": (
        "written",
        ("english-features-dev.jsonl",),
    ),
    "English pronouns and people, written blind (development)": (
        "written",
        ("english-pronouns-dev.jsonl",),
    ),
    "English statements and bodies, written blind (development)": (
        "written",
        ("english-statements-dev.jsonl",),
    ),
    "French daily press, written blind (development)": (
        "written",
        ("french-quotidien-dev.jsonl",),
    ),
    "English science and transport, written blind (development)": (
        "written",
        ("english-science-transport-dev.jsonl",),
    ),
    "French local incidents, written blind (development)": (
        "written",
        ("french-faits-divers-dev.jsonl",),
    ),
    "English politics, second set, written blind (development)": (
        "written",
        ("english-politics2-dev.jsonl",),
    ),
    "French press, second set, written blind (development)": (
        "written",
        ("french-presse2-dev.jsonl",),
    ),
    "English sport and society, written blind (development)": (
        "written",
        ("english-sport-society-dev.jsonl",),
    ),
    "French economy and society, written blind (development)": (
        "written",
        ("french-economie-societe-dev.jsonl",),
    ),
    "English business and public affairs, written blind (development)": (
        "written",
        ("english-business-public-dev.jsonl",),
    ),
    "French health, sport and regions, written blind (development)": (
        "written",
        ("french-sante-sport-dev.jsonl",),
    ),
    "English health and education, written blind (development)": (
        "written",
        ("english-health-education-dev.jsonl",),
    ),
    "French culture and education, written blind (development)": (
        "written",
        ("french-culture-education-dev.jsonl",),
    ),
    "French environment and transport, written blind (development)": (
        "written",
        ("french-environnement-transports-dev.jsonl",),
    ),
    "English world news, written blind (development)": (
        "written",
        ("english-world-dev.jsonl",),
    ),
    "French world news, written blind (development)": (
        "written",
        ("french-monde-dev.jsonl",),
    ),
    "French public life, written blind (development)": (
        "written",
        ("french-vie-publique-dev.jsonl",),
    ),
    "English national press, written blind (development)": (
        "written",
        ("english-national-dev.jsonl",),
    ),
    "French regional press, second set, written blind (development)": (
        "written",
        ("french-regions-dev.jsonl",),
    ),
    "French analysis with fragments, written blind (development)": (
        "written",
        ("french-fragments-dev.jsonl",),
    ),
    "English analysis with fragments, written blind (development)": (
        "written",
        ("english-fragments-dev.jsonl",),
    ),
    "French wire dispatches, written blind (development)": (
        "written",
        ("french-agence-dev.jsonl",),
    ),
    "French wiki news with tokeniser spacing, written blind (development)": (
        "written",
        ("french-wikinews-dev.jsonl",),
    ),
    "French wiki news, second set, written blind (development)": (
        "written",
        ("french-wikinews2-dev.jsonl",),
    ),
    "French wiki news, third set, written blind (development)": (
        "written",
        ("french-wikinews3-dev.jsonl",),
    ),
    "French wiki news, fourth set, written blind (development)": (
        "written",
        ("french-wikinews4-dev.jsonl",),
    ),
    "French wiki news, fifth set, written blind (development)": (
        "written",
        ("french-wikinews5-dev.jsonl",),
    ),
    "French wiki news, sixth set, written blind (development)": (
        "written",
        ("french-wikinews6-dev.jsonl",),
    ),
    "French wiki news, seventh set, written blind (development)": (
        "written",
        ("french-wikinews7-dev.jsonl",),
    ),
    "French wiki news, eighth set, written blind (development)": (
        "written",
        ("french-wikinews8-dev.jsonl",),
    ),
    "French wiki news, ninth set, written blind (development)": (
        "written",
        ("french-wikinews9-dev.jsonl",),
    ),
    "French wiki news, tenth set, written blind (development)": (
        "written",
        ("french-wikinews10-dev.jsonl",),
    ),
    "French wiki news, eleventh set, written blind (development)": (
        "written",
        ("french-wikinews11-dev.jsonl",),
    ),
    "French wiki news, twelfth set, written blind (development)": (
        "written",
        ("french-wikinews12-dev.jsonl",),
    ),
    "French wiki news, thirteenth set, written blind (development)": (
        "written",
        ("french-wikinews13-dev.jsonl",),
    ),
    "French wiki news, fourteenth set, written blind (development)": (
        "written",
        ("french-wikinews14-dev.jsonl",),
    ),
    "French wiki news, fifteenth set, written blind (development)": (
        "written",
        ("french-wikinews15-dev.jsonl",),
    ),
    "French wiki news, sixteenth set, written blind (development)": (
        "written",
        ("french-wikinews16-dev.jsonl",),
    ),
    "validation: English, written blind": ("written", ("english-validation.jsonl",)),
    "validation: French press, written blind": ("written", ("french-press-validation.jsonl",)),
    "validation: English political news, written blind": (
        "written",
        ("english-validation2.jsonl",),
    ),
    "validation: French press 2, written blind": (
        "written",
        ("french-press-validation2.jsonl",),
    ),
    "validation: English political news 3, written blind": (
        "written",
        ("english-validation3.jsonl",),
    ),
    "validation: French press 3, written blind": (
        "written",
        ("french-press-validation3.jsonl",),
    ),
    "validation: English general news 4, written blind": (
        "written",
        ("english-validation4.jsonl",),
    ),
    "validation: French press 4, written blind": (
        "written",
        ("french-press-validation4.jsonl",),
    ),
    "validation: English news 5, written blind": (
        "written",
        ("english-validation5.jsonl",),
    ),
    "validation: French press 5, written blind": (
        "written",
        ("french-press-validation5.jsonl",),
    ),
    "validation: English news 6, written blind": (
        "written",
        ("english-validation6.jsonl",),
    ),
    "validation: English news 7, written blind": (
        "written",
        ("english-validation7.jsonl",),
    ),
    "validation: French press 6, written blind": (
        "written",
        ("french-press-validation6.jsonl",),
    ),
    "validation: French press 7, written blind": (
        "written",
        ("french-press-validation7.jsonl",),
    ),
    "validation: French press 8, written blind": (
        "written",
        ("french-press-validation8.jsonl",),
    ),
    "validation: English news 8, written blind": (
        "written",
        ("english-validation8.jsonl",),
    ),
    "validation: French press 9, written blind": (
        "written",
        ("french-press-validation9.jsonl",),
    ),
    "validation: English political news 9, written blind": (
        "written",
        ("english-validation9.jsonl",),
    ),
}
MEASURES = ("quote_f1", "speaker_acc", "spurious")
Doc = tuple[str, list[dict[str, Any]], list[dict[str, Any]], str]
"""One article as the scorer takes it: (name, predicted quotes, gold quotes, text)."""


def gold_lines(names: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Gold quotes by document, from the JSON Lines files named."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.setdefault(row["doc"], []).append(row)
    return out


def winer_path(shared: Path, doc: str) -> Path:
    """``2016_12_08-001`` → ``…/winer-fr-2016/12/2016_12_08-001.txt``."""
    return shared / "devsets" / "winer-fr-2016" / doc[5:7] / f"{doc}.txt"


def docs_of(
    score: ModuleType, engine: str, shared: Path, kind: str, files: Sequence[str]
) -> list[Doc]:
    """Every article of a set, analysed and paired with its gold."""
    if kind == "seeds":
        paths = sorted((shared / "gold").glob("*.yaml"))
        texts = {p.stem: ROOT / "seeds" / f"{p.stem}.txt" for p in paths}
        found, _ = analyse(engine, list(texts.values()))
        out = []
        for p in paths:
            text = texts[p.stem].read_text(encoding="utf-8")
            gold = score.gold_from_yaml(p, text)[1]
            out.append((p.stem, _quotes(found[p.stem]), gold, text))
        return out
    gold = gold_lines(files)
    if kind == "written":
        # Articles written for a set live in a folder named after its gold file.
        folder = GOLD / Path(files[0]).stem
        where = {doc: folder / f"{doc}.txt" for doc in gold}
    elif kind == "english":
        where = {doc: GOLD / "english" / f"{doc}.txt" for doc in gold}
    else:
        where = {doc: winer_path(shared, doc) for doc in gold}
    found, _ = analyse(engine, list(where.values()))
    return [
        (doc, _quotes(found[doc]), gold[doc], where[doc].read_text(encoding="utf-8"))
        for doc in sorted(gold)
    ]


def _quotes(analysis: Any) -> list[dict[str, Any]]:
    return [{"start": q.start, "end": q.end, "speaker": q.speaker} for q in analysis.quotes]


def measures(score: ModuleType, docs: Sequence[Doc]) -> dict[str, float]:
    """Quote F1, speaker accuracy and spurious_speaker of a set of documents."""
    result, _, _ = score.score_quotes(list(docs))
    return {
        "quote_f1": result["f"],
        "speaker_acc": result["speaker_acc"],
        "spurious": result["spurious"],
    }


def bootstrap(
    score: ModuleType, docs: Sequence[Doc], rng: random.Random, n: int
) -> dict[str, list[float]]:
    """Each measure over ``n`` resamples of the documents, with replacement."""
    samples: dict[str, list[float]] = {m: [] for m in MEASURES}
    for _ in range(n):
        drawn = [docs[rng.randrange(len(docs))] for _ in docs]
        for m, value in measures(score, drawn).items():
            samples[m].append(value)
    return samples


OUTCOMES = ("named:right", "named:none", "named:wrong", "null:none", "null:given", "missed")


def outcomes(score: ModuleType, docs: Sequence[Doc]) -> dict[str, dict[str, int]]:
    """How many gold quotes of each kind end in each outcome: counts only, so it may be
    printed for the validation set, whose individual misses are never shown."""
    table: dict[str, dict[str, int]] = {}
    for _, pred, gold, _ in docs:
        for g in gold:
            row = table.setdefault(g.get("kind") or "?", dict.fromkeys(OUTCOMES, 0))
            row[_outcome(score, g, pred)] += 1
    return table


def _outcome(score: ModuleType, g: dict[str, Any], pred: Sequence[dict[str, Any]]) -> str:
    longest = g["end"] - g["start"]
    match = next(
        (
            p
            for p in pred
            if min(g["end"], p["end"]) - max(g["start"], p["start"])
            >= 0.8 * max(longest, p["end"] - p["start"])
        ),
        None,
    )
    if match is None:
        return "missed"
    if g.get("speaker") is None:
        return "null:given" if match.get("speaker") else "null:none"
    if not match.get("speaker"):
        return "named:none"
    right = score.same_speaker(match["speaker"], g["speaker"])
    return "named:right" if right else "named:wrong"


def print_outcomes(score: ModuleType, docs: Sequence[Doc]) -> None:
    for kind, row in sorted(outcomes(score, docs).items()):
        print(f"      {kind:9} " + "  ".join(f"{o}={row[o]}" for o in OUTCOMES if row[o]))


def run(
    shared: Path, engines: Sequence[str], resamples: int, seed: int, show: bool, by_kind: bool
) -> None:
    score = load_scorer(shared)
    for engine in engines:
        print(f"== engine {engine}")
        boots: dict[str, dict[str, list[float]]] = {}
        pools: dict[str, list[Doc]] = {}
        for name, (kind, files) in SETS.items():
            if kind == "written" and not all((GOLD / f).is_file() for f in files):
                continue
            docs = docs_of(score, engine, shared, kind, files)
            pools.setdefault(_pool(name), []).extend(docs)
            whole = measures(score, docs)
            boots[name] = bootstrap(score, docs, random.Random(seed), resamples)
            quotes = sum(len(d[2]) for d in docs)
            figures = "  ".join(
                f"{m}={whole[m]:.3f} [{interval(boots[name][m])[0]:.3f}, "
                f"{interval(boots[name][m])[1]:.3f}]"
                for m in MEASURES
            )
            print(f"  {name:34} {len(docs):3} docs {quotes:4} quotes  {figures}")
            if by_kind:
                print_outcomes(score, docs)
            if show and not name.startswith("validation"):
                # Development, English and seeds only: validation misses are never shown.
                for line in score.score_quotes(list(docs))[2]:
                    print(f"      {line}")
        dev, val = (boots[k] for k in list(SETS)[:2])
        gaps = "  ".join(_gap(m, dev[m], val[m]) for m in MEASURES)
        print(f"  development - validation gap: {gaps}")
        print_pools(score, pools, seed, resamples)


def _pool(name: str) -> str:
    """The pooled group a set belongs to: its split and its language (WiNER's
    validation months apart, as the issue's floor is theirs)."""
    split = "validation" if name.startswith("validation") else "development"
    if "WiNER" in name and split == "validation":
        return "validation, WiNER"
    french = "French" in name or "WiNER" in name or "seeds" in name
    return f"{split}, {'French' if french else 'English'}"


def print_pools(score: Any, pools: dict[str, list[Doc]], seed: int, resamples: int) -> None:
    """Every set of a split and a language pooled, with document-bootstrap intervals."""
    for name in sorted(pools):
        docs = pools[name]
        whole = measures(score, docs)
        boot = bootstrap(score, docs, random.Random(seed), resamples)
        figures = "  ".join(
            f"{m}={whole[m]:.3f} [{interval(boot[m])[0]:.3f}, {interval(boot[m])[1]:.3f}]"
            for m in MEASURES
        )
        print(f"  pooled {name:27} {len(docs):3} docs  {figures}")


def _gap(measure: str, dev: Sequence[float], val: Sequence[float]) -> str:
    """The development − validation gap of one measure, with its paired interval."""
    low, high = interval([a - b for a, b in zip(dev, val, strict=True)])
    return f"{measure} {sum(dev) / len(dev) - sum(val) / len(val):+.3f} [{low:+.3f}, {high:+.3f}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--engines", default="rules,trained")
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument(
        "--show", action="store_true", help="list wrong speakers (never of the validation set)"
    )
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="count each kind's outcomes (named right / none / wrong, null given one…)",
    )
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").is_file():
        print(f"quote_quality: no {args.shared / 'eval' / 'score.py'}", file=sys.stderr)
        return 1
    run(args.shared, args.engines.split(","), args.resamples, args.seed, args.show, args.by_kind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
