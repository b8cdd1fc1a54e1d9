"""A pronoun after someone the text brings in unnamed stands for that newcomer.

Sentences are written for the test, with invented people and bodies; the entities are
given, so only the attribution is judged (rules engine, as the suite runs by default).
"""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, trained_quotes
from quote_text import cast

CAST = cast(["Paul Verdier", "Tom Avery"], bodies=["Ligue des nageurs"])
OPENING = (
    "« Les secours sont sur place », a déclaré Paul Verdier, chef de la protection civile.\n\n"
)


speakers = CAST.speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        "Un témoin a vu le toit céder. « Tout est tombé d'un coup », a-t-il raconté.",
        "Selon une habitante du quartier, l'eau est montée en une heure. "
        "« Nous n'avons rien pu sauver », dit-elle.",
        "Un jeune ouvrier a vu les poutres plier. « Nous avons couru » a-t-il déclaré.",
    ],
)
def test_the_pronoun_is_the_unnamed_newcomer(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == ["Paul Verdier", None]


def test_a_newcomer_of_the_other_gender_is_not_the_pronoun() -> None:
    text = OPENING + (
        "Une habitante a vu l'eau monter. « Le pont tiendra », a-t-il assuré ensuite."
    )
    assert speakers(text) == ["Paul Verdier", "Paul Verdier"]


def test_a_newcomer_named_beside_the_description_is_no_stranger() -> None:
    text = OPENING + ("Un ingénieur, Tom Avery, a inspecté la digue. « Elle a tenu », a-t-il dit.")
    assert speakers(text) == ["Paul Verdier", "Tom Avery"]


def test_an_english_witness_is_the_pronoun() -> None:
    text = (
        '"Crews are on site," said Paul Verdier, the civil protection chief.\n\n'
        'A witness saw the roof give way. "It all came down at once," he said.'
    )
    assert speakers(text, "en") == ["Paul Verdier", None]


def test_the_pronoun_after_an_unnamed_witness_in_an_incise_is_unnamed() -> None:
    text = (
        "Incendie\n\nLa commandante Karine Lopez a dirigé les secours. Selon l'officière, "
        "l'échelle a permis d'évacuer «une quinzaine de personnes».\n\n« Tout a brûlé », "
        "témoigne une voisine, en robe de chambre. « On a attendu à la fenêtre », "
        "poursuit-elle.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Incendie")] == ["Karine Lopez", None, None]


def test_an_english_witness_in_an_incise_is_the_pronoun() -> None:
    text = (
        '"Crews are on site," said Paul Verdier, the civil protection chief.\n\n'
        '"It all came down at once," a neighbour said. "We ran," she added.'
    )
    assert speakers(text, "en") == ["Paul Verdier", None, None]


def test_a_newcomer_after_a_fronted_phrase_is_unnamed() -> None:
    people = cast(["Odile Ferrand"], surnames=["Ferrand"])
    text = (
        "Titre\n\nOdile Ferrand tient la pharmacie depuis vingt ans. Pour pallier l'absence, une "
        "infirmière du village dépose des traitements. « Je le fais parce que personne "
        "d'autre ne le fait », confie-t-elle.\n"
    )
    assert people.speakers(text) == [None]


def test_a_request_for_anonymity_after_the_pronoun_leaves_it_unnamed() -> None:
    people = cast(["Odile Ferrand"], surnames=["Ferrand"])
    text = (
        "Titre\n\nOdile Ferrand a fermé lundi.\n\n« Ce n'est pas légal, mais je le fais », "
        "confie-t-elle, préférant rester anonyme.\n"
    )
    assert people.speakers(text) == [None]


@pytest.mark.parametrize(
    "paragraph",
    [
        "A dog walker who saw police cars at the gates said she had cut her walk short. "
        '"I just turned round and went home," she said.',
        "One pupil, clutching a sticker after her turn, said she had been nervous. "
        '"It was quick," she said.',
    ],
)
def test_an_english_member_of_the_public_is_the_pronoun(paragraph: str) -> None:
    people = cast(["Kirsty Munro"])
    text = '"We are searching the woods," Kirsty Munro said.\n\n' + paragraph
    assert people.speakers(text, "en") == ["Kirsty Munro", None]


def test_a_french_passerby_is_the_pronoun() -> None:
    text = OPENING + (
        "Un automobiliste bloqué depuis deux heures s'impatientait. « On ne sait rien », "
        "a-t-il lâché."
    )
    assert speakers(text) == ["Paul Verdier", None]


def test_a_crowd_with_a_place_is_no_named_body() -> None:
    people = cast([], places=["Easterby"])
    text = "Shopkeepers in Easterby say they face a “long, lean winter” after the closure."
    assert people.speakers(text, "en") == [None]


@pytest.mark.parametrize(
    "subject",
    [
        "Une ancienne collègue de Tom Avery, qui a requis l'anonymat,",
        "Une ancienne salariée de la Ligue des nageurs, qui souhaite rester anonyme,",
        "Une bénévole de la Ligue des nageurs",
    ],
)
def test_someone_unnamed_of_a_person_or_a_body_is_neither(subject: str) -> None:
    """« une collègue de X », « une salariée de Y »: an unnamed person, not X or Y."""
    text = OPENING + f"{subject} décrit « une ambiance de caserne » dans le club."
    assert speakers(text)[-1] is None


def test_a_source_close_to_a_person_is_not_that_person() -> None:
    """ "A source close to X said he had been "blindsided"": the source, unnamed."""
    people = cast(["Dale Ormsby"], surnames=["Ormsby"])
    text = (
        "Dale Ormsby resigned on Monday. A source close to Mr Ormsby said he had been "
        "“blindsided” by the report."
    )
    assert people.speakers(text, "en") == [None]


def test_a_spokesperson_of_a_body_still_speaks_for_it() -> None:
    """« un porte-parole de la Ligue »: the body, by the spokesperson convention."""
    text = OPENING + "Un porte-parole de la Ligue des nageurs a dénoncé « un vol »."
    assert speakers(text)[-1] == "Ligue des nageurs"


def test_an_age_between_commas_keeps_the_apposed_name_the_subject() -> None:
    """« Son voisin, Théo X, 24 ans, s'est installé… « … », glisse-t-il »: Théo X."""
    text = OPENING + (
        "Son voisin de tracteur, Tom Avery, 24 ans, s'est installé il y a un an. "
        "« Je me demande s'ils n'avaient pas raison », glisse-t-il."
    )
    assert speakers(text)[-1] == "Tom Avery"


@pytest.mark.parametrize("relation", ["La mère de Tom Avery", "L'avocat de Tom Avery"])
def test_a_persons_relation_is_never_that_person(relation: str) -> None:
    """« la mère de X », « l'avocat de X »: someone described, not X."""
    text = OPENING + (
        f"Tom Avery a été condamné. {relation} dénonçait des « pratiques d'un autre âge »."
    )
    assert speakers(text)[-1] != "Tom Avery"


def test_a_place_after_a_before_the_verb_is_no_subject() -> None:
    """« Un délégué venu assister à l'audience a salué « … » »: the delegate, unnamed;
    « l'audience » after « à » is no subject to re-describe the man on trial."""
    text = OPENING + (
        "Le tribunal a condamné Tom Avery. Tom Avery a fait appel.\n\nUn délégué syndical "
        "venu assister à l'audience a salué « un signal fort envoyé aux employeurs »."
    )
    assert speakers(text)[-1] is None


def test_someone_sought_is_no_newcomer_the_role_stands_for() -> None:
    """ "to hire a second midwife" meets no one: "the midwife" is still Keady."""
    body = (
        "When the unit closed, Siobhan Keady refused to leave the town. Instead, the "
        "52-year-old midwife opened a clinic.\n\n“People thought I was mad,” she said.\n\n"
        "Her first patient was Aoife Brennan. “She sat with me for two hours,” Brennan "
        "said.\n\nDr. Martin Hale, a consultant, said such clinics fill a gap. “Women "
        "travel 90 minutes for a scan,” he said.\n\n"
        "Keady is not waiting. She has applied for funding to hire a second midwife. "
        "“If they won't come to us, we'll build it ourselves,” the midwife said."
    )
    assert [q.speaker for q in article_quotes(body)][-1] == "Siobhan Keady"


def test_an_unnamed_polling_clerk_is_the_newcomer() -> None:
    """« Une assesseure arrive en courant. « … », lâche-t-elle »: the clerk, not the
    candidate quoted before."""
    text = (
        "« Nous irons jusqu'au bout », a dit Sandrine Moulard.\n\n"
        "Une assesseure arrive en courant. « On a recompté trois fois », lâche-t-elle."
    )
    assert cast(["Sandrine Moulard"]).speakers(text) == ["Sandrine Moulard", None]
