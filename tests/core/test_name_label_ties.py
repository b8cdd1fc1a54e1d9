"""One label per name across an article: the most mentions win, and a tie goes to an
organisation, then a place, over a person."""

from __future__ import annotations

from tui.core.name_forms import main_label


def test_most_mentions_win() -> None:
    assert main_label({"PER": 3, "LOC": 2}) == "PER"
    assert main_label({"MISC": 3, "PER": 1}) == "PER"
    assert main_label({"MISC": 2}) == "MISC"


def test_a_tie_prefers_an_organisation_then_a_place_over_a_person() -> None:
    """« Koumbaly : 87 élèves … Le préfet de Koumbaly … Au marché de Koumbaly »: the
    words around two mentions say it is a town, whatever two bare ones looked like."""
    assert main_label({"PER": 2, "LOC": 2}) == "LOC"
    assert main_label({"PER": 1, "ORG": 1}) == "ORG"
    assert main_label({"ORG": 1, "LOC": 1}) == "ORG"
