"""A relative under a possessive ("Her brother", « son fils ») is the one other person
the article names with the owner's family name, and never the owner nor the last
speaker; with nobody else of that name, the relative is someone unnamed.

Invented people and firms.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_article_speakers

FOUNDERS = (
    "Lena Mardell and Owen Pryde started the firm in a garage in 2021. Callum Mardell "
    "joined a year later to run the factory.\n\n"
    "Owen thinks the packaging is the hard part. \u2018Nobody pays for a box,\u2019 he says.\n\n"
    "Lena concedes the point. \u2018He is right about the boxes,\u2019 she says.\n\n"
)


def test_her_brother_is_the_other_person_of_her_family_name() -> None:
    body = FOUNDERS + (
        "Her brother is already thinking about what comes next. \u2018Trays are the "
        "wedge,\u2019 he says."
    )
    quotes = article_quotes(body, title="The kelp start-up that wants your takeaway")
    assert quotes[-1].speaker == "Callum Mardell"


def test_a_relative_nobody_names_speaks_as_no_one_the_text_names() -> None:
    body = (
        "Lena Mardell and Owen Pryde started the firm in a garage in 2021.\n\n"
        "Owen thinks the packaging is the hard part. \u2018Nobody pays for a box,\u2019 said "
        "his father.\n\n"
    )
    quotes = article_quotes(body, title="The kelp start-up that wants your takeaway")
    assert quotes[-1].speaker is None


def test_an_unnamed_parent_in_the_background_leaves_the_pronoun_alone() -> None:
    title = "Marc Vidalie, le théâtre au pied des immeubles"
    body = (
        "Marc Vidalie a 41 ans et une voix qui porte. Il a grandi au troisième étage "
        "sans ascenseur. Son père était docker, sa mère faisait le ménage dans les "
        "bureaux du port. Le théâtre, il le découvre à quinze ans. « On nous a emmenés "
        "voir du Molière. À la fin, je n'arrivais plus à me lever. »"
    )
    assert trained_article_speakers(body, title)[-1] == "Marc Vidalie"


def test_a_son_in_french_bears_the_family_name() -> None:
    title = "À Guérande, la saline des Perrec passe à la troisième génération"
    body = (
        "Yves Perrec récolte le sel depuis quarante ans. Son fils, Gaël Perrec, a repris "
        "l'exploitation en janvier.\n\n"
        "« Le métier ne s'apprend pas dans les livres », sourit le paludier.\n\n"
        "Son fils a déjà changé les méthodes. « On travaille plus tôt, avant la chaleur », "
        "explique-t-il."
    )
    assert trained_article_speakers(body, title)[-1] == "Gaël Perrec"
