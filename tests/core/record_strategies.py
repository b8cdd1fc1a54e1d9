"""Hypothesis strategies for the analysis records, shared by the store tests.

Each takes the strategy of the free-text fields, so a test can feed lone surrogates or
control characters where it checks that a store round-trips any text.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tui.core.models import Entity, Quote

OFFSETS = st.integers(0, 10**6)


def entities(texts: st.SearchStrategy[str]) -> st.SearchStrategy[Entity]:
    """Entities with arbitrary offsets, any label and ``texts`` for surface and name."""
    labels = st.sampled_from(["PER", "LOC", "ORG", "MISC"])
    return st.builds(Entity, OFFSETS, OFFSETS, texts, labels, texts)


def quotes(texts: st.SearchStrategy[str]) -> st.SearchStrategy[Quote]:
    """Quotes with arbitrary offsets, any kind, ``texts`` for words and speaker."""
    kinds = st.sampled_from(["speech", "fragment", "other"])
    return st.builds(Quote, OFFSETS, OFFSETS, texts, st.none() | texts, kinds)
