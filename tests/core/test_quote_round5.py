"""Attribution rules from a fifth round of news styles, on invented sentences.

Interviews in questions and answers, titles before a name in an English incise,
« a fait savoir », adverbs between an auxiliary and its verb, « s'est dit », fragments
whose full stop ends the author's sentence, subjects governed by a preposition,
pronouns after an unnamed described subject, and bare roles re-describing a person.
"""

from __future__ import annotations

from named_entities import quotes_found

_NAMES = {
    "Rosa Delmas": ("PER", "Rosa Delmas"),
    "Delmas": ("PER", "Rosa Delmas"),
    "Pieter Vos": ("PER", "Pieter Vos"),
    "Vos": ("PER", "Pieter Vos"),
    "Karen Holt": ("PER", "Karen Holt"),
    "Holt": ("PER", "Karen Holt"),
    "Yves Garnier": ("PER", "Yves Garnier"),
    "Inès Bakri": ("PER", "Inès Bakri"),
    "Marc Lenoir": ("PER", "Marc Lenoir"),
    "Dalby Steel": ("ORG", "Dalby Steel"),
    "Unite": ("ORG", "Unite"),
}


def _found(text: str, language: str = "en") -> list[tuple[str, str | None, str]]:
    return quotes_found(text, _NAMES, language)


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [sp for _, sp, _ in _found(text, language)]


def test_answers_to_unquoted_questions_belong_to_the_interviewee() -> None:
    text = (
        "A morning with Rosa Delmas\n"
        "Rosa Delmas has run the harbour rescue team for twenty years. Her deputy, "
        "Pieter Vos, joined in 2010.\n"
        "How did it start?\n"
        "“By accident. I answered an advert and never left.”\n"
        "Was it ever dangerous?\n"
        "“Every winter. You learn to respect the sea.”\n"
        "Delmas says the team needs more volunteers."
    )
    assert _speakers(text) == ["Rosa Delmas", "Rosa Delmas"]


def test_a_single_rhetorical_question_does_not_make_an_interview() -> None:
    text = "Who pays for the repairs?\n“Not us,” Pieter Vos said.\nRosa Delmas declined to comment."
    assert _speakers(text) == ["Pieter Vos"]


def test_a_title_before_the_name_in_an_english_incise() -> None:
    text = "“We will reopen the plant in May,” chief operating officer Karen Holt said on Monday."
    assert _speakers(text) == ["Karen Holt"]


def test_faire_savoir_and_an_adverb_do_not_hide_the_subject() -> None:
    text = (
        "« Nous ne signerons rien », a fait savoir Yves Garnier dans la soirée. "
        "« Le texte reste inacceptable », a sèchement répondu Inès Bakri."
    )
    assert _speakers(text, "fr") == ["Yves Garnier", "Inès Bakri"]


def test_s_est_dit_introduces_words_not_a_title() -> None:
    text = "La ministre, Inès Bakri, s'est dite « très inquiète » de la situation."
    assert _found(text, "fr") == [("très inquiète", "Inès Bakri", "fragment")]


def test_a_fragment_ending_on_a_full_stop_ends_the_authors_sentence() -> None:
    text = (
        "The union Unite called the plan “a slow death for the town.” Its organiser, "
        "Marc Lenoir, told local radio that members would strike."
    )
    assert _speakers(text) == ["Unite"]


def test_a_subject_phrase_governed_by_a_preposition_is_read_whole() -> None:
    text = (
        "Three engineers working on the bridge said the cracks were old. "
        "“Nothing has moved in years,” they said."
    )
    speaker = _speakers(text)[0]
    assert speaker is not None and speaker.startswith("Three engineers")


def test_a_pronoun_after_a_described_subject_takes_the_name_tied_to_it() -> None:
    text = (
        "Rosa Delmas said the budget was final.\n"
        "Asked about the strike, the union leader frowned. “We are ready,” he said.\n"
        "The union leader, Marc Lenoir, has called a meeting for Friday."
    )
    assert _speakers(text) == ["Marc Lenoir"]


def test_a_pronoun_after_an_untied_described_subject_names_nobody() -> None:
    text = (
        "Rosa Delmas said the budget was final.\n"
        "Asked about the strike, the night porter shrugged. “Not my business,” he said."
    )
    assert _speakers(text) == [None]


def test_a_bare_role_stands_for_the_one_person_introduced_with_a_role() -> None:
    text = (
        "Le prix a été remis au dernier roman de l'autrice suisse Inès Bakri.\n"
        "« Je n'y croyais plus », a souri la romancière en montant sur scène."
    )
    assert _speakers(text, "fr") == ["Inès Bakri"]


def test_a_bare_role_with_several_candidates_takes_the_speaker_of_its_paragraph() -> None:
    text = (
        "Le défenseur Marc Lenoir et le gardien Yves Garnier ont été titularisés.\n"
        "L'entraîneur Pieter Vos, lui, parle déjà d'un « tournant ». "
        "« On a trouvé notre équilibre », prévient le technicien."
    )
    assert _speakers(text, "fr")[-1] == "Pieter Vos"


def test_a_body_named_by_a_bare_noun_stays_unnamed() -> None:
    text = (
        "Le défenseur Marc Lenoir a quitté le club.\n"
        "« Les abonnés seront remboursés », précise la mairie."
    )
    assert _speakers(text, "fr") == ["mairie"]
