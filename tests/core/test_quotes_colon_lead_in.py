"""A sentence ending in a colon hands the floor to its subject (invented names)."""

from __future__ import annotations

import pytest
from quote_text import cast

CAST = cast(["Paul Durand"], bodies=["Veltronic"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Paul Durand s'est montré confiant sur la suite du chantier :\n"
            "« Nous finirons avant l'hiver. »",
            "Paul Durand",
        ),
        (
            "Veltronic a publié un long texte sur son site : "
            "« Les livraisons reprendront dès lundi dans toutes les régions. »",
            "Veltronic",
        ),
    ],
)
def test_the_subject_before_a_colon_speaks(text: str, speaker: str) -> None:
    [quote] = CAST.quotes(text)
    assert quote.speaker == speaker
