"""Words quoted as someone's judgement inside a clause of the writer's sentence: an
object relative (« un texte que X juge « … » »), a passive with its agent after the
quotation (« jugée « … » par la FDSEA »), presenting something "as" the quoted words,
and "what X, a senator, on Tuesday branded "…"". The judge is the speaker, not the
main clause's subject. Every name and sentence is invented, from general news phrasing.
"""

from __future__ import annotations

import re

import pytest
from quote_text import cast

from tui.core.entities.extract import extract_entities
from tui.core.models import Entity
from tui.core.quotes.extract import extract_quotes

CAST = cast(
    ["Marc Barral", "Anne Roy", "Harriet Obuya", "Kurt Baumgartner", "Julien Fabre"],
    surnames=["Barral", "Obuya"],
    bodies=["FDSEA", "Sonelec", "Working Families Rising", "Senate", "Le Sénat"],
    places=["Drôme"],
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Un texte que M. Barral juge « indigne d'une assemblée adulte ».", "Marc Barral"),
        ("Anne Roy conteste l'étude, qu'elle juge « bâclée » sur la question.", "Anne Roy"),
        (
            "Un tracé que la société Sonelec présente comme « le chaînon manquant » du canton.",
            "Sonelec",
        ),
        (
            "Un texte que la ministre du logement, Anne Roy, présentait encore la semaine "
            "dernière comme une réforme « juste et lisible ».",
            "Anne Roy",
        ),
        ('The plan, which Marc Barral describes as "reckless", passed.', "Marc Barral"),
    ],
)
def test_the_subject_of_an_object_relative_judges(text: str, speaker: str) -> None:
    language = "en" if "The plan" in text else "fr"
    assert CAST.speakers(text, language) == [speaker]


def test_an_unnamed_relative_subject_keeps_the_main_subject_out() -> None:
    text = "Le Sénat a adopté le texte, un texte que la gauche juge « mal ficelé »."
    assert CAST.speakers(text, "fr") == [None]


def test_a_completive_clause_is_no_relative() -> None:
    assert CAST.found("Il estime que le projet est « mauvais ».", "fr")[0][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Une mesure jugée « largement insuffisante » par la FDSEA de la Drôme.", "FDSEA"),
        ("Une mesure jugée « insuffisante » par la FDSEA, qui appelle à manifester.", "FDSEA"),
        ("Une mesure présentée comme « temporaire » par Anne Roy.", "Anne Roy"),
    ],
)
def test_an_agent_after_the_quotation_judges(text: str, speaker: str) -> None:
    assert CAST.speakers(text, "fr") == [speaker]


def test_a_body_qualifying_an_aide_is_not_the_agent() -> None:
    text = 'Leaders are "already drafting" the referral, according to a Senate legislative aide.'
    assert CAST.speakers(text, "en") == [None]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "La ministre, Anne Roy, présentait le texte comme une réforme « juste et lisible ».",
            "fr",
            "Anne Roy",
        ),
        (
            "Anne Roy has pitched herself in the suburbs as “the grown-up in the room,” "
            "while spending time elsewhere.",
            "en",
            "Anne Roy",
        ),
        (
            "Its sponsors are accusing one another of what Obuya, a Minnesota Democrat, on "
            "Tuesday branded “bad faith dressed up as fiscal discipline.”",
            "en",
            "Harriet Obuya",
        ),
        (
            "Harriet Obuya regards the speculation about her as “flattering and a little silly.”",
            "en",
            "Harriet Obuya",
        ),
        (
            "Obuya cautions that favorability “is a very cheap currency until someone spends "
            "money attacking you.”",
            "en",
            "Harriet Obuya",
        ),
        (
            "Working Families Rising, a progressive group, once called him “a centrist by "
            "temperament.”",
            "en",
            "Working Families Rising",
        ),
        (
            "It earned her a rebuke from Kurt Baumgartner, then the majority leader of the "
            "state Senate, who called it “theater for people who don’t read budgets.”",
            "en",
            "Kurt Baumgartner",
        ),
    ],
)
def test_presenting_naming_and_calling(text: str, language: str, speaker: str) -> None:
    assert CAST.speakers(text, language) == [speaker]


def test_an_office_with_its_complement_taken_up_by_initials() -> None:
    text = (
        "Julien Fabre, conseiller principal d'éducation, gère les codes oubliés.\n\n"
        "Le CPE décrit une logistique « ingérable » avec les effectifs actuels."
    )
    entities = CAST.entities(text)
    at = re.search(r"\bCPE\b", text).start()
    entities = sorted([*entities, Entity(at, at + 3, "CPE", "ORG", "CPE")], key=lambda e: e.start)
    assert [q.speaker for q in extract_quotes(text, entities, language="fr")] == ["Julien Fabre"]


def test_a_day_left_after_a_cue_word_is_no_name() -> None:
    text = "Asked Tuesday whether a compromise was close, Dalmer Quennel smiled."
    found = {e.text for e in extract_entities(text, language="en")}
    assert "Tuesday" not in found and "Dalmer Quennel" in found


def test_an_unnamed_agent_keeps_the_subject_from_the_judgement() -> None:
    text = (
        "La ministre, Anne Roy, a déposé un projet de loi, une mesure jugée « nettement "
        "insuffisante » par les groupes de défense des locataires."
    )
    assert CAST.speakers(text, "fr") == [None]


def test_a_quotation_coordinated_to_the_relatives_first_is_the_same_judges() -> None:
    text = (
        "Une séquence que la critique du journal, Anne Roy, a qualifiée d'« interminable » "
        "et de « complaisante »."
    )
    assert CAST.speakers(text, "fr") == ["Anne Roy", "Anne Roy"]
