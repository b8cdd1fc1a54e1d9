"""A headline's quoted words go to whoever says them in the body when the headline
names nobody (« selon le procureur », "its chief promises") or names a body for them; a
headline that names a person as its speaker keeps it. Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_quotes, rules_speakers


def _speakers(text: str, language: str = "fr") -> list[str | None]:
    return rules_speakers(text, language)


def test_a_headline_role_yields_to_the_body_speaker() -> None:
    text = (
        "Vol à Privas : « Ils avaient tout préparé », selon le procureur\n\n"
        "Deux hommes ont dérobé la caisse d'un tabac mercredi. « Ils avaient tout préparé. "
        "Rien n'a été laissé au hasard », a déclaré le procureur de la République, "
        "Julien Arcelin, jeudi.\n"
    )
    assert _speakers(text) == ["Julien Arcelin", "Julien Arcelin"]


def test_a_headline_naming_a_body_yields_to_the_person_saying_the_words() -> None:
    text = (
        "Harlen Bank holds rates, warns inflation is “not yet beaten”\n\n"
        "“Inflation is falling, but it is not yet beaten,” Governor Ruth Vale said.\n"
    )
    assert _speakers(text, "en") == ["Ruth Vale", "Ruth Vale"]


def test_a_headline_naming_its_speaker_keeps_it() -> None:
    text = (
        "Ruth Vale warns inflation is “not yet beaten”\n\n"
        "The bank held rates. “Inflation is falling, but it is not yet beaten,” its chief "
        "economist, Tom Arlen, said.\n"
    )
    assert _speakers(text, "en")[0] == "Ruth Vale"


def test_headline_words_a_body_quotation_holds_are_its_speakers() -> None:
    """« les secours « à court de tout » » over a body quotation whose speaker is found
    only from the quotation before it: the headline's words are quoted, no label."""
    text = (
        "Séisme : les secours « à court de tout » dans les Andes\n\n"
        "Le bilan s'est alourdi. « Nous acheminons l'eau à dos de mule », raconte Julián "
        "Cárdenas, coordinateur d'une ONG. « Les équipes sont à court de tout : couvertures, "
        "tentes. »\n"
    )
    quotes = rules_quotes(text, "fr")
    assert (quotes[0].speaker, quotes[0].kind) == ("Julián Cárdenas", "fragment")
