"""The quote benchmark's outcome counts put every gold quote in exactly one class.

They are what may be printed for the validation set (counts, never examples), so a
quote counted twice or in the wrong class would mislead whoever studies them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").is_file(), reason="../shared/eval/score.py is absent"
)


def _benchmark():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "quote_quality", ROOT / "benchmarks" / "quote_quality.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_gold_quote_lands_in_the_class_its_prediction_gives() -> None:
    qq = _benchmark()
    score = qq.load_scorer(SHARED)
    gold = [
        {"start": 0, "end": 10, "speaker": "Vladimir Poutine", "kind": "speech"},
        {"start": 20, "end": 30, "speaker": "Dmitri Peskov", "kind": "speech"},
        {"start": 40, "end": 50, "speaker": "Kim Jong Un", "kind": "fragment"},
        {"start": 60, "end": 70, "speaker": None, "kind": "other"},
        {"start": 80, "end": 90, "speaker": None, "kind": "fragment"},
        {"start": 100, "end": 110, "speaker": "Kim Jong Un", "kind": "speech"},
    ]
    pred = [
        {"start": 0, "end": 10, "speaker": "Poutine"},  # a shorter form of the name
        {"start": 20, "end": 30, "speaker": None},
        {"start": 41, "end": 50, "speaker": "Vladimir Poutine"},
        {"start": 60, "end": 70, "speaker": None},
        {"start": 80, "end": 90, "speaker": "Kim Jong Un"},
    ]
    table = qq.outcomes(score, [("doc", pred, gold, "x" * 120)])
    assert table["speech"]["named:right"] == 1
    assert table["speech"]["named:none"] == 1
    assert table["speech"]["missed"] == 1
    assert table["fragment"]["named:wrong"] == 1
    assert table["fragment"]["null:given"] == 1
    assert table["other"]["null:none"] == 1
    assert sum(sum(row.values()) for row in table.values()) == len(gold)


def test_every_set_is_pooled_by_split_and_language() -> None:
    benchmark = _benchmark()
    pools = {name: benchmark._pool(name) for name in benchmark.SETS}
    assert pools["validation: French press 9, written blind"] == "validation, French"
    assert pools["validation: English news 8, written blind"] == "validation, English"
    assert pools["development (WiNER 2016 01-11)"] == "development, French"
    assert set(pools.values()) == {
        "development, French",
        "development, English",
        "validation, French",
        "validation, English",
        "validation, WiNER",
    }
