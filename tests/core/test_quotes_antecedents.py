"""Pronouns and re-descriptions handed on from the sentence before.

A pronoun whose own sentence names nobody before it stands for the subject of the
previous sentence (not for a name inside that subject's apposition, nor for someone
a subordinate clause mentions); a sentence reporting words about one person hands
that person on; « le couple » is the two people named together; "the official" after
"a senior official" is that unnamed official again. Every text is written for the
test with invented names; the entities are given.
"""

from __future__ import annotations

import pytest
from named_entities import quotes_found
from pipeline_quotes import rules_speakers, trained_quotes
from quote_text import cast

from tui.core.engine_identity import available
from tui.core.quotes.context import _Context
from tui.core.quotes.marks import quote_units
from tui.core.quotes.unnamed_intro import introduced_unnamed

CAST = cast(
    [
        "Piet Vos", "Jon Harlan", "Ines Moreau", "Lena Hart", "Viktor Amsel", "Paul Grant",
        "Lucien", "Odile Marchal", "Gaspard Marchal", "Paul Durand", "Hugo Varenne",
    ],
    surnames=["Vos", "Harlan", "Moreau"],
    bodies=["Blue Basin"],
)  # fmt: skip


def speakers(text: str, language: str) -> list[str | None]:
    return [speaker for _, speaker, _ in quotes_found(text, CAST.names, language)]


def test_he_is_the_subject_of_the_sentence_before_not_a_name_inside_it() -> None:
    text = (
        'Mayor Jon Harlan conceded on Tuesday. "The voters have spoken," Harlan said.\n'
        "Alderman Piet Vos, a loyal Harlan ally, called the result "
        '"a fluke" and predicted Moreau would struggle. "Good luck to her," he said.'
    )
    assert speakers(text, "en")[-1] == "Piet Vos"


def test_a_sentence_reporting_words_about_one_person_hands_her_on() -> None:
    text = (
        'Viktor Amsel struck a calm tone. "Nobody walked out," he said.\n'
        '"Two towns are fighting over a dry river" - that was the verdict of Lena '
        'Hart, who directs the group Blue Basin. She called the talks "a farce."'
    )
    found = speakers(text, "en")
    assert (found[0], found[-1]) == ("Viktor Amsel", "Lena Hart")


def test_the_one_person_of_a_sentence_without_a_person_subject_is_handed_on() -> None:
    text = (
        "« Le texte est juste », a déclaré Hugo Varenne.\n\n"
        "Publiée en mai, la chanson de Paul Durand n'a d'abord guère circulé, jusqu'à ce "
        "qu'une radio la diffuse. « J'ai reçu beaucoup de messages », dit-il."
    )
    assert speakers(text, "fr") == ["Hugo Varenne", "Paul Durand"]


def test_a_pronoun_subject_carries_on_past_the_one_person_it_names() -> None:
    text = (
        'Piet Vos, the minister, toured the plant. "We will help," he said. He said he '
        'had met Lena Hart on Sunday. "I told her we would not wait," he said.'
    )
    assert speakers(text, "en") == ["Piet Vos", "Piet Vos"]


def test_a_run_of_the_same_pronoun_stands_for_the_person_it_started_on() -> None:
    text = (
        'Jon Harlan, the majority leader, dug in. "No deal," he said.\n\n'
        "A senior official, who spoke on condition of anonymity, disputed that. "
        '"There was no handshake," the official said.\n\n'
        "The standoff has put Ines Moreau in a bind. She has sided with the mayor on "
        "schools. In public, she has been careful.\n\n"
        '"We agree on the destination," she said.'
    )
    assert speakers(text, "en")[-1] == "Ines Moreau"


def test_a_pronoun_run_that_began_before_the_last_speaker_keeps_that_speaker() -> None:
    text = (
        "« Le jugement est sévère », a déclaré Paul Durand.\n\n"
        "Le frère de Gaspard Marchal, Hugo Varenne, s'est montré plus dur. Il a dénoncé "
        "une « justice à deux vitesses ». « Nous ferons appel », a-t-il lancé."
    )
    assert speakers(text, "fr")[-1] == "Hugo Varenne"


def test_the_official_after_a_senior_official_is_that_unnamed_official() -> None:
    text = (
        'Paul Grant, the minister, said talks would go on. "We are close," he said.\n'
        "A senior official, speaking on condition of anonymity, said the deal was "
        'stuck. "They want fines. We want incentives," the official said.'
    )
    assert speakers(text, "en") == ["Paul Grant", None]


@pytest.mark.parametrize(
    ("text", "head", "unnamed"),
    [
        (
            "Un haut responsable, sous couvert d'anonymat, a confirmé la date. Le ",
            "responsable",
            True,
        ),
        ("Un homme de 45 ans, Paul Durand, a été entendu lundi. L'", "homme", False),
        ("A senior official, Lena Hart, said the deal was stuck. The ", "official", False),
        ("A senior official said the deal was stuck. The ", "official", True),
        ("Le responsable Paul Durand a confirmé la date. Le ", "responsable", False),
        ("Paul Durand a été élu président du club. Le ", "president", False),
    ],
)
def test_a_person_introduced_without_a_name_is_told_from_a_named_one(
    text: str, head: str, unnamed: bool
) -> None:
    language = "en" if text.startswith("A ") else "fr"
    ctx = _Context(text, CAST.entities(text), quote_units(text), language)
    assert introduced_unnamed(ctx, head, len(text)) is unnamed


def test_the_couple_is_the_two_people_named_together() -> None:
    text = (
        "Lucien et Odile Marchal, parents de Gaspard Marchal, lycéen de 17 ans disparu "
        "en mars, ont écrit au maire.\n"
        "Le couple y dénonce son « inaction » face aux recruteurs du quartier."
    )
    assert speakers(text, "fr") == ["Lucien"]


@pytest.mark.parametrize(
    ("relatives", "expected"),
    [("les parents de Gaspard Marchal", "Lucien"), ("les proches de Paul Durand", None)],
)
def test_a_person_s_relatives_speak_as_the_couple_named_under_his_surname(
    relatives: str, expected: str | None
) -> None:
    """« écrivent les parents de X »: the couple named with X's surname, else relatives
    nobody names; never X."""
    text = (
        "Lucien et Odile Marchal, parents d'un lycéen disparu, ont écrit au maire.\n\n"
        f"« Nous n'en pouvons plus d'attendre », écrivent {relatives}, lycéen de 17 ans."
    )
    assert speakers(text, "fr") == [expected]


@pytest.mark.parametrize(
    "opening", ["Gaspard Marchal's parents thanked", "His parents thanked", "The parents thanked"]
)
def test_they_after_a_group_someone_owns_is_that_group_not_the_owner(opening: str) -> None:
    text = (
        "Gaspard Marchal, 15, was found safe on Thursday.\n\n"
        f'{opening} the volunteers. "Without them we would know nothing," they wrote.'
    )
    assert rules_speakers(f"Found\n\n{text}") == [None]


@pytest.mark.parametrize("incise", ["disent-ils", "a-t-il ajouté"])
def test_a_pronoun_after_a_couple_subject_is_the_first_name(incise: str) -> None:
    text = (
        "Hugo Varenne a reçu les familles. Lucien et Odile Marchal ont écrit au maire "
        f"lundi. « Nous sommes épuisés », {incise}."
    )
    assert speakers(text, "fr") == ["Lucien"]


def test_ils_after_an_unnamed_group_subject_is_that_group_not_the_source() -> None:
    text = (
        "Blue Basin a appelé à la grève lundi. Les agents ont décidé de reconduire la "
        "grève jusqu'à mardi, selon le syndicat.\n"
        "Ils se disent cependant « prêts » à reprendre le travail."
    )
    assert speakers(text, "fr") == [None]


def test_la_famille_is_no_single_person_re_described() -> None:
    text = (
        "Gaspard Marchal, lycéen de 17 ans, a disparu en mars.\n"
        "La famille dénonce « l'inaction » des autorités."
    )
    assert speakers(text, "fr") == [None]


@pytest.mark.skipif(not available(), reason="the trained engine is not installed")
def test_the_parse_hands_il_on_from_the_apposed_subject_before() -> None:
    from tui.core.analysis.engine_trained import parse_sentences

    text = (
        "Hugo Varenne a dénoncé un « acte lâche » dans la matinée. Le maire s'est rendu "
        "sur place.\n\n"
        "L'imam de la ville, Paul Durand, est « très inquiet pour ses fidèles. » Il "
        "ajoute que « la mosquée restera ouverte à tous. »"
    )
    assert CAST.speakers(text, parse=parse_sentences)[-2:] == ["Paul Durand", "Paul Durand"]


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Martin Harrow spoke. "It was right," Harrow said.\n\nOne cabinet '
        'minister, who spoke on condition of anonymity, was blunter. "Everyone saw this '
        'coming," the minister said.',
        'Prime Minister Martin Harrow spoke. "It was right," Harrow said.\n\nOne of the '
        "firm's top 20 shareholders, who spoke on condition of anonymity, was blunt. \"We "
        'have been patient," the shareholder said.',
    ],
)
def test_one_unnamed_person_is_the_role_that_speaks_next(text: str) -> None:
    """ "One cabinet minister", "one of the firm's shareholders": the role that speaks
    next is that unnamed person, never the prime minister named before."""
    assert rules_speakers(f"Cabinet\n\n{text}")[1] is None


def test_a_quotation_a_possessed_subject_hands_over_to_is_not_the_owner_s() -> None:
    text = (
        "Gaspard Marchal, 15, was found safe on Thursday.\n\n"
        "Gaspard Marchal's parents thanked the volunteers:\n\n"
        '"Without them we would know nothing."'
    )
    assert rules_speakers(f"Found\n\n{text}") == [None]


@pytest.mark.skipif(not available(), reason="the trained engine is not installed")
def test_a_description_re_describes_the_paragraph_s_subject_before_the_last_speaker() -> None:
    """« Puis X a pris les choses en main. L'attaquant algérien a … « … », a-t-il
    expliqué »: X, not the player quoted in the paragraph before."""
    text = (
        "Rivemont s'impose\n\n"
        "« Le coach m'a dit d'aller au duel », a raconté Enzo Marchetti, entré en jeu.\n\n"
        "Puis Yanis Ferhat a pris les choses en main. L'attaquant algérien a égalisé "
        "après une main de Lucas Bernier. « J'entends le stade exploser », a-t-il expliqué."
    )
    found = [q.speaker for q in trained_quotes(text, "Rivemont s'impose")]
    assert found == ["Enzo Marchetti", "Yanis Ferhat"]


@pytest.mark.skipif(not available(), reason="the trained engine is not installed")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Au moins douze personnes ont été tuées samedi dans une attaque revendiquée par "
            "les rebelles du Front de libération du Valmont.",
            "Front de libération du Valmont",
        ),
        ("Les syndicats CGT et FO ont appelé à la grève jeudi.", "CGT"),
    ],
)
def test_ils_stands_for_the_body_acting_or_the_first_of_two_joined(
    sentence: str, expected: str
) -> None:
    """« revendiquée par X. « … », ont-ils écrit »: X; « Les syndicats CGT et FO … »:
    words two bodies say together go to the first named."""
    text = f"Attaque\n\n{sentence} « Nous ne céderons pas », ont-ils écrit.\n"
    assert [q.speaker for q in trained_quotes(text, "Attaque")] == [expected]
