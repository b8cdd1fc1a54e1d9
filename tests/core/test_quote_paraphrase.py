"""A quotation standing alone after a paragraph that reports, without quoting, what
the last speaker says keeps that speaker; a paragraph about someone else, or one
that reports nobody's words, leaves it unattributed.

Invented people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from pipeline_quotes import rules_speakers
from quote_text import cast

CAST = cast(["Odile Ferrand", "Lucien Brassac"], surnames=["Ferrand", "Brassac"])
QUOTED = (
    "Secrétaire de l'amicale des locataires, Odile Ferrand a fait le compte. « Trois "
    "ascenseurs sur quatre sont en panne depuis l'été. »\n\n"
)
AFTER = "\n\n« On ne lâchera rien. Il y a des familles au septième étage. »\n"


def test_a_paragraph_opened_by_her_pronoun_and_a_reporting_verb_keeps_her() -> None:
    between = "Elle affirme avoir écrit trois fois au bailleur, sans réponse. La mairie se tait."
    assert CAST.speakers(QUOTED + between + AFTER) == ["Odile Ferrand", "Odile Ferrand"]


def test_a_role_with_an_apposition_as_subject_keeps_her() -> None:
    between = "La locataire, installée dans la tour depuis 1994, dit avoir saisi le préfet."
    assert CAST.speakers(QUOTED + between + AFTER) == ["Odile Ferrand", "Odile Ferrand"]


def test_selon_elle_keeps_her() -> None:
    between = "Selon elle, le bailleur a reporté les travaux à deux reprises."
    assert CAST.speakers(QUOTED + between + AFTER) == ["Odile Ferrand", "Odile Ferrand"]


def test_a_pronoun_of_the_other_gender_leaves_it_unattributed() -> None:
    between = "Il affirme avoir écrit trois fois au bailleur, sans réponse."
    assert CAST.speakers(QUOTED + between + AFTER) == ["Odile Ferrand", None]


def test_another_person_named_in_between_leaves_it_unattributed() -> None:
    between = "Elle affirme avoir écrit à Lucien Brassac, l'adjoint au logement."
    assert CAST.speakers(QUOTED + between + AFTER) == ["Odile Ferrand", None]


def test_a_paragraph_that_reports_nobodys_words_leaves_it_unattributed() -> None:
    between = "La tour compte 112 logements. Les travaux ont été votés en 2019."
    assert CAST.speakers(QUOTED + between + AFTER) == ["Odile Ferrand", None]


def test_a_thing_opening_the_paragraph_is_no_subject_in_english() -> None:
    people = cast(["Martin Oakes"], surnames=["Oakes"])
    quoted = 'Martin Oakes, who runs the ferry, was blunt. "We lose money every crossing."\n\n'
    between = "The closure has split the island. Families say the school run takes an hour."
    after = '\n\n"I am not taking my kids across in the dark."\n'
    assert people.speakers(quoted + between + after, "en") == ["Martin Oakes", None]


def test_he_said_in_english_keeps_him() -> None:
    people = cast(["Martin Oakes"], surnames=["Oakes"])
    quoted = 'Martin Oakes, who runs the ferry, was blunt. "We lose money every crossing."\n\n'
    between = "He said the council had ignored three letters since the spring."
    after = '\n\n"Nobody has come to look at the boat."\n'
    assert people.speakers(quoted + between + after, "en") == ["Martin Oakes", "Martin Oakes"]


def test_a_phrase_quoted_in_between_does_not_hand_the_floor_on() -> None:
    between = (
        "La locataire raconte avoir écrit trois fois au bailleur. Certains couloirs, "
        "estime-t-elle, sont devenus « un coupe-gorge » la nuit."
    )
    speakers = CAST.speakers(QUOTED + between + AFTER)
    assert speakers[0] == speakers[-1] == "Odile Ferrand"


def test_a_sentence_quoted_in_between_hands_the_floor_on() -> None:
    between = "Lucien Brassac, l'adjoint au logement, répond : « Les travaux sont votés. »"
    speakers = CAST.speakers(QUOTED + between + AFTER)
    assert speakers[:2] == ["Odile Ferrand", "Lucien Brassac"]
    assert speakers[-1] != "Odile Ferrand"


def test_a_sentence_opening_on_selon_hands_the_quotation_to_its_source() -> None:
    text = (
        "L'épicerie solidaire ouvre trois soirs par semaine. Selon Odile Ferrand, le profil "
        "des bénéficiaires a changé. « Au début, c'étaient surtout des étudiants étrangers. »\n"
    )
    assert CAST.speakers(text) == ["Odile Ferrand"]


def test_according_to_one_person_about_another_hands_the_quotation_to_nobody() -> None:
    text = (
        "Selon Odile Ferrand, Lucien Brassac a promis des travaux. « Au début, c'étaient "
        "surtout des étudiants étrangers. »\n"
    )
    assert CAST.speakers(text) != ["Odile Ferrand"]


def test_a_subject_before_dit_makes_it_the_verb_not_a_nickname() -> None:
    people = cast(["Roland Keller", "Louis"])
    said = "Le conseil a voté. Roland Keller, lui, dit « attendre sereinement » un recours."
    assert people.found(said) == [("attendre sereinement", "Roland Keller", "fragment")]
    named = "Le roi Louis, dit « le Gros », a régné longtemps."
    assert people.found(named) == [("le Gros", None, "other")]


def test_a_body_set_off_by_an_apposition_before_dit_reports_its_words() -> None:
    body = cast([], bodies=["Valmorel"])
    text = (
        "Dans un communiqué, le groupe Valmorel, propriétaire de la laiterie depuis 2018, "
        "dit « entendre les difficultés des producteurs »."
    )
    assert body.speakers(text) == ["Valmorel"]


def test_according_to_a_person_gives_a_passive_sentence_its_source() -> None:
    people = cast(["Mei Lin Chao"], surnames=["Chao"])
    text = (
        "Senator Mei Lin Chao pressed the agency. According to Senator Chao, the agency had "
        'been warned "at least three times" that the service was not ready.'
    )
    assert people.speakers(text, "en") == ["Mei Lin Chao"]


def test_a_reporting_gerund_after_by_gives_the_main_subject() -> None:
    people = cast(["Paul Brenner"], surnames=["Brenner"])
    text = (
        "Opposition senator Paul Brenner opened the hearing by describing the project as "
        '"a website nobody can log into".'
    )
    assert people.speakers(text, "en") == ["Paul Brenner"]


def test_a_pronoun_after_someone_who_asked_not_to_be_named_names_nobody() -> None:
    people = cast(["Ann Kowal"], surnames=["Kowal"])
    text = (
        'Mrs. Ann Kowal has run the pie line since 1998. "I love it," she said.\n\n'
        "A woman from Mount Carmel, who declined to give her name, was first in line by "
        '5:30 a.m. with a thermos. "I drive an hour for these," she said.\n'
    )
    assert people.speakers(text, "en") == ["Ann Kowal", None]


def test_french_anonymity_hands_the_pronoun_to_nobody() -> None:
    text = (
        "Odile Ferrand préside l'amicale. « On tiendra », a-t-elle dit.\n\n"
        "Une locataire du septième, qui a requis l'anonymat, raconte ses nuits sans "
        "ascenseur. « Je monte à pied avec les courses », confie-t-elle.\n"
    )
    assert CAST.speakers(text) == ["Odile Ferrand", None]


BUDGET = (
    "Odile Ferrand presented the budget on Thursday.\n\n"
    "Ferrand said the surplus would come a year later than planned.\n\n"
    "{between}\n\n"
    "“People are still driving an hour round a washed-out bridge. I am not going to "
    "tell them to wait.”\n"
)


def test_a_paragraph_quoting_her_phrases_keeps_her_for_the_quotation_after() -> None:
    between = (
        "She said the delay was “a price worth paying”. The government had also found "
        "savings in what she called “nice-to-haves”."
    )
    assert CAST.speakers(BUDGET.format(between=between), "en")[-1] == "Odile Ferrand"


def test_a_short_whole_sentence_after_a_paraphrase_is_the_paraphrased_speakers() -> None:
    text = (
        'School vote\n\nThe board voted to close the school. "It is over," said Ann '
        "Kowal, the chair.\n\nAisha Rahman-Lowe said parents would ask the province for "
        'a review. "We\'re not done."\n'
    )
    assert rules_speakers(text) == ["Ann Kowal", "Aisha Rahman-Lowe"]


def test_selon_elle_closing_a_paragraph_about_her_gives_her_the_quotation_after() -> None:
    """« Une version que conteste X. Selon elle, … » opens on no subject of hers, yet
    the paragraph reports her view and the quotation standing alone after it is hers."""
    text = (
        "La direction parle d'un incident isolé.\n\nUne version que conteste Odile Ferrand, "
        "secrétaire de l'amicale. Selon elle, le joint avait été signalé.\n\n"
        "« Nous avons alerté le bailleur en janvier. Voilà le résultat. »\n"
    )
    assert CAST.speakers(text) == ["Odile Ferrand"]
