"""An office named by a periphrasis (« le chef de la diplomatie », "the top diplomat",
« le chef du gouvernement »), with or without its country's adjective, is the one
person the article introduced with the plain office; a clause after a name's comma
(« X, a rencontré mardi la ministre … ») is what X did, not a role of X's. Invented
names."""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.quotes.role_after import role_after

CAST = cast(["Olaf Berg", "Helena Strand", "Hilde Varin"])


def test_the_head_of_diplomacy_is_the_foreign_minister() -> None:
    text = (
        "Le Premier ministre, Olaf Berg, a rencontré mardi la ministre des Affaires "
        "étrangères, Helena Strand.\n\n"
        "« Nous ne sommes pas prêts », a déclaré le chef du gouvernement. "
        "« Rien n'est réglé », a ajouté la cheffe de la diplomatie. « Nous verrons », "
        "a conclu la cheffe de la diplomatie norvégienne."
    )
    assert CAST.speakers(text, "fr") == ["Olaf Berg", "Helena Strand", "Helena Strand"]


def test_the_top_diplomat_is_the_foreign_minister() -> None:
    text = (
        "Foreign Minister Helena Strand met Olaf Berg on Tuesday.\n\n"
        '"We are not there yet," the top diplomat told reporters.'
    )
    assert CAST.speakers(text, "en") == ["Helena Strand"]


def test_no_plain_office_no_holder() -> None:
    text = (
        "Olaf Berg et Helena Strand se sont vus.\n\n"
        "« Rien n'est réglé », a ajouté le chef de la diplomatie."
    )
    assert CAST.speakers(text, "fr") == [None]


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", a rencontré mardi la ministre.", None),
        (", a également reçu les syndicats.", None),
        (", a former minister, said.", "a former minister"),
        (", maire de Lorvenne, a dit.", "maire de Lorvenne"),
    ],
)
def test_a_french_perfect_after_the_comma_is_no_role(after: str, role: str | None) -> None:
    text = "Hilde Varin" + after
    assert role_after(text, len("Hilde Varin")) == role
