"""A family name may open on a particle (« De Gendt », « de Gaulle ») or on an initial
and an apostrophe (« N'Golo », « M'Tima »): both belong to the name. Invented and
public names, general French news phrasing."""

from __future__ import annotations

from tui.core.analysis.conventions import apply_conventions


def _names(text: str, *words: str) -> list[str]:
    spans = []
    for word in words:
        start = text.index(word)
        spans.append((start, start + len(word), "PER"))
    return [e.text for e in apply_conventions(text, spans)]


def test_a_capitalised_particle_opening_a_sentence_stays() -> None:
    text = "Tour de Lorvenne : De Vrendt remporte la 12e étape."
    assert _names(text, "De Vrendt") == ["De Vrendt"]


def test_a_lowercase_particle_the_recogniser_kept_stays() -> None:
    text = "Le général de Varenne a parlé."
    assert _names(text, "de Varenne") == ["de Varenne"]


def test_a_preposition_before_a_given_name_goes() -> None:
    text = "Le discours de Jean Varenne a surpris."
    assert _names(text, "de Jean Varenne") == ["Jean Varenne"]


def test_an_initial_with_an_apostrophe_opens_the_name() -> None:
    text = "Ali M'Tima et N'Golo Kanté sont titulaires."
    assert _names(text, "Ali M'Tima", "Golo Kanté") == ["Ali M'Tima", "N'Golo Kanté"]
