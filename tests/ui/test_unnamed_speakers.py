"""A described speaker is drawn as a description, never as a name."""

from __future__ import annotations

from tui.core.models import Quote
from tui.ui.article_layers import speaker_labels
from tui.ui.render import speaker_note, who_said


def test_a_description_is_drawn_as_unnamed() -> None:
    quote = Quote(2, 7, "Rien.", None, "speech", "le porte-parole")
    assert who_said(quote) == "le porte-parole (unnamed)"
    assert speaker_note(quote) == "— le porte-parole (unnamed)"


def test_a_name_and_nobody_are_drawn_as_before() -> None:
    assert speaker_note(Quote(2, 7, "Rien.", "Paul Durand", "speech")) == "— Paul Durand"
    assert speaker_note(Quote(2, 7, "Rien.", None, "fragment")) == "— unattributed (fragment)"


def test_the_inline_label_names_the_description() -> None:
    text = "« Rien. », a dit le porte-parole."
    quote = Quote(2, 7, "Rien.", None, "speech", "porte-parole")
    [(_, words, role)] = speaker_labels(text, [quote])
    assert words == "— porte-parole (unnamed)"
    assert role == "speaker"


def test_a_name_or_title_in_marks_is_no_unattributed_fragment() -> None:
    assert speaker_note(Quote(2, 7, "Les Heures blanches", None, "other")) == "— name or title"


def test_lowercase_words_nobody_said_are_not_called_a_title() -> None:
    quote = Quote(2, 30, "qui ne savait pas lire", None, "other")
    assert speaker_note(quote) == "— unattributed"
