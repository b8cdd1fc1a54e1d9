"""Marks around a name borrowed by the writer quote nobody (invented names)."""

from __future__ import annotations

import pytest
from quote_text import cast

CAST = cast(["Paul Durand", "Marie Lenoir"])


found = CAST.found


@pytest.mark.parametrize(
    "text",
    [
        "Paul Durand a rebaptisé la région « VALORA » lors de son discours.",
        "Le défenseur, surnommé « Tito » par ses coéquipiers, a salué Paul Durand.",
        "Marie Lenoir a déclaré que l'opération « Bouclier du Nord » était terminée.",
        'Paul Durand said the plan, known as "Blue Harbour", was ready.',
    ],
)
def test_a_name_in_marks_inside_the_sentence_is_kind_other(text: str) -> None:
    [(_, speaker, kind)] = found(text, "en" if " said " in text else "fr")
    assert (speaker, kind) == (None, "other")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Interrogé sur son avenir, Paul Durand a répondu : « Jamais ».", "Paul Durand"),
        ("« Jamais », a répondu Paul Durand.", "Paul Durand"),
        ("Paul Durand a promis : « Nous reviendrons ».", "Paul Durand"),
        ("Marie Lenoir a jugé la décision « Inacceptable, vraiment ».", "Marie Lenoir"),
    ],
)
def test_a_short_capitalised_answer_stays_speech(text: str, speaker: str) -> None:
    assert found(text)[0][1] == speaker
