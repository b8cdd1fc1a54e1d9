"""The learned last resort for quotations no rule attributes: its options, its shipped
weights, and what it chooses on invented texts."""

from __future__ import annotations

import json
from importlib import resources

from quote_text import cast

from tui.core.quotes.context import _Context
from tui.core.quotes.marks import quote_units
from tui.core.quotes.sentence_subject import main_clause_subject
from tui.core.quotes.speaker_model import CANDIDATE_FEATURES, NONE_FEATURES, choose, options
from tui.core.quotes.subjects import _linked_role, _subject_before

CAST = cast(["Odile Ferrand", "Lucien Brassac"], surnames=["Ferrand", "Brassac"])


def _context(text: str) -> _Context:
    """The context the extractor builds for ``text``, its hooks included."""
    ctx = _Context(text, CAST.entities(text), quote_units(text), "fr")
    ctx.subject_before, ctx.linked_role = _subject_before, _linked_role
    ctx.shared_subject = main_clause_subject
    return ctx


def test_the_shipped_weights_cover_every_feature_and_no_other() -> None:
    raw = resources.files("tui.core.data").joinpath("speaker_model.json").read_text("utf-8")
    weights = json.loads(raw)["weights"]
    assert set(weights) == {*CANDIDATE_FEATURES, *NONE_FEATURES}


def test_the_options_are_nobody_and_each_person_named_around_the_quotation() -> None:
    text = (
        "Titre\n\nOdile Ferrand préside l'amicale. Lucien Brassac, lui, se tait.\n\n"
        "« Trois ascenseurs sur quatre sont en panne. »\n"
    )
    ctx = _context(text)
    found = options(ctx, 0, [], cue=False)
    assert found[0][0] is None
    assert {name for name, _ in found[1:]} == {"Odile Ferrand", "Lucien Brassac"}
    ferrand = dict(found)["Odile Ferrand"]
    assert ferrand["previous_paragraph"] == 1.0 and ferrand["same_paragraph"] == 0.0


def test_a_name_inside_a_quotation_is_no_option() -> None:
    text = "Titre\n\nLa séance a été longue.\n\n« Lucien Brassac ment depuis des mois. »\n"
    found = options(_context(text), 0, [], cue=False)
    assert [name for name, _ in found] == [None]


def test_an_unnamed_person_in_the_sentence_marks_the_nobody_option() -> None:
    text = "Titre\n\nOdile Ferrand est partie. « On a peur », confie une habitante.\n"
    found = options(_context(text), 0, [], cue=True)
    assert found[0][1]["none_unnamed"] == 1.0
    assert found[0][1]["none_cue"] == 1.0


def test_it_chooses_the_one_person_the_paragraph_is_about() -> None:
    text = (
        "Titre\n\nDepuis l'été, Odile Ferrand multiplie les courriers au bailleur. « Trois "
        "ascenseurs sur quatre sont en panne depuis l'été, et personne ne vient. »\n"
    )
    assert choose(_context(text), 0, [], cue=False) == "Odile Ferrand"


def test_it_chooses_nobody_when_a_cue_found_an_unnamed_speaker() -> None:
    text = (
        "Titre\n\nOdile Ferrand est partie. « Trois ascenseurs sur quatre sont en panne "
        "depuis l'été », confie une habitante.\n"
    )
    assert choose(_context(text), 0, [], cue=True) is None


def test_it_chooses_nobody_when_no_one_is_named_around() -> None:
    text = (
        "Titre\n\nLa réunion a duré deux heures.\n\n« Trois ascenseurs sur quatre sont en "
        "panne depuis l'été, et personne ne vient. »\n"
    )
    assert choose(_context(text), 0, [], cue=False) is None
