"""The perfect answer the quote-ceiling benchmark scores: every gold quotation at its
own place, so a repeated quotation or a word quoted again on its own is found where
the article writes it, not where it first occurs. Invented text."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
ceiling = importlib.import_module("quote_ceiling")

TEXT = (
    "Il promet une « belle victoire » aux siens.\n"
    "Le chef a promis une « belle victoire » et un « tremplin pour la région ». "
    "Plus tard, il a parlé d'un « tremplin »."
)


def test_each_gold_quotation_takes_its_own_place() -> None:
    gold = [
        {"text": "belle victoire", "speaker": "A"},
        {"text": "tremplin pour la région", "speaker": "A"},
        {"text": "belle victoire", "speaker": "A"},
        {"text": "tremplin", "speaker": "A"},
    ]
    places = sorted(
        (q["start"], TEXT[q["start"] : q["end"]]) for q in ceiling.perfect_answer(TEXT, gold)
    )
    assert [p[1] for p in places] == [
        "belle victoire",
        "belle victoire",
        "tremplin pour la région",
        "tremplin",
    ]
    assert places[-1][0] == TEXT.rindex("tremplin")
