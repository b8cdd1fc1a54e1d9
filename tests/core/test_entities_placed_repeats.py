"""A name the words around one mention make a place (« le port de X ») is a place
wherever the article repeats it, though the recogniser read a person there; the
words of one mention never turn a person's other names into places."""

from __future__ import annotations

from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions


def _mentions(text: str, name: str, label: str) -> list[tuple[int, int, str]]:
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append((at, at + len(name), label))
        at = text.find(name, at + 1)
    return spans


def test_a_port_named_once_is_a_place_where_it_comes_back() -> None:
    text = (
        "Le cargo a été conduit jusqu'au port de Vardan Kesh. Le capitaine Oren Talib "
        "a parlé à Vardan Kesh devant la presse."
    )
    spans = [*_mentions(text, "Vardan Kesh", "PER"), span_at(text, "Oren Talib", "PER")]
    found = apply_conventions(text, sorted(spans))
    assert [(e.text, e.label) for e in found] == [
        ("Vardan Kesh", "LOC"),
        ("Oren Talib", "PER"),
        ("Vardan Kesh", "LOC"),
    ]


def test_a_town_sharing_a_word_leaves_the_person_a_person() -> None:
    text = "La commune de Morlane a voté. Le maire, Jean Morlane-Vidal, a parlé."
    spans = [span_at(text, "Morlane", "PER"), span_at(text, "Jean Morlane-Vidal", "PER")]
    found = apply_conventions(text, spans)
    assert [(e.text, e.label) for e in found] == [
        ("Morlane", "LOC"),
        ("Jean Morlane-Vidal", "PER"),
    ]
