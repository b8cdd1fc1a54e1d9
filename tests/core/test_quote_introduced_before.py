"""A quotation standing alone after a paragraph about one person is that person's,
when it speaks in the first person and asks nothing. Invented names; the entities
are given."""

from __future__ import annotations

from quote_text import cast

from tui.core.quotes.context import _Context
from tui.core.quotes.introduced_before import introduced_before
from tui.core.quotes.marks import quote_units

CAST = cast(["Paul Gillard", "Nora Keller"], bodies=["Lumina Invest"])


def _last(text: str) -> str | None:
    ctx = _Context(text, CAST.entities(text), quote_units(text), "fr")
    return introduced_before(ctx, len(ctx.spans) - 1)


def test_words_alone_after_a_paragraph_about_one_person_are_theirs() -> None:
    text = (
        "Procès\n\nPaul Gillard, 74 ans, a fait le trajet depuis Namur avec sa canne. Il "
        "avait placé chez Lumina Invest l'argent de sa maison.\n\n« J'ai perdu 86 000 euros. "
        "Ma femme ne le sait toujours pas. »\n"
    )
    assert _last(text) == "Paul Gillard"


def test_two_people_in_the_paragraph_before_name_nobody() -> None:
    text = "Procès\n\nPaul Gillard a croisé Nora Keller dans le couloir.\n\n« J'ai tout perdu. »\n"
    assert _last(text) is None


def test_a_question_or_words_in_no_first_person_name_nobody() -> None:
    for words in ("Vous irez jusqu'où ?", "Le dossier est vide."):
        text = f"Procès\n\nPaul Gillard a fait le trajet depuis Namur.\n\n« {words} »\n"
        assert _last(text) is None


def test_a_person_only_mentioned_in_passing_is_not_introduced() -> None:
    text = "Procès\n\nLe dossier de Paul Gillard est épais.\n\n« J'ai tout perdu. »\n"
    assert _last(text) is None


def test_an_elided_first_person_is_first_person_and_a_country_is_not() -> None:
    text = "Procès\n\nPaul Gillard a fait le trajet depuis Namur.\n\n« J'ai tout perdu. »\n"
    assert _last(text) == "Paul Gillard"
    text = "Talks\n\nPaul Gillard flew to Geneva.\n\n“The US has not changed its position.”\n"
    assert _last(text) is None


def test_a_relative_named_in_passing_leaves_the_one_who_acts() -> None:
    """« … à son mari, X »: the husband is named, not introduced; the words are the
    one person the paragraph makes act."""
    text = (
        "Procès\n\nDepuis lundi, Nora Keller parle peu. Aide-soignante, elle n'avait "
        "jamais eu affaire à la justice avant de porter un coup à son mari, Paul Gillard."
        "\n\n« Je voulais que ça s'arrête. »\n"
    )
    assert _last(text) == "Nora Keller"
