"""The speaker-ranker study's clues and fitting, on invented text.

The study decides whether a learned layer is worth shipping, so its clues must say
what they claim (a name inside quotation marks never stands "near" them) and its
fitting must learn a preference the data plainly shows.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np

from tui.core.models import Entity, Quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
features = importlib.import_module("speaker_ranker_features")
study = importlib.import_module("speaker_ranker_study")

TEXT = (
    "Le maire Paul Verdier a visité Lorvaux. Il a déclaré « Marc Olier ne viendra pas » "
    "devant la presse.\nLa préfecture de Lorvaux reste prudente."
)


def _entity(name: str, label: str = "PER") -> Entity:
    start = TEXT.index(name)
    return Entity(start, start + len(name), name, label, name)


def _quote() -> Quote:
    start = TEXT.index("Marc")
    end = TEXT.index(" »")
    return Quote(start, end, TEXT[start:end], None, "speech")


def _rows() -> dict[str, tuple[float, ...]]:
    quotes = [_quote()]
    layout = features.Layout.of(TEXT, quotes)
    entities = [_entity("Paul Verdier"), _entity("Marc Olier"), _entity("préfecture", "ORG")]
    rows = features.candidate_rows(layout, entities, quotes, 0, "fr")
    return {r.name: r.values for r in rows}


def _value(values: tuple[float, ...], name: str) -> float:
    return values[features.CANDIDATE_FEATURES.index(name)]


def test_a_name_inside_the_quotation_is_no_candidate() -> None:
    assert "Marc Olier" not in _rows()


def test_the_person_named_before_is_the_nearest_candidate() -> None:
    rows = _rows()
    verdier = rows["Paul Verdier"]
    assert _value(verdier, "paragraph_before") == 1.0
    assert _value(verdier, "nearest_before") == 1.0
    assert _value(verdier, "person") == 1.0
    assert "préfecture" not in rows  # named only in a later paragraph: out of reach


def test_the_quotations_own_clues() -> None:
    quotes = [_quote()]
    layout = features.Layout.of(TEXT, quotes)
    values = features.quote_values(layout, quotes, 0, 2, "fr")
    named = dict(zip(features.QUOTE_FEATURES, values, strict=True))
    assert named["reporting_verb_in_sentence"] == 1.0
    assert named["capitalised"] == 1.0
    assert named["cues_silent"] == 1.0


def _example(right: int) -> object:
    rows = np.zeros((2, len(features.CANDIDATE_FEATURES)))
    rows[0, features.CANDIDATE_FEATURES.index("same_sentence_before")] = 1.0
    quote = np.zeros(len(features.QUOTE_FEATURES))
    quote[0] = 1.0
    return study.Example("d", "fresh", "A", None, ["A", "B"], rows, quote, [right])


def test_fitting_learns_the_clue_that_marks_the_speaker() -> None:
    data = [_example(1) for _ in range(20)]
    quote_w, cand_w = study.fit(data, l2=0.1, steps=100)
    assert study.choose(data[0], quote_w, cand_w, 0.0) == "A"
