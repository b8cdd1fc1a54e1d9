"""An office taken up by its initials after an article ("the CS said", « a ajouté le
DG ») is the one person the article gave that office in full; initials no office of
the article spells stay a body. Invented names."""

from __future__ import annotations

import re

from quote_text import cast

from tui.core.models import Entity
from tui.core.quotes.extract import extract_quotes

CAST = cast(["Peter Kamau", "Anne Roy", "Paul Morin"])


def _speakers(text: str, initials: str, language: str, label: str = "ORG") -> list[str | None]:
    entities = CAST.entities(text)
    at = re.search(rf"\b{initials}\b", text).start()
    entities.append(Entity(at, at + len(initials), initials, label, initials))
    entities.sort(key=lambda e: e.start)
    return [q.speaker for q in extract_quotes(text, entities, language=language)]


def test_the_initials_of_an_office_are_its_holder() -> None:
    text = (
        "Transport Cabinet Secretary Peter Kamau urged both sides to talk.\n\n"
        "“The port is not a private compound,” the CS said."
    )
    assert _speakers(text, "CS", "en") == ["Peter Kamau"]


def test_french_initials_of_an_office_are_its_holder() -> None:
    text = (
        "Le directeur général, Paul Morin, a reçu les syndicats.\n\n"
        "« Rien n'est décidé », a ajouté le DG mardi."
    )
    assert _speakers(text, "DG", "fr") == ["Paul Morin"]


def test_initials_no_office_spells_stay_a_body() -> None:
    text = (
        "Transport Cabinet Secretary Peter Kamau urged both sides to talk.\n\n"
        "“We will not move,” the CDU said."
    )
    assert _speakers(text, "CDU", "en") == ["CDU"]


def test_the_initials_of_the_body_an_office_belongs_to_stay_the_body() -> None:
    text = (
        "Paul Morin, secrétaire général du Syndicat indépendant des gardiens, a parlé.\n\n"
        "Le SIG réclame « des actes rapides »."
    )
    assert _speakers(text, "SIG", "fr") == ["SIG"]


def test_initials_with_their_holder_named_after_them_are_that_holder() -> None:
    text = (
        "Assistant Attorney General Anne Roy argued the case.\n\n"
        "The AG, Paul Morin, said the office “takes every claim seriously.”"
    )
    assert _speakers(text, "AG", "en") == ["Paul Morin"]


def test_an_office_with_of_and_a_brief_is_taken_up_by_its_initials() -> None:
    text = (
        "The houses were opened by Peter Kamau, the member of the mayoral committee for "
        "human settlements.\n\n“I understand the anger,” the MMC said."
    )
    assert _speakers(text, "MMC", "en") == ["Peter Kamau"]
    assert _speakers(text, "MMC", "en", label="PER") == ["Peter Kamau"]
