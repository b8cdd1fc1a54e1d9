"""A quotation that calls someone by title or name is not that person's words.

Invented names; the rules engine judges."""

from __future__ import annotations

from quote_text import cast

from tui.core.quotes.vocative import other_party

CAST = cast(["Paul Verdier", "Lina Ferrer"], surnames=["Verdier", "Ferrer"])


def test_words_calling_the_judge_by_title_are_not_the_judges() -> None:
    text = (
        "Le président, Paul Verdier, interroge le témoin. « Vous étiez où ? », demande "
        "le président. « Non, monsieur le président, je dormais. »\n"
    )
    assert CAST.speakers(text)[-1] != "Paul Verdier"


def test_words_calling_someone_by_surname_are_not_theirs() -> None:
    text = (
        "Lina Ferrer a interrogé Paul Verdier.\n\n« Vous saviez ? », a demandé Lina Ferrer. "
        "« Oui, madame Ferrer, je savais », a-t-elle répondu.\n"
    )
    assert CAST.speakers(text)[-1] != "Lina Ferrer"


def test_the_other_party_is_the_last_different_speaker() -> None:
    assert other_party(["Paul Verdier", "Lina Ferrer", "Lina Ferrer"], "Lina Ferrer") == (
        "Paul Verdier"
    )
    assert other_party([None, "Lina Ferrer"], "Lina Ferrer") is None


def test_a_name_the_words_report_is_no_address() -> None:
    text = (
        "Paul Verdier est jugé.\n\n« Quand je me plaignais, monsieur Verdier me disait "
        "de partir », raconte Lina Ferrer.\n"
    )
    assert CAST.speakers(text) == ["Lina Ferrer"]
