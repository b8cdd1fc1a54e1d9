"""A saint's name joined by hyphens (« Saint-Ouen », « Sainte-Foy ») names a place,
whatever the recogniser said; a surname the article gives a person stays the person."""

from __future__ import annotations

from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions


def test_a_hyphenated_saint_is_a_place_whatever_the_recogniser_said() -> None:
    text = "Saint-Ouen (Seine-Saint-Denis). Le club a perdu."
    found = apply_conventions(text, [span_at(text, "Saint-Ouen", "PER")])
    assert [(e.text, e.label) for e in found] == [("Saint-Ouen", "LOC")]


def test_a_person_bearing_such_a_name_stays_a_person() -> None:
    text = "Le juge Paul Saint-Amblard a parlé. Saint-Amblard a requis."
    spans = [span_at(text, "Paul Saint-Amblard", "PER")]
    later = text.index("Saint-Amblard a requis")
    spans.append((later, later + len("Saint-Amblard"), "PER"))
    found = apply_conventions(text, spans)
    assert [(e.text, e.label) for e in found] == [
        ("Paul Saint-Amblard", "PER"),
        ("Saint-Amblard", "PER"),
    ]
