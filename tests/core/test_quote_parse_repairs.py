"""Speakers the French parse leaves behind, read from its shape anyway.

- A verb after a participle set off by commas (« Le maire, reçu à la mairie, appelle
  … ») has the noun before the participle as its subject, even when the parser made
  that noun the sentence's root.
- A verb of perceiving followed by an infinitive (« on entend X dire … ») hands the
  words to its object, not to its subject.
- « relever de » is to come under: the verb says nothing, so the words go to the
  reporting verb before it (the rules' reading, which the parse backs).

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import rules_speakers, trained_article_speakers


def test_a_call_after_a_participle_set_off_is_the_nouns() -> None:
    body = (
        "Le maire de Lorient, Yann Corre, a parlé mardi. Le maire de Lorient, reçu à la "
        "mairie, appelle chacun, « électeurs ou non, à voter »."
    )
    assert trained_article_speakers(body, "Scrutin à Lorient") == ["Yann Corre"]


def test_whoever_is_heard_saying_the_words_says_them() -> None:
    body = "Sur la vidéo, on entend Claire Vasseur dire qu'elle « ne céderait pas »."
    assert trained_article_speakers(body, "Une vidéo virale") == ["Claire Vasseur"]


def test_the_one_heard_is_not_the_one_who_listens() -> None:
    body = (
        "Au conseil, Marc Tissot a écouté la réponse. Il a entendu la maire promettre "
        "« un nouveau gymnase »."
    )
    assert trained_article_speakers(body, "Conseil municipal") != ["Marc Tissot"]


def test_what_comes_under_a_body_is_said_by_who_recalls_it() -> None:
    body = (
        "Le ministère de la Santé rappelle que les écoles relèvent « de la compétence "
        "des communes »."
    )
    assert rules_speakers(body, "fr") == ["ministère de la Santé"]
    assert trained_article_speakers(body, "Écoles") == ["ministère de la Santé"]
