"""In a question-and-answer piece the answers belong to the person the heading puts
the questions to, not to a place or a company the guest names in the answers.

Invented people; entities are given and the rules engine judges. The town and the
company are cast as people on purpose: a statistical model may label them so.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Romane Ferrat", "Ferrat Cartonnages", "Mazamet", "Sylvain Dauzat"],
    surnames=["Dauzat"],
)
REPORT = (
    "Cartonnerie de Labruguière : la reprise validée\n\n"
    "Le tribunal de commerce a retenu l'offre de Ferrat Cartonnages. Sylvain Dauzat, "
    "délégué syndical, salue « un soulagement ».\n\n"
)
INTERVIEW = (
    "Trois questions à Romane Ferrat, PDG de Ferrat Cartonnages\n\n"
    "Pourquoi cette reprise ?\n\n"
    "« Nos clients de Mazamet demandent du carton local. Mazamet, Mazamet et encore "
    "Mazamet : c'est là que tout se joue. »\n\n"
    "Combien d'emplois ?\n\n"
    "« Quarante-deux, dont trente repris à Mazamet. »\n"
)


def test_the_answers_belong_to_the_person_the_heading_names_first() -> None:
    speakers = CAST.speakers(REPORT + INTERVIEW)
    assert speakers[-2:] == ["Romane Ferrat", "Romane Ferrat"]


def test_the_interviewers_label_is_not_the_subject_of_the_question() -> None:
    turns = cast(["Léa Brunet", "Marc Oriol"], surnames=["Oriol"], bodies=["Radio Causse"])
    text = (
        "Radio Causse : Le député Marc Oriol vous reproche une « politique d'affichage ».\n\n"
        "Léa Brunet : « Je le laisse à ses slogans. »\n"
    )
    assert turns.speakers(text, "fr") == ["Marc Oriol", "Léa Brunet"]


def test_the_i_of_an_answer_paragraph_is_the_guest() -> None:
    """Questions in paragraphs of their own, answers in the writer's type: « je lui ai
    dit : « … » » in an answer is the guest speaking."""
    from pipeline_quotes import trained_quotes

    text = (
        "Glaciers\n\nGlaciologue, Marion Delmas dirige l'Observatoire des glaciers.\n\n"
        "Vous publiez les mesures de l'été. Que disent-elles ?\n\nQue la tendance se "
        "confirme.\n\nUn élu vous a qualifiée de militante. Que lui répondez-vous ?\n\nQue "
        "les mesures ne sont ni de gauche ni de droite. Je l'ai croisé à Megève, et je lui "
        "ai dit : « Venez carotter avec nous une journée. » Il n'est jamais venu.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Glaciers")] == ["Marion Delmas"]
