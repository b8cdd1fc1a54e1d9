"""Roles that name one office another way, or another office under the same word: a
body speaking through « dans un communiqué » set between it and its verb, the
prosecutor behind « la représentante du parquet », the prosecutor « l'avocate
générale » who is no party's lawyer, a deputy who is not the mayor, and an English
office written with capitals ("the Prime Minister, Helen Roe,").

Invented people, bodies and places.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, trained_article_speakers

from tui.core.engine_identity import available
from tui.core.quotes.parsed_subjects import subject

HEARING = (
    "Le procès de Bastien Corlay, accusé d'avoir escroqué une dizaine de retraités, "
    "s'est tenu mardi devant le tribunal correctionnel de Vannes.\n\n"
)


@pytest.mark.skipif(not available(), reason="the trained engine is not installed")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le musée, dans un message aux visiteurs, qualifie la vente de « Q ».", "musée"),
        ("À Brest, dans un message aux visiteurs, qualifie la vente de « Q ».", None),
    ],
)
def test_a_subject_before_a_circumstance_set_off_by_commas(
    sentence: str, expected: str | None
) -> None:
    """The parser may leave « Le musée » as a fragment of its own before « , dans un
    communiqué, »: the phrase is still the verb's subject; a place is none."""
    from tui.core.analysis.engine_trained import load_parser

    doc = load_parser()(sentence)
    verb = next(t for t in doc if t.text == "qualifie")
    quoted = next(t for t in doc if t.text == "Q")
    found = subject(verb, quoted)
    assert (found.text if found is not None else None) == expected


def test_a_museum_speaks_however_the_model_labelled_its_name() -> None:
    title = "Rétrospective Anne Le Goasguen"
    body = (
        "Les marines d'Anne Le Goasguen sont accrochées jusqu'en mars au Musée Kerhallet "
        "d'art moderne, à Quimper.\n\n"
        "« Elle peignait la mer comme personne », se souvient le sculpteur Yann Prigent.\n\n"
        "Le musée, dans un message aux visiteurs, qualifie l'accrochage d'« hommage attendu "
        "depuis trente ans »."
    )
    assert (trained_article_speakers(body, title)[-1] or "").startswith("Musée Kerhallet")


def test_the_representative_of_the_prosecution_is_the_prosecutor_named() -> None:
    body = HEARING + (
        "La procureure, Maëlle Guivarch, a requis trois ans de prison. « Il choisissait "
        "des personnes seules », a-t-elle lancé.\n\n"
        "Le prévenu a gardé le silence. Pour la représentante du ministère public, ces "
        "ventes relèvent d'un « système rodé »."
    )
    assert trained_article_speakers(body, "Escroqueries aux retraités")[-1] == "Maëlle Guivarch"


def test_the_lawyer_is_not_the_prosecutor_at_a_criminal_court() -> None:
    body = HEARING + (
        "« Il a menti du premier au dernier jour », a lancé l'avocate générale, Solenn "
        "Quéré.\n\n"
        "« Ces familles attendent des réponses », estime Me Armelle Tanguy, qui défend "
        "les parties civiles. Pour l'avocate, le mutisme du prévenu « ajoute à la peine "
        "des familles »."
    )
    assert trained_article_speakers(body, "Escroqueries aux retraités")[-1] == "Armelle Tanguy"


def test_a_deputy_mayor_is_not_the_mayor() -> None:
    title = "Conseil municipal de Plouzané : la halle attendra"
    body = (
        "Le projet de halle couverte a été repoussé lundi. « Le budget ne suit pas », a "
        "reconnu le maire adjoint, Loïc Mével.\n\n"
        "Dans l'opposition, on s'agace. « Le maire nous avait promis la halle pour "
        "l'été », a lancé Gwenola Rivoal. « Nous la ferons », a répondu le maire."
    )
    assert trained_article_speakers(body, title)[-1] is None


def test_a_capitalised_english_office_ties_to_the_name_set_off_after_it() -> None:
    body = (
        "Mr Garvey wrote to the Prime Minister, Helen Roe, on Sunday to say he could no "
        "longer serve.\n\n"
        "The opposition pounced. \u201cThe Prime Minister promised this country \u2018a "
        "government of clean hands\u2019. She has not delivered it,\u201d said Tara Binns."
    )
    quotes = article_quotes(body, title="Schools minister quits over contract row")
    inner = next(q for q in quotes if q.text.startswith("a government"))
    assert inner.speaker == "Helen Roe"
