"""Quotation marks: which marks pair into a quotation, across languages and paragraphs.

Outermost pairs win over nested ones, apostrophes and inch marks are not quotes, stray
or unclosed marks are dropped, and a French quotation reopened on each new paragraph
gives one span per part.
"""

from __future__ import annotations

import pytest
from named_entities import cast_quotes

from tui.core.quotes.marks import find_quote_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a parlé d’une « grande victoire » hier.", ["grande victoire"]),
        ("Il a parlé d’une «\u00a0grande victoire\u00a0» hier.", ["grande victoire"]),
        ("Il a parlé d’une «\u202fgrande victoire\u202f» hier.", ["grande victoire"]),
        ("He called it “a disaster” on Monday.", ["a disaster"]),
        ("Er sagte „wir schaffen das“ gestern.", ["wir schaffen das"]),
        ('He said "no" and "never".', ["no", "never"]),
        ("« Il a dit ‹ jamais › hier », raconte-t-elle.", ["Il a dit ‹ jamais › hier"]),
        ("“He told me ‘not now’ twice,” she said.", ["He told me ‘not now’ twice,"]),
        ("‘We are ready,’ said the minister.", ["We are ready,"]),
        ("It’s the people’s choice, isn’t it? l’État, aujourd’hui.", []),
        ("Rock ’n’ roll and the ’90s.", []),
        ('A 5" screen and a "smart" phone.', ["smart"]),
        ("« Ouvert sans fin et « encore un » fermé.", ["encore un"]),
        ("Un » orphelin puis « vrai ».", ["vrai"]),
        ("« »  “ ” vides", []),
        ("Bank sees 'no rush' to cut, governor tells MPs", ["no rush"]),
        ("'Not in the business of profit', deputy tells MPs", ["Not in the business of profit"]),
        ("It's the '90s again, rock 'n' roll won't die, l'État aujourd'hui.", []),
        (
            "‘We had a driver held up at one in the morning.\n\n‘Nobody would put up with "
            "that.’ Next.",
            ["We had a driver held up at one in the morning.", "Nobody would put up with that."],
        ),
    ],
)
def test_marks_pair_into_outermost_spans(text: str, expected: list[str]) -> None:
    spans = find_quote_spans(text)
    assert [text[s:e] for _, s, e, _ in spans] == expected


def test_stray_closing_mark_after_a_closed_quote_is_skipped() -> None:
    text = "“Nous agirons”, a-t-il ajouté. ” a déclaré Blinken lors d’une interview."
    assert [q[0] for q in cast_quotes(text, "fr")] == ["Nous agirons"]


def test_french_quote_continued_over_a_paragraph_break_gives_one_span_per_part() -> None:
    text = (
        "« La situation est grave. Nous devons agir.\n"
        "« Il n’y a plus de temps à perdre », a insisté M. Macron.\nFin."
    )
    assert cast_quotes(text, "fr") == [
        ("La situation est grave. Nous devons agir.", "Emmanuel Macron", "speech"),
        ("Il n’y a plus de temps à perdre", "Emmanuel Macron", "speech"),
    ]


def test_unclosed_quote_at_paragraph_end_is_dropped() -> None:
    text = "« Ceci ne se ferme pas.\nLe paragraphe suivant parle d’autre chose « ici »."
    assert [q[0] for q in cast_quotes(text, "fr")] == ["ici"]
