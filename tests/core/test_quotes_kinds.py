"""Quote kinds: titles, names, nicknames, ratings and unattributed words are "other",
with no speaker.
"""

from __future__ import annotations

import pytest
from named_entities import cast_quotes


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The film “Oppenheimer” won seven awards.", "en"),
        ('The so-called "special military operation" began in 2022.', "en"),
        ("L’opération baptisée « Tempête du désert » a commencé en 1991.", "fr"),
        ("Le navire, surnommé « la Bête », a quitté le port.", "fr"),
    ],
)
def test_titles_and_names_are_other_without_speaker(text: str, language: str) -> None:
    [(_, speaker, kind)] = cast_quotes(text, language)
    assert (speaker, kind) == (None, "other")


def test_quote_without_any_attribution_has_no_speaker() -> None:
    text = "La région vit un « tournant » historique."
    [(_, speaker, kind)] = cast_quotes(text, "fr")
    assert speaker is None
    assert kind == "other"


def test_analyst_ratings_are_labels_not_speech() -> None:
    text = (
        '"Margins will recover," said Karin Solheim, an analyst who upgraded the stock '
        'to "buy" from "underperform".\n'
    )
    found = cast_quotes(text, "en")
    assert found[0][1] == "Karin Solheim"
    assert [(sp, kind) for _, sp, kind in found[1:]] == [(None, "other"), (None, "other")]
