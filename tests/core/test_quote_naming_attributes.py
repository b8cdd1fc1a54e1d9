"""Words a subject gives a thing: « ce que ses partisans appellent la « … » » (the
namers', not the sentence subject's), « ce qu'elle appelle » (hers), « X présente
le projet comme « … » » (X's), and documents that speak for their issuer: « un
courrier de la préfecture du Nord », « le jugement du tribunal ». A Belgian « zone de
secours » is a body. Invented names; the parse-only cases skip without the trained
engine.
"""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.engine_identity import available
from tui.core.quotes.constraints import noun_kind

CAST = cast(
    ["Lucía Ferrandez", "Paul Durand", "Jean Vidal", "Gavin Thorley"],
    surnames=["Ferrandez", "Durand"],
    bodies=["musée des Beaux-Arts de Vannes", "tribunal administratif de Lille"],
    places=["Nord", "Ardenne-Sud"],
)

parsed = pytest.mark.skipif(not available(), reason="the trained engine is not installed")


def test_what_a_group_calls_a_plan_is_not_the_sentence_subjects_word() -> None:
    text = (
        "Un titre\n\n"
        "Lucía Ferrandez a fait campagne sur ce que ses partisans appellent la "
        "« révolution des routes », un vaste programme de travaux."
    )
    assert CAST.speakers(text) == [None]


def test_what_she_calls_a_plan_is_her_word() -> None:
    text = (
        "Un titre\n\n"
        "Lucía Ferrandez a fait campagne sur ce qu'elle appelle la « révolution des "
        "routes », un vaste programme de travaux."
    )
    assert CAST.speakers(text) == ["Lucía Ferrandez"]


def test_what_a_named_mayor_qualifies_so_is_his_word() -> None:
    text = (
        "Un titre\n\n"
        "Paul Durand dénonce ce que le maire, Jean Vidal, qualifie de « réforme historique »."
    )
    assert CAST.speakers(text) == ["Jean Vidal"]


def test_a_letter_from_a_prefecture_speaks_for_it() -> None:
    text = (
        "Un titre\n\n"
        "Paul Durand est arrivé à l'audience. Un courrier de la préfecture du Nord, versé "
        "au dossier, relevait « des irrégularités de procédure répétées » dans les marchés."
    )
    assert CAST.speakers(text) == ["préfecture du Nord"]


def test_a_judgment_speaks_for_its_court() -> None:
    text = (
        "Un titre\n\n"
        "Le jugement du tribunal administratif de Lille relève que « la commune a "
        "méconnu ses obligations »."
    )
    assert CAST.speakers(text) == ["tribunal administratif de Lille"]


def test_a_zone_de_secours_is_a_body() -> None:
    assert noun_kind("la zone de secours Ardenne-Sud") == "body"
    text = (
        "Un titre\n\n"
        "Le conducteur a été transporté dans un état « préoccupant », selon la zone de "
        "secours Ardenne-Sud."
    )
    assert CAST.speakers(text) == ["zone de secours Ardenne-Sud"]


@parsed
def test_a_body_presenting_a_thing_as_quoted_words_says_them() -> None:
    from tui.core.analysis.engine_trained import parse_sentences

    text = (
        "Un titre\n\n"
        "Le musée des Beaux-Arts de Vannes ouvre samedi une exposition. Le musée présente "
        "l'exposition comme « la plus ambitieuse de son histoire »."
    )
    assert CAST.speakers(text, parse=parse_sentences) == ["musée des Beaux-Arts de Vannes"]


@parsed
def test_a_passive_description_without_agent_names_nobody() -> None:
    from tui.core.analysis.engine_trained import parse_sentences

    text = "Un titre\n\nLe site est décrit comme « structurellement déficitaire »."
    assert CAST.speakers(text, parse=parse_sentences) == [None]


def test_what_an_industry_calls_a_thing_is_not_the_sentence_subjects_word() -> None:
    text = (
        "Title\n\n"
        "Gavin Thorley spent much of his time on what the industry calls the "
        "“list price” rather than the net price."
    )
    assert CAST.speakers(text, "en") == [None]


def test_what_he_calls_a_thing_is_his_word() -> None:
    text = "Title\n\nGavin Thorley spent much of his time on what he calls the “list price”."
    assert CAST.speakers(text, "en") == ["Gavin Thorley"]


def test_what_she_nicknames_someone_is_her_word() -> None:
    text = (
        "Un titre\n\n"
        "Lucía Ferrandez cuisine le bœuf d'un éleveur voisin qu'elle surnomme « le "
        "meilleur ami de la maison »."
    )
    assert CAST.speakers(text) == ["Lucía Ferrandez"]


def test_a_place_nicknamed_so_is_nobodys_word() -> None:
    text = "Un titre\n\nLucía Ferrandez vit dans un village surnommé « le bout du monde »."
    assert CAST.speakers(text) == [None]
