"""An English definite description that ends a body's name speaks for that body:
"the institute" after *Bremly Polar Institute*, "the health department" after
*Corrin County Health Department*. Invented names, general phrasing."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(body)]


@pytest.mark.parametrize(
    ("named", "description", "body"),
    [
        ("Bremly Polar Institute", "The institute", "Bremly Polar Institute"),
        (
            "Corrin County Health Department",
            "The health department",
            "Corrin County Health Department",
        ),
        ("Vell County Sheriff's Office", "The sheriff's office", "Vell County Sheriff's Office"),
    ],
)
def test_a_description_ending_a_body_name_is_that_body(
    named: str, description: str, body: str
) -> None:
    text = (
        f"Figures from the {named} were published on Monday.\n\n"
        f"{description} said in a statement that the results showed “a clear trend.”"
    )
    assert _speakers(text) == [body]


def test_a_description_no_name_ends_stays_unnamed() -> None:
    text = (
        "Figures from the Bremly Polar Institute were published on Monday.\n\n"
        "The council said in a statement that the results showed “a clear trend.”"
    )
    assert _speakers(text) == [None]
