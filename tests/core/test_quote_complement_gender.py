"""The article inside a role's complement (« le ministre de la Justice ») does not
give the person named after it that article's gender.

Invented people with given names no table knows, so only the article's own marks
can decide; entities are given and the rules engine judges, as the suite runs.
"""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.quotes.constraints import genders

CAST = cast(["Orhen Vasko"])


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Le ministre de la Justice, Orhen Vasko, a parlé.", "m"),
        ("La ministre de la Culture, Orhen Vasko, a parlé.", "f"),
        ("Le président de la Ligue, Orhen Vasko, a parlé.", "m"),
    ],
)
def test_the_role_head_gives_the_gender(text: str, gender: str) -> None:
    assert genders(text, CAST.entities(text)) == {"Orhen Vasko": gender}


def test_a_minister_of_justice_is_the_il_of_the_next_incise() -> None:
    text = (
        "Un incendie a touché l'usine. Le ministre de la Justice, Orhen Vasko, a précisé "
        "que les secours étaient sur place. « Le feu est maîtrisé » a-t-il déclaré."
    )
    assert CAST.speakers(text) == ["Orhen Vasko"]
