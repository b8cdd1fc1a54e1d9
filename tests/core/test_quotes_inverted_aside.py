"""An aside between the inverted verb and its subject (invented names and outlets)."""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Paul Durand"], bodies=["Veltronic", "Radio Orbis"])


def test_an_aside_after_the_verb_leaves_the_subject_to_speak() -> None:
    text = (
        "La grève dure. « Le mouvement s'étend », a confié, à Radio Orbis, le directeur "
        "de cabinet du président de Veltronic, Paul Durand. « Ça va devenir compliqué. »\n"
        "Les usines ferment. « Des décharges sont utilisées », a-t-il constaté."
    )
    assert CAST.speakers(text) == ["Paul Durand"] * 3


def test_an_aside_with_no_closing_comma_finds_no_subject() -> None:
    text = "« Rien ne bouge », a confié, à Radio Orbis"
    assert CAST.speakers(text) == [None]
