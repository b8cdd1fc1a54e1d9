"""A verb after a quotation is no incise when an infinitive of « être » or « avoir »
completes it (« », a demandé à être reçu par la direction du groupe »): the name
further on is that infinitive's agent, and the words go to whoever the sentence
before the quotation names. « a tenu à rappeler X » still hands them to X. Invented
names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Yann Kerlidou", "Anne Roc", "Paul Durand"], surnames=["Kerlidou"])


def test_a_passive_infinitive_after_the_verb_names_no_speaker() -> None:
    text = (
        "Un titre\n\n"
        "Le maire, Yann Kerlidou, s'est rendu sur place. L'élu, qui dit avoir été "
        "prévenu « vingt minutes avant la presse », a demandé à être reçu par la "
        "direction du groupe dans les plus brefs délais."
    )
    assert CAST.speakers(text) == ["Yann Kerlidou"]


def test_a_verb_of_saying_after_a_complement_still_names_its_subject() -> None:
    text = "Un titre\n\n« Nous irons jusqu'au bout », a tenu à rappeler la maire, Anne Roc."
    assert CAST.speakers(text) == ["Anne Roc"]
