"""A name in brackets glosses a description (« l'agence de sauvetage (Velmar) »): it is
no speaker, and the person a comma sets after a long inverted description is.
Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_speakers, trained_quotes


def _speakers(text: str, language: str = "fr") -> list[str | None]:
    return rules_speakers(text, language)


def test_the_named_spokesperson_after_a_bracketed_gloss_speaks() -> None:
    text = (
        "Naufrage\n\n« Les recherches se poursuivent jour et nuit », a déclaré à l’AFP le "
        "porte-parole de l’agence nationale de recherche et de sauvetage (Velmar), "
        "Ari Susanto. « Chaque heure compte », a-t-il ajouté.\n"
    )
    assert _speakers(text) == ["Ari Susanto", "Ari Susanto"]


def test_a_long_inverted_description_keeps_its_apposed_name() -> None:
    text = (
        "Naufrage\n\n« Ce ferry n’aurait jamais dû quitter le port », a estimé devant la "
        "presse le gouverneur de la province des petites îles de la Sonde occidentales, "
        "Made Wirawan, qui a réclamé une enquête.\n"
    )
    assert _speakers(text) == ["Made Wirawan"]


def test_a_party_tag_in_brackets_is_no_subject() -> None:
    text = 'Vote\n\n"We will not back down," said Sen. Dale Orr (R-Texas), a member of the panel.\n'
    assert _speakers(text, "en") == ["Dale Orr"]


def test_a_place_inside_the_subject_never_speaks() -> None:
    text = (
        "Nitrates\n\nA dairy farmer near Tarnby, who asked not to be named, said he feared "
        "the report would be “used as a stick”.\n"
    )
    assert _speakers(text, "en") == [None]


def test_a_body_pinned_by_its_place_speaks_as_a_name() -> None:
    text = (
        "Fusillade\n\nLa police d'Orlando évoquait, sur Twitter, de « très nombreuses "
        "victimes » et recommandait de rester loin.\n"
    )
    quotes = trained_quotes(text, "Fusillade")
    assert [q.speaker for q in quotes] == ["police d'Orlando"]
