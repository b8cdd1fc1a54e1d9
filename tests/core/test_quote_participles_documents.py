"""Clauses that hang on another one, and documents that speak. Invented names.

- A participle after a comma ("…, telling reporters that …", « …, invoquant … ») reports
  for the main clause's subject.
- A quotation closing on a full stop inside its marks ends the sentence: the next
  sentence's subject is not the earlier one's.
- "the ruling added" after "The court said in its ruling" is the court's.
- "Sen. Ada Brin" is the one "the senator" re-describes.
"""

from __future__ import annotations

from tui.core.entities.extract import extract_entities
from tui.core.quotes.extract import extract_quotes
from tui.core.quotes.speakers import role_links_in


def _speakers(text: str, language: str = "en") -> list[str | None]:
    ents = extract_entities(text, language=language)
    return [q.speaker for q in extract_quotes(text, ents, language=language)]


def test_an_english_participle_reports_for_the_main_subject() -> None:
    text = (
        "Briefing\n\nPress secretary Ada Brin declined on Monday to explain the recall, "
        "telling reporters that the move was “a personnel matter.”\n"
    )
    assert _speakers(text) == ["Ada Brin"]


def test_a_french_participle_reports_for_the_main_subject() -> None:
    text = (
        "Derby\n\nLa préfecture de la Haute-Loire a pris un arrêté, invoquant "
        "« un risque sérieux de troubles ».\n"
    )
    assert _speakers(text, "fr") == ["préfecture de la Haute-Loire"]


def test_a_full_stop_inside_the_marks_ends_the_sentence() -> None:
    text = (
        "Debate\n\nJoan Sutter said both men were “arguing about the menu.” Tom Brandt "
        "stayed out of it, saying only that he would “leave zoning to others.”\n"
    )
    assert _speakers(text) == ["Joan Sutter", "Tom Brandt"]


def test_a_ruling_speaks_for_the_court_that_issued_it() -> None:
    text = (
        "Ban\n\nThe Court of Sport Arbitration rejected the appeal on Friday.\n\n"
        "The court said in its ruling that the explanation was “not credible.” "
        "“The athlete bears responsibility,” the ruling added.\n"
    )
    assert _speakers(text) == ["Court of Sport Arbitration", "Court of Sport Arbitration"]


def test_a_short_title_ties_the_role_to_the_name() -> None:
    text = "The panel widened its inquiry into Sen. Ada Brin on Monday."
    links = role_links_in(text, extract_entities(text, language="en"))
    assert ("senator", "Ada Brin") in links
