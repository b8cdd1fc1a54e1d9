"""The gender an article gives a person through the pronoun of their reported words
(« X a indiqué qu'il … », "X said she …") keeps « elle » / "she" from a man and
« il » / "he" from a woman. Every text is written for the test with invented names."""

from __future__ import annotations

import pytest
from named_entities import quotes_found
from quote_text import cast

from tui.core.models import Entity
from tui.core.quotes.pronoun_gender import said_genders

CAST = cast(["Lena Hart", "Piet Vos", "Marie Roche", "Paul Durand"])


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Piet Vos, the treasurer, said he would stay on.", "en", {"Piet Vos": "m"}),
        ("Lena Hart has told reporters that she is ready.", "en", {"Lena Hart": "f"}),
        ("Paul Durand a indiqué qu'il partira en mai.", "fr", {"Paul Durand": "m"}),
        ("Marie Roche a également expliqué qu'elle resterait.", "fr", {"Marie Roche": "f"}),
        # An impersonal « il » is nobody's pronoun.
        ("Marie Roche a estimé qu'il fallait attendre.", "fr", {}),
        # A pronoun that is no reported subject tells nothing.
        ("Piet Vos met her on Monday.", "en", {}),
        ("Piet Vos, who met her, said nothing.", "en", {}),
    ],
)
def test_a_reported_pronoun_gives_the_speaker_gender(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert said_genders(text, CAST.entities(text), language) == expected


def test_a_person_reported_both_ways_is_left_out() -> None:
    text = "Piet Vos said he would stay. Later Piet Vos said she had left."
    first = text.index("Piet Vos")
    second = text.index("Piet Vos", first + 1)
    both = [Entity(at, at + 8, "Piet Vos", "PER", "Piet Vos") for at in (first, second)]
    assert said_genders(text, both, "en") == {}


def test_she_skips_a_man_reported_with_he() -> None:
    text = (
        "Lena Hart welcomed the vote on Monday. Piet Vos, the treasurer, said he would "
        'stay on.\n"We will see," she added.'
    )
    assert [speaker for _, speaker, _ in quotes_found(text, CAST.names, "en")] == ["Lena Hart"]


def test_elle_skips_a_man_reported_with_il() -> None:
    text = (
        "Marie Roche a été reçue lundi à la mairie. Paul Durand a indiqué qu'il partira.\n"
        "« Nous verrons », a-t-elle ajouté."
    )
    assert [speaker for _, speaker, _ in quotes_found(text, CAST.names, "fr")] == ["Marie Roche"]


def test_a_gendered_noun_before_its_adjective_marks_the_name() -> None:
    family = cast(["Salomé Vidal", "Mathieu"], surnames=["Vidal"])
    text = (
        "Salomé Vidal a repris l'auberge en 2019.\n\n"
        "Son frère cadet, Mathieu, tient la salle. « Les habitués râlaient », confie-t-il.\n\n"
        "Sa cuisine, elle la dit « paysanne et obstinée »."
    )
    assert family.speakers(text, "fr") == ["Mathieu", "Salomé Vidal"]


def test_a_person_named_by_one_given_name_has_its_gender() -> None:
    """« Julie et Antoine, venus de Rodez »: a person the article names by one given
    name only is named by it; « M. Martin » is a surname, and so is the end of a name."""
    from tui.core.models import Entity
    from tui.core.quotes.pronoun_gender import first_name_gender

    def ents(text: str, *names: str) -> list[Entity]:
        return [Entity(text.index(n), text.index(n) + len(n), n, "PER", n) for n in names]

    text = "Julie et Antoine, venus de Rodez, pliaient leur tente."
    assert first_name_gender(text, ents(text, "Julie", "Antoine"), "Antoine") == "m"
    assert first_name_gender(text, ents(text, "Julie", "Antoine"), "Julie") == "f"
    text = "Camille, 34 ans, habite ici."
    assert first_name_gender(text, ents(text, "Camille"), "Camille") is None  # both genders
    text = "Selon M. Martin, le maire a menti."
    assert first_name_gender(text, ents(text, "Martin"), "Martin") is None
    text = "Sophie Martin a parlé. Martin a ensuite quitté la salle."
    found = [*ents(text, "Sophie Martin"), Entity(24, 30, "Martin", "PER", "Martin")]
    assert first_name_gender(text, found, "Martin") is None


def test_a_feminine_description_is_never_a_man_named_by_his_given_name() -> None:
    import pytest
    from pipeline_quotes import trained_quotes

    from tui.core.engine_identity import available

    if not available():
        pytest.skip("the trained engine is not installed")
    text = (
        "Millau\n\nSur le parking, Julie et Antoine, venus de Rodez, pliaient leur tente. "
        "« On a eu une soirée sur deux », sourit la jeune femme.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Millau")] != ["Antoine"]
