"""« on » speaks for the named body its sentence opens at (« Au ministère de X, on
indique »), never for an unnamed one, and an inverted « -t-on » keeps the incise's
reading. Invented names, given as entities; the rules engine judges.
"""

from __future__ import annotations

import pytest
from quote_text import cast

CAST = cast(
    ["Marc Lhuillier"],
    surnames=["Lhuillier"],
    bodies=["ministère de la Culture", "Rails du Sud"],
)
LEAD = "Marc Lhuillier a voté contre. « C'est un comptoir », a-t-il lancé.\n\n"


@pytest.mark.parametrize(
    "opening", ["Au ministère de la Culture", "Chez Rails du Sud", "Du côté de Rails du Sud"]
)
def test_on_at_a_named_body_is_that_body(opening: str) -> None:
    text = LEAD + f"{opening}, on indique par courriel que « la commune n'a rien demandé »."
    body = "ministère de la Culture" if "ministère" in opening else "Rails du Sud"
    assert CAST.speakers(text, "fr") == ["Marc Lhuillier", body]


def test_on_at_an_unnamed_body_is_nobody() -> None:
    text = LEAD + "À la préfecture, on indique que « la commune n'a rien demandé »."
    assert CAST.speakers(text, "fr") == ["Marc Lhuillier", None]


def test_an_inverted_on_is_not_the_body_after_a() -> None:
    text = LEAD + "« La commune n'a rien demandé », indique-t-on à Rails du Sud."
    assert CAST.speakers(text, "fr")[1] != "Rails du Sud"
