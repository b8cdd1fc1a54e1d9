"""A body French names by a lowercase noun and what pins it down (« l'armée syrienne »,
« le ministère de l'Intérieur ») stays whole when the recogniser found it."""

from __future__ import annotations

import pytest
from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.described_bodies import with_described_bodies


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        (
            "Selon le ministère de l'Intérieur, rien.",
            "ministère de l'Intérieur",
            "ministère de l'Intérieur",
        ),
        ("L'armée syrienne a repris la ville.", "L'armée syrienne", "armée syrienne"),
        ("Le gouvernement ukrainien dément.", "gouvernement ukrainien", "gouvernement ukrainien"),
    ],
)
def test_a_lowercase_body_the_recogniser_found_is_kept_whole(
    text: str, span: str, kept: str
) -> None:
    names = [(e.text, e.label) for e in apply_conventions(text, [span_at(text, span)])]
    assert names == [(kept, "ORG")]


def test_a_head_before_a_proper_name_belongs_to_the_name() -> None:
    """« l'université Rennes 2 », « le comité Nobel »: the noun is part of the name."""
    text = "Elle étudie à l'université Rennes 2 depuis septembre."
    _, kept = with_described_bodies(text, [span_at(text, "université Rennes 2")])
    assert kept == {span_at(text, "université Rennes 2")[:2]}


def test_nothing_but_an_organisation_is_kept_so() -> None:
    text = "L'armée syrienne a repris la ville."
    _, kept = with_described_bodies(text, [span_at(text, "armée syrienne", "MISC")])
    assert kept == set()
