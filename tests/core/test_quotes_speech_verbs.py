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
