"""Turns of an exchange: after a quoted question ("…?" Ms Holt asked), each bare quoted
paragraph is the other party's turn, not the asker going on. Invented names."""

from __future__ import annotations

from pipeline_quotes import article_quotes
from quote_text import cast


def _speakers(body: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in article_quotes(body, language, title="Interview")]


def test_an_interview_alternates_after_the_question() -> None:
    body = (
        "Ivo Marsh was the guest of Lena Holt's morning programme on Radio Vell.\n\n"
        "“So will you cut the budget or not?” Ms Holt asked.\n\n"
        "“Everything has to be looked at.”\n\n"
        "“That is no answer.”\n\n"
        "“It is the honest one.”"
    )
    assert _speakers(body) == ["Lena Holt", "Ivo Marsh", "Lena Holt", "Ivo Marsh"]


def test_a_reply_hands_the_next_turn_back() -> None:
    body = (
        "“I will not comment on a personnel matter,” Ada Brin said.\n\n"
        "“But you are the one calling it that,” Noel Kerr replied.\n\n"
        "“Because it is one.”"
    )
    assert _speakers(body) == ["Ada Brin", "Noel Kerr", "Ada Brin"]


def test_a_speaker_going_on_without_a_question_keeps_the_floor() -> None:
    body = "“We will open the bridge in May,” Ada Brin said.\n\n“The works are ahead of schedule.”"
    assert _speakers(body) == ["Ada Brin", "Ada Brin"]


def test_french_exchange_after_a_question() -> None:
    body = (
        "Paul Rivet était l'invité de Claire Dumas sur Radio Vell.\n\n"
        "« Allez-vous augmenter les impôts ? », a demandé Claire Dumas.\n\n"
        "« Tout doit être examiné. »"
    )
    assert _speakers(body, "fr") == ["Claire Dumas", "Paul Rivet"]


def test_a_reply_with_two_quotations_is_one_turn() -> None:
    body = (
        "“You were not there, were you?” Mr Acton asked.\n\n"
        "“I lived in Aberdeen,” Mr Fenn replied. “I phoned every week.”\n\n"
        "“Phoning is not the same as knowing, is it?”\n\n"
        "“No. But I knew she did not need a Porsche.”"
    )
    assert _speakers(body) == ["Acton", "Fenn", "Fenn", "Acton", "Fenn"]


def test_a_question_opening_on_the_defendants_name_hands_him_the_answer() -> None:
    people = cast(["Maëlle Prigent", "Lucas Tavernier"], surnames=["Tavernier"])
    text = (
        "Lucas Tavernier, 41 ans, se tient dans le box. La présidente, Maëlle Prigent, a "
        "fini par hausser le ton.\n\n"
        "« Monsieur Tavernier, pourquoi avoir menti aux enquêteurs ? »\n\n"
        "« J'avais peur. »\n"
    )
    assert people.speakers(text)[-1] == "Lucas Tavernier"


def test_a_pronoun_that_replies_is_not_the_one_who_asked() -> None:
    people = cast(["Bernard Colin", "Olivier Dessaux"], surnames=["Colin", "Dessaux"])
    text = (
        "Olivier Dessaux, 48 ans, a pris la parole en premier. « J'ai été dépassé », "
        "a-t-il expliqué.\n\n"
        "« Les victimes parlent d'arnaque », a relevé le président, Bernard Colin.\n\n"
        "« Ce n'est pas le mot que j'emploierais », a-t-il répondu.\n"
    )
    assert people.speakers(text) == ["Olivier Dessaux", "Bernard Colin", "Olivier Dessaux"]


def test_a_reply_quoted_inside_the_words_is_no_reply() -> None:
    people = cast(["Bernard Colin", "Olivier Dessaux"], surnames=["Colin", "Dessaux"])
    text = (
        "« J'ai été dépassé », a expliqué Olivier Dessaux.\n\n"
        "« Il tenait une arme ou une réplique », a déclaré le président, Bernard Colin. "
        "« Le témoin l'a vue », a-t-il ajouté.\n"
    )
    assert people.speakers(text)[-1] == "Bernard Colin"


def test_a_bare_paragraph_after_the_answer_is_the_asker_again() -> None:
    people = cast(["Paula Whitley", "Grant Ebers"], surnames=["Whitley", "Ebers"])
    text = (
        "The moderator, Paula Whitley, turned to Grant Ebers.\n\n"
        "“Would you vote for a national ban?” she asked.\n\n"
        "“I think that is a decision for the people of Wisconsin,” he said.\n\n"
        "“That isn’t what I asked.”\n"
    )
    assert people.speakers(text, "en")[-1] == "Paula Whitley"


def test_a_bare_paragraph_after_a_statement_and_its_reply_is_no_new_turn() -> None:
    people = cast(["Paula Whitley", "Grant Ebers"], surnames=["Whitley", "Ebers"])
    text = (
        "“The budget is balanced,” Paula Whitley said.\n\n"
        "“It is not,” Grant Ebers said.\n\n"
        "“We will see in June.”\n"
    )
    assert people.speakers(text, "en")[-1] != "Paula Whitley"


def test_he_shot_back_is_an_incise_of_the_one_who_asked_before() -> None:
    people = cast(["Paul Brenner", "Harriet Vane"], surnames=["Brenner", "Vane"])
    text = (
        '"Dr Vane, how many people logged in?" Senator Paul Brenner asked Dr Harriet Vane.\n\n'
        '"I don\'t have that figure, Senator," Dr Vane replied.\n\n'
        "\"You don't have it, or you don't want to give it?\" he shot back.\n"
    )
    assert people.speakers(text, "en") == ["Paul Brenner", "Harriet Vane", "Paul Brenner"]


def test_the_outlet_told_is_not_who_the_next_pronoun_stands_for() -> None:
    people = cast(["Aminata Koulibaly", "Jeune Afrique"])
    text = (
        "« Le taux fixe ne convient pas à tous », a-t-elle expliqué à Jeune Afrique en "
        "marge du sommet. « Le Nigeria pèse les deux tiers du PIB », a-t-elle ajouté.\n"
    )
    lead = "La ministre ivoirienne, Aminata Koulibaly, a pris la parole.\n\n"
    assert people.speakers(lead + text)[-1] == "Aminata Koulibaly"


def test_a_question_led_in_with_a_colon_hands_the_answer_to_the_other_party() -> None:
    body = (
        "Nora Keller, 38 ans, était jugée devant la cour d'assises. Elle parle peu.\n\n"
        "« Je voulais que ça s'arrête. »\n\n"
        "Le président, Hervé Lassalle, la reprend doucement : « Qu'est-ce qui devait se "
        "taire, madame ? »\n\n"
        "« Les cris. Les portes qui claquent. »"
    )
    assert _speakers(body, "fr") == ["Nora Keller", "Hervé Lassalle", "Nora Keller"]


def test_an_unnamed_askers_question_hands_the_answer_to_the_one_who_spoke() -> None:
    """« …? », a demandé un journaliste. ¶ « Oui… »: the reporter has no name, the
    answer is the prosecutor's; a heading set after it is nobody's turn."""
    body = (
        "« Aucune piste n'est écartée », a insisté le procureur, Bertrand Olivan.\n\n"
        "« Avez-vous retrouvé son véhicule ? », lui a demandé un journaliste.\n\n"
        "« Oui, mercredi dernier, dans un chemin forestier. »\n\n"
        "« Des traces de sang »\n\n"
        "Les gendarmes ont relevé des indices dans une grange."
    )
    assert _speakers(body, "fr") == ["Bertrand Olivan", None, "Bertrand Olivan", None]


def test_an_unnamed_askers_question_goes_to_the_one_the_paragraph_before_makes_act() -> None:
    body = (
        "« Je ne veux plus attendre », lance Nadia Ferrand, déléguée syndicale.\n\n"
        "Le maire, Gérard Poitou, cite une étude selon laquelle le bassin souffrira.\n\n"
        "« Allez-vous saisir l'État ? », lui a demandé un journaliste.\n\n"
        "« Oui, dès lundi. »"
    )
    assert _speakers(body, "fr")[-1] == "Gérard Poitou"
