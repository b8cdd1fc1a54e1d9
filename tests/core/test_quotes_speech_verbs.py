"""The speech-verb lexicon: strong and weak verbs, inverted French forms, and nouns
told from the verbs they fold to.
"""

from __future__ import annotations

from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted


def test_speech_verb_strengths() -> None:
    assert is_speech_verb("déclaré", "fr")
    assert is_speech_verb("said", "en")
    assert not is_speech_verb("pense", "fr")
    assert is_speech_verb("pense", "fr", strong=False)
    assert not is_speech_verb("think", "en")
    assert is_speech_verb("think", "en", strong=False)
    assert not is_speech_verb("states", "en")
    assert split_inverted("ajoute-t-il") == ("ajoute", "il")
    assert split_inverted("dit-elle") == ("dit", "elle")
    assert split_inverted("Jong-un") is None


def test_french_nouns_are_told_from_the_verbs_they_fold_to() -> None:
    assert is_speech_verb("annoncé", "fr")
    assert is_speech_verb("critiqué", "fr")
    assert not is_speech_verb("annonce", "fr")
    assert not is_speech_verb("critique", "fr")
    assert is_speech_verb("adding", "en")


def test_raising_or_lowering_the_voice_reports_words() -> None:
    """Shouting and whispering are saying; « crise » and "chanting" a noun are not verbs
    of that list by accident."""
    for word in ("crié", "hurle", "murmurait", "chuchotent", "scandaient"):
        assert is_speech_verb(word, "fr"), word
    for word in ("shouted", "yelled", "whispers", "muttered", "chanting"):
        assert is_speech_verb(word, "en"), word
    assert not is_speech_verb("crise", "fr")
    assert not is_speech_verb("scandale", "fr")


def test_citing_reasons_reports_them() -> None:
    """« le groupe invoque « une surcapacité » »: the reasons given are the group's."""
    for word in ("invoque", "invoquait", "invoqué", "invoquent"):
        assert is_speech_verb(word, "fr"), word


def test_a_shouted_line_is_its_subject_s() -> None:
    from pipeline_quotes import rules_speakers

    text = "Siège à Varnes\n\nKarim Delval a crié : « Je ne me rendrai pas ! »\n"
    assert rules_speakers(text, "fr") == ["Karim Delval"]
    text = 'Hearing in Ardmore\n\nNora Quill shouted "Shame on you!" from the gallery.\n'
    assert rules_speakers(text, "en") == ["Nora Quill"]


def test_uttering_words_reports_them() -> None:
    """« la princesse a prononcé son « Oui » »: the words uttered are hers, even when the
    sentence opens on who saw it (« Selon les témoins, … »)."""
    from pipeline_quotes import rules_speakers

    assert is_speech_verb("prononcé", "fr") and is_speech_verb("prononçait", "fr")
    text = (
        "Mariage à Varnes\n\nLa princesse Ingrid Lund a épousé Erik Varde. Selon les "
        "témoins, la princesse a prononcé son « Oui, je le veux » d'une voix ferme.\n"
    )
    assert rules_speakers(text, "fr") == ["Ingrid Lund"]


def test_said_with_a_colon_introduces_words_not_a_nickname() -> None:
    """« X a dit : « … » » and « X dit : « … » » quote X; « dit « le Gros » » stays a
    nickname and « la zone dite « rouge » » a label."""
    from pipeline_quotes import rules_quotes

    def said(sentence: str) -> list[tuple[str | None, str]]:
        text = f"Attentat à Varnes\n\n{sentence}\n"
        return [(q.speaker, q.kind) for q in rules_quotes(text, "fr")]

    assert said("Paul Durand a dit : « Je m'associe à la douleur. »") == [("Paul Durand", "speech")]
    assert said("Paul Durand dit : « Je m'associe à la douleur. »") == [("Paul Durand", "speech")]
    assert said("Louis Varenne, dit « le Gros », a été arrêté.")[0] == (None, "other")
    assert said("Les habitants de la zone dite « rouge » ont été évacués.")[0] == (None, "other")


def test_an_infinitive_reports_as_its_other_forms_do() -> None:
    """« n'a pas hésité à parler de « trahison » »: the infinitive of a reporting verb
    the lexicon lacks reports as « parle » and « a parlé » do."""
    from pipeline_quotes import rules_speakers

    for word in ("parler", "qualifier", "marteler", "fustiger", "crier"):
        assert is_speech_verb(word, "fr"), word
    text = "Réforme\n\nPaul Durand n'a pas hésité à parler de « trahison ».\n"
    assert rules_speakers(text, "fr") == ["Paul Durand"]
