"""The analysis engine's identity and selection, kept apart so cheap modules can name it.

The stores key cached analyses by it and the analysis package runs the engine it
names; neither needs the other to know which engine is in use.

Cached analyses are keyed by the selected engine's name and version: bump
``ENGINE_VERSION`` whenever the output of the rules changes (the trained engine's key
carries it too, with the digest of its weights), and every cached article is analysed
again. The engine is chosen per process through ``NEWSREADER_ENGINE`` (``rules`` or
``trained``), which worker processes inherit; :func:`select` sets it. Nothing here
imports spaCy: asking which engine is selected costs nothing.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

ENGINE_NAME = "rules"
ENGINE_VERSION = "16"

ENGINE_ENV = "NEWSREADER_ENGINE"
ENGINES = ("rules", "trained")
DEFAULT_ENGINE = "rules"
"""The engine used when none is selected."""


def selected() -> str:
    """The engine this process (and the workers it starts) analyses with."""
    name = os.environ.get(ENGINE_ENV, "").strip().lower()
    return name if name in ENGINES else DEFAULT_ENGINE


def select(name: str) -> None:
    """Analyse with ``name`` from now on, in this process and the workers it starts."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    os.environ[ENGINE_ENV] = name


def trained_ready() -> bool:
    """The trained engine is selected and installed (else the rules stand in)."""
    return selected() == "trained" and available()


def cache_key() -> str:
    """The key cached analyses are stored under for the engine in use."""
    if trained_ready():
        return engine_key()
    return f"{ENGINE_NAME}:{ENGINE_VERSION}"


MODEL_DIR = Path(__file__).resolve().parent / "data" / "model"
"""The shipped recogniser (``ner/``) and the record of how it was made (``meta.json``)."""


@cache
def meta() -> dict[str, Any]:
    """What ``meta.json`` records: base package, version, seed, weights digest."""
    path = MODEL_DIR / "meta.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def available() -> bool:
    """Whether spaCy, the base package and the shipped weights are all there."""
    from importlib.util import find_spec

    base = meta().get("base")
    if not base or find_spec("spacy") is None or find_spec(base) is None:
        return False
    return (MODEL_DIR / "ner" / "model").is_file()


def engine_key() -> str:
    """The cache engine string: the shipped weights, their base, and the rules version.

    Quotes, names and English come from the rules engine, so its version is part of
    the key; retraining changes the digest, and either change re-analyses articles.
    """
    info = meta()
    weights = info.get("weights_sha256", "none")
    base = f"{info.get('base', 'none')}-{info.get('base_version', '?')}"
    return f"trained-{weights}+{base}:{ENGINE_NAME}-{ENGINE_VERSION}"
