"""A question that names someone after a preposition (« répondre à madame X ? ») speaks
of that person, not to them: the answer is not theirs, even when they spoke last.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Comparution immédiate : agression à la gare de Vierzon"
HEARING = (
    "Kevin M., 22 ans, est jugé mardi pour avoir bousculé une voyageuse sur le quai. "
    "La présidente, Odile Marchetti, mène les débats.\n\n"
    "Colette Ravier, 71 ans, raconte sa chute. « Je n'ose plus prendre le train "
    "seule », dit-elle.\n\n"
    "Puis la présidente interroge le jeune homme.\n\n"
)


def test_the_answer_to_a_question_speaking_of_someone_is_not_theirs() -> None:
    body = HEARING + (
        "« Que voulez-vous répondre à madame Ravier ? »\n\n« Je regrette. Je regrette vraiment. »"
    )
    speakers = trained_article_speakers(body, TITLE)
    assert speakers[-1] not in ("Colette Ravier", "Odile Marchetti")
    assert speakers[-1] == "Kevin M."


def test_a_question_calling_someone_by_name_is_answered_by_them() -> None:
    body = HEARING + (
        "« Que voulez-vous ajouter, madame Ravier ? »\n\n« Seulement que j'ai eu très peur. »"
    )
    assert trained_article_speakers(body, TITLE)[-1] == "Colette Ravier"
