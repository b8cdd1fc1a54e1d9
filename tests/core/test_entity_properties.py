"""Properties of the entity extractor and resolver on arbitrary and adversarial input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.entities.extract import extract_entities
from tui.core.names import resolve_names

_PIECES = [*"abcdeéèKLMPRUVÉ -’'.,;«»\"\n\u00a0()[]", "de ", "du ", "l’", "d’", "M. ", "Mme "]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


def _check(text: str) -> None:
    ents = extract_entities(text, language="fr")
    last = 0
    for e in ents:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= last
        assert text[e.start : e.end] == e.text
        assert e.label in ("PER", "LOC", "ORG", "MISC")
        last = e.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_string_gives_in_bounds_non_overlapping_spans(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(_NEWSY)
def test_news_like_strings_give_valid_spans(text: str) -> None:
    _check(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(_NEWSY, max_size=4))
def test_resolution_keeps_every_mention(texts: list[str]) -> None:
    mentions = {str(i): extract_entities(t, language="fr") for i, t in enumerate(texts)}
    resolved, corpus = resolve_names(mentions)
    assert {k: len(v) for k, v in resolved.items()} == {k: len(v) for k, v in mentions.items()}
    assert sum(c.mentions for c in corpus) == sum(len(v) for v in mentions.values())


def test_one_megabyte_without_newline_completes() -> None:
    text = ("Vladimir Poutine a rencontré Kim Jong-un à Vostotchny, selon l’AFP. " * 15000)[
        :1_000_000
    ]
    ents = extract_entities(text, language="fr")
    assert len(ents) > 10000


def test_rtl_emoji_and_control_characters() -> None:
    text = "مرحبا Emmanuel Macron 🇫🇷 à Paris\u200f\x00\x1b[31m Берлин Ангела Меркель 😀 Londres"
    _check(text)
    labels = {e.text: e.label for e in extract_entities(text, language="fr")}
    assert labels.get("Emmanuel Macron") == "PER"
    assert labels.get("Paris") == "LOC"


def test_pathological_capital_runs_complete() -> None:
    text = "A " * 200_000 + "de " * 1000 + "Ab-" * 5000 + "d’" * 5000
    _check(text)
