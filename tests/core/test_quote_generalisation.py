"""Attribution rules drawn from general patterns of news writing, on invented sentences.

Each case stands for one rule: named incises that end a sentence inside the marks,
circumstances cut from a described speaker, bodies named by a common noun, titles
without their period, views opened by « Pour … », possessive owners, pronouns after
*selon*, one-word titles before a name, and short quoted sentences that go on with
the same voice.
"""

from __future__ import annotations

import pytest
from named_entities import quotes_found

from tui.core.quote_marks import quote_units

_NAMES = {
    "Claire Moreau": ("PER", "Claire Moreau"),
    "Moreau": ("PER", "Claire Moreau"),
    "Luc Perrin": ("PER", "Luc Perrin"),
    "Perrin": ("PER", "Luc Perrin"),
    "Nadia Haddad": ("PER", "Nadia Haddad"),
    "Omar Sy": ("PER", "Omar Sy"),
    "Westbrook Rovers": ("ORG", "Westbrook Rovers"),
    "Jamie Cole": ("PER", "Jamie Cole"),
    "Cole": ("PER", "Jamie Cole"),
    "Linda Park": ("PER", "Linda Park"),
    "Tom Reyes": ("PER", "Tom Reyes"),
    "Union des artisans": ("ORG", "Union des artisans"),
    "Brightwell Foods": ("ORG", "Brightwell Foods"),
}


def _found(text: str, language: str = "fr") -> list[tuple[str, str | None, str]]:
    return quotes_found(text, _NAMES, language)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "« Le dossier est vide, a-t-il lancé. Nous le prouverons demain. »",
            ["Le dossier est vide", "Nous le prouverons demain."],
        ),
        (
            "« Le dossier est vide, a martelé Me Moreau. Nous le prouverons. »",
            ["Le dossier est vide", "Nous le prouverons."],
        ),
        (
            "« La saison est finie, explique l’entraîneur, et il faut rebâtir. »",
            ["La saison est finie", "et il faut rebâtir."],
        ),
        # Not an incise: the clause after the comma is the quotation's own.
        ("« Il est venu, a dit oui le maire, hier. »", ["Il est venu, a dit oui le maire, hier."]),
    ],
)
def test_named_and_sentence_ending_incises_split_the_quotation(text: str, parts: list[str]) -> None:
    assert [text[a:b] for _, a, b, _ in quote_units(text)] == parts


def test_named_incise_gives_both_halves_the_named_speaker() -> None:
    text = "« Le dossier est vide, a martelé Me Moreau. Nous le prouverons. »"
    assert [sp for _, sp, _ in _found(text)] == ["Claire Moreau", "Claire Moreau"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Je suis heureux », a confié le romancier en recevant le prix.", "romancier"),
        ("« Rien ne change », a répété le témoin à la barre.", "témoin"),
        ("« Rien ne change », a répété le témoin dans un entretien.", "témoin"),
    ],
)
def test_circumstances_are_cut_from_a_described_speaker(text: str, speaker: str) -> None:
    assert _found(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "language"),
    [
        (
            "L’Union des artisans a lancé une pétition. « Nous ne lâcherons rien », "
            "écrit l’association dans un communiqué.",
            "Union des artisans",
            "fr",
        ),
        (
            "Brightwell Foods reported a loss. The company said the quarter was "
            '"challenging but manageable".',
            "Brightwell Foods",
            "en",
        ),
    ],
)
def test_a_body_named_by_a_common_noun_is_the_last_body_named(
    text: str, speaker: str, language: str
) -> None:
    assert _found(text, language)[0][1] == speaker


def test_title_without_period_before_a_name_after_selon() -> None:
    text = "Selon son avocat, Me Luc Perrin, il attend « un non-lieu »."
    assert _found(text) == [("un non-lieu", "Luc Perrin", "fragment")]


def test_the_holder_of_an_opening_view_is_the_next_pronoun() -> None:
    text = (
        "Claire Moreau a témoigné la première. Pour la juge, Nadia Haddad, le doute "
        "n’est pas permis. « Les faits sont établis, a-t-elle affirmé. Rien ne manque. »"
    )
    assert [sp for _, sp, _ in _found(text)] == ["Nadia Haddad", "Nadia Haddad"]


def test_a_possessive_owner_is_not_the_subject_a_pronoun_points_to() -> None:
    text = (
        "Westbrook Rovers's striker, Jamie Cole, apologised to the fans. "
        '"I let everyone down," he wrote.'
    )
    assert _found(text, "en")[0][1] == "Jamie Cole"


def test_selon_with_a_pronoun_takes_the_person_it_stands_for() -> None:
    text = "Omar Sy défend le projet. Selon lui, le quartier vit « une renaissance »."
    assert _found(text) == [("une renaissance", "Omar Sy", "fragment")]


def test_one_word_title_opening_a_sentence_names_the_role() -> None:
    text = (
        "Governor Linda Park visited the site. Tom Reyes, a resident, was there too. "
        '"We will rebuild," the governor said.'
    )
    assert _found(text, "en")[0][1] == "Linda Park"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I saw it again and it was a foul," Jamie Cole said. "No excuses."',
            [
                ("I saw it again and it was a foul,", "Jamie Cole", "speech"),
                ("No excuses.", "Jamie Cole", "speech"),
            ],
        ),
        # Another paragraph, or no sentence end inside the marks: nobody goes on.
        (
            '"I saw it again and it was a foul," Jamie Cole said.\n'
            'Fans chanted "no excuses" loudly.',
            [
                ("I saw it again and it was a foul,", "Jamie Cole", "speech"),
                ("no excuses", None, "other"),
            ],
        ),
    ],
)
def test_a_short_quoted_sentence_goes_on_with_the_previous_voice(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _found(text, "en") == expected
