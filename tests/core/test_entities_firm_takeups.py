"""Which names « l'entreprise » or « le groupe » takes up as the next subject, read
once per article. Invented names."""

from __future__ import annotations

import re

from tui.core.entities.firm_takeups import FirmTakeUps, firm_takeups


def _spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), "PER") for n in names for m in re.finditer(re.escape(n), text)]
    return sorted(found)


def test_the_name_right_before_the_subject_is_taken_up() -> None:
    text = "Néovia Gaz a dépêché deux équipes. L'entreprise assure que tout va bien."
    assert FirmTakeUps(text, _spans(text, "Néovia Gaz")).takes_up("Néovia Gaz")


def test_a_name_between_takes_the_subject_instead() -> None:
    text = "Néovia Gaz a dépêché Paul Morel sur place. L'entreprise assure que tout va bien."
    takeups = FirmTakeUps(text, _spans(text, "Néovia Gaz", "Paul Morel"))
    assert not takeups.takes_up("Néovia Gaz")


def test_a_later_mention_the_model_missed_is_read_too() -> None:
    text = (
        "Néovia Gaz a dépêché Paul Morel sur place. Selon Néovia Gaz, tout va bien. "
        "L'entreprise promet un bilan."
    )
    spans = [(*_at(text, "Néovia Gaz"), "ORG"), (*_at(text, "Paul Morel"), "PER")]
    assert FirmTakeUps(text, spans).takes_up("Néovia Gaz")  # the second mention, unmarked


def test_a_subject_too_far_after_the_name_takes_nothing_up() -> None:
    filler = "Les équipes sont restées sur place toute la nuit et toute la journée. " * 6
    text = f"Néovia Gaz a dépêché deux équipes. {filler}L'entreprise assure que tout va bien."
    assert not FirmTakeUps(text, _spans(text, "Néovia Gaz")).takes_up("Néovia Gaz")


def test_a_name_after_an_organisation_in_its_sentence_is_not_the_firm() -> None:
    text = "La filiale du groupe Ferlane, Vaubois Fret, recrute. L'entreprise confirme."
    spans = [(*_at(text, "Ferlane"), "ORG"), (*_at(text, "Vaubois Fret"), "PER")]
    assert not FirmTakeUps(text, spans).takes_up("Vaubois Fret")


def test_part_of_a_longer_word_is_no_mention() -> None:
    text = "Les Néovia Gazières ont parlé. L'entreprise confirme."
    assert not FirmTakeUps(text, []).takes_up("Néovia Gaz")


def test_every_name_of_a_long_article_is_answered_on_its_own() -> None:
    parts = [
        f"La firme Orval{i} embauche Paul Nom{i} à Arlet{i}. L'entreprise recrute."
        if i % 2
        else f"Paul Nom{i} rejoint Orval{i}. L'entreprise recrute."
        for i in range(400)
    ]
    text = "\n".join(parts)
    spans = _spans(text, *(f"{w}{i}" for i in range(400) for w in ("Orval", "Paul Nom", "Arlet")))
    spans = [s for s in spans if not text[s[1] : s[1] + 1].isdigit()]
    takeups = FirmTakeUps(text, spans)
    assert [i for i in range(400) if takeups.takes_up(f"Orval{i}")] == list(range(0, 400, 2))
    assert [i for i in range(400) if takeups.takes_up(f"Arlet{i}")] == list(range(1, 400, 2))


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_an_article_with_no_company_subject_asks_nothing() -> None:
    quiet = "Néovia Gaz a dépêché deux équipes. Les secours sont arrivés vite."
    assert firm_takeups(quiet, _spans(quiet, "Néovia Gaz")) is None
    taken = "Néovia Gaz a dépêché deux équipes. L'entreprise assure que tout va bien."
    found = firm_takeups(taken, _spans(taken, "Néovia Gaz"))
    assert found is not None and found.takes_up("Néovia Gaz")


def test_a_company_noun_introducing_its_own_name_takes_nothing_up() -> None:
    """« Le constructeur automobile Belvane a annoncé »: the noun names Belvane, so the
    town closing the headline before it is no firm."""
    text = (
        "Belvane ferme son usine de Corvignac\n\n"
        "Le constructeur automobile Belvane a annoncé la fermeture du site."
    )
    assert not FirmTakeUps(text, _spans(text, "Belvane", "Corvignac")).takes_up("Corvignac")
