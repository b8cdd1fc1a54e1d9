"""An unnamed spokesperson speaks for the one body of the article they speak for, and
still does when the text comes back to them ("the spokesman said", "she said").

Invented bodies and people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Dana Whitfield", "Osric Penhale", "Tomas Creel"],
    surnames=["Whitfield", "Penhale", "Creel"],
    bodies=["Hadleigh District Council", "Orven Water Board", "Kestle Public Library"],
)
SAFETY = '"Public safety has to come first," a council spokeswoman said.'


def test_a_council_spokeswoman_speaks_for_the_council() -> None:
    text = "Hadleigh District Council closed the bridge on Monday. " + SAFETY
    assert CAST.speakers(text, "en") == ["Hadleigh District Council"]


def test_no_body_of_that_kind_leaves_the_words_described() -> None:
    text = "The Orven Water Board closed the bridge on Monday. " + SAFETY
    [quote] = CAST.quotes(text, "en")
    assert (quote.speaker, quote.source) == (None, "council spokeswoman")


def test_a_plain_spokesman_names_nobody() -> None:
    text = 'Dana Whitfield left early. "We are reviewing it," a spokesman said.'
    assert CAST.speakers(text, "en") == [None]


def test_the_spokesman_again_speaks_for_the_mayor_he_was_introduced_for() -> None:
    text = (
        "Tomas Creel said the rent had doubled.\n\n"
        "A spokesman for Mayor Osric Penhale said the city had called Creel in October. "
        '"The mayor is heartbroken like everybody else," the spokesman said.'
    )
    assert CAST.speakers(text, "en") == ["Osric Penhale"]


def test_she_after_a_library_spokeswoman_is_the_library() -> None:
    text = (
        "Kestle Public Library will close its east branch.\n\n"
        "A library spokeswoman said the board had not taken a position. "
        '"We are preparing options for council," she said.'
    )
    assert CAST.speakers(text, "en") == ["Kestle Public Library"]


def test_she_after_a_spokeswoman_of_no_named_body_is_nobody() -> None:
    text = (
        "Dana Whitfield opened the hearing.\n\n"
        "A hospital spokeswoman said the ward would stay shut. "
        '"Safety comes first," she said.'
    )
    assert CAST.speakers(text, "en") == [None]


def test_the_spokesman_of_a_named_body_again_is_that_body() -> None:
    text = (
        "The Orven Water Board raised its charges.\n\n"
        "An Orven Water Board spokesman said the rise was needed. "
        '"Pipes do not mend themselves," the spokesman said.'
    )
    assert CAST.speakers(text, "en") == ["Orven Water Board"]


def test_a_coastguard_spokeswoman_is_the_coast_guard_spoken_of_last() -> None:
    guards = cast(bodies=["Tarvian Coast Guard", "Ostrelian Coast Guard"])
    text = (
        "The Ostrelian Coast Guard said it had sent no boats. The Tarvian Coast Guard "
        "led the search.\n\n"
        '"We are using all available means," a coastguard spokeswoman said.'
    )
    assert guards.speakers(text, "en") == ["Tarvian Coast Guard"]


def test_a_pronoun_after_a_bare_spokeswoman_speaks_for_the_body_named_before() -> None:
    """« Chez X, … Une porte-parole a indiqué … « … », a-t-elle ajouté »: X."""
    bodies = cast(["Tomas Creel"], bodies=["Santé Orvelle"])
    text = (
        "Urgences\n\n« Nous y arriverons », a dit le ministre Tomas Creel.\n\nChez Santé "
        "Orvelle, on se montre plus prudent. Une porte-parole a indiqué que l'organisation "
        "« n'a pas été consultée ». « Nous travaillons avec le cabinet », a-t-elle ajouté.\n"
    )
    assert bodies.speakers(text, "fr")[-1] == "Santé Orvelle"


def test_a_spokesperson_for_the_command_speaks_for_the_police_command() -> None:
    people = cast(bodies=["Harlow Valley Police Command"])
    text = (
        "The Harlow Valley Police Command said officers would line the route.\n\n"
        '"Nobody will be stopped for marching, but we will protect every shop," a '
        "spokesperson for the command said."
    )
    assert people.speakers(text, "en") == ["Harlow Valley Police Command"]


def test_a_department_spokesman_is_no_adverb_after_an_article() -> None:
    """English "a" is an article, not « a »: "a department spokesman" keeps its
    "department", so the words go to the department named, not the body spoken of last."""
    people = cast(bodies=["Brenmoor County Health Department", "Office of Water Policy"])
    text = (
        "The Brenmoor County Health Department confirmed nine cases on Friday.\n\n"
        "The Office of Water Policy warned of “a rising risk” last month.\n\n"
        "“The worst is still ahead of us,” a department spokesman said."
    )
    assert people.speakers(text, "en") == [
        "Office of Water Policy",
        "Brenmoor County Health Department",
    ]
