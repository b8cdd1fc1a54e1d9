"""A judging verb in the present tense is its subject's judgement (« que son président,
X, qualifie de « … » »); the same verb as a passive participle with no agent names no
one. Remembering reports a stance (« X se souvient d'une « … » »), and a verb leading an
infinitive of saying shares its subject. Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_speakers, trained_quotes


def _speakers(text: str) -> list[str | None]:
    return rules_speakers(f"Titre\n\n{text}\n", "fr")


def test_a_present_judging_verb_is_the_subjects() -> None:
    text = (
        "Le club a connu une ascension que son président, Marc Juvin, qualifie de "
        "« conte de fées »."
    )
    assert _speakers(text) == ["Marc Juvin"]


def test_a_passive_judging_participle_names_no_one() -> None:
    assert _speakers("La réforme, qualifiée de « fiasco », a été revue.") == [None]


def test_remembering_reports_a_stance() -> None:
    text = "Rémi Oster, l’ingénieur qui a repéré le signal, se souvient d’une « drôle de nuit »."
    assert _speakers(text) == ["Rémi Oster"]


def test_a_kin_noun_before_a_given_name_marks_its_gender() -> None:
    from tui.core.quotes.constraints import _gender_before

    assert _gender_before("Sa mère, ") == "f"
    assert _gender_before("Son frère, ") == "m"
    assert _gender_before("Her grandson, ") == "m"


def test_warning_in_any_tense_reports_a_stance() -> None:
    """« met en garde » as much as « mettent en garde »: the subject warns."""
    text = (
        "« Le maire rassure », explique le sociologue Lucien Arvert. Il met en garde "
        "contre toute lecture « trop flatteuse » des chiffres."
    )
    assert _speakers(text) == ["Lucien Arvert", "Lucien Arvert"]


def test_letting_it_be_known_in_the_plural_reports_a_stance() -> None:
    assert _speakers("Les Écologistes font part de leur « stupeur ».") == ["Les Écologistes"]


def test_a_verb_leading_an_infinitive_of_saying_shares_its_subject() -> None:
    """« X récuse le terme de « … » et préfère parler d'« … » »: X speaks both."""
    text = (
        "L'agence régionale de santé (ARS) a publié un communiqué. L'ARS récuse le terme "
        "de « fermeture » et préfère parler d'« accès régulé »."
    )
    agency = "agence régionale de santé"
    assert [q.speaker for q in trained_quotes(text, "Urgences")] == [agency, agency]
