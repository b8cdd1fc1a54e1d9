"""Names that share a word without naming one person: a titled given name and a full
name with that given name, family members sharing a surname, short words a letter
apart. Every text and name here is invented for the test."""

from __future__ import annotations

import pytest

from tui.core.models import Entity
from tui.core.names import resolve_names


def located(text: str, *names: tuple[str, str]) -> list[Entity]:
    """Every occurrence of each ``(surface, label)`` in ``text``, in text order."""
    out: list[Entity] = []
    for surface, label in names:
        at = text.find(surface)
        while at >= 0:
            before, after = text[at - 1 : at], text[at + len(surface) : at + len(surface) + 1]
            if not before.isalpha() and not after.isalpha():
                out.append(Entity(at, at + len(surface), surface, label, surface))  # type: ignore[arg-type]
            at = text.find(surface, at + 1)
    return sorted(out, key=lambda e: e.start)


def canon(resolved: dict[str, list[Entity]]) -> dict[tuple[str, int], str]:
    return {(e.text, e.start): e.canonical for ents in resolved.values() for e in ents}


@pytest.mark.parametrize("title", ["le pape", "la reine", "le roi", "saint", "Pope", "Queen"])
def test_a_given_name_under_a_title_is_not_a_full_name_with_that_given_name(title: str) -> None:
    text = (
        f"Le président Albin Maréchal a reçu {title} Léandre au palais. "
        f"Pour {title} Léandre, la paix passe par le dialogue, a déclaré Maréchal."
    )
    ents = located(text, ("Albin Maréchal", "PER"), ("Léandre", "PER"), ("Maréchal", "PER"))
    resolved, corpus = resolve_names({"a": ents}, texts={"a": text})
    names = {e.text: e.canonical for e in resolved["a"]}
    assert names["Léandre"] == "Léandre"
    assert names["Maréchal"] == "Albin Maréchal"
    assert {c.canonical for c in corpus} == {"Albin Maréchal", "Léandre"}


def test_a_titled_given_name_joins_no_full_name_of_another_article() -> None:
    first = "Le ministre Léandre Vasseur a présenté son budget mardi."
    second = "Le pape Léandre a célébré la messe devant des milliers de fidèles."
    resolved, _ = resolve_names(
        {
            "a": located(first, ("Léandre Vasseur", "PER")),
            "b": located(second, ("Léandre", "PER")),
        },
        texts={"a": first, "b": second},
    )
    assert [e.canonical for e in resolved["b"]] == ["Léandre"]


def test_without_the_text_a_lone_given_name_still_joins_the_one_full_name() -> None:
    # The title is only seen with the article's text; without it nothing changes.
    resolved, _ = resolve_names(
        {"a": [Entity(0, 15, "Léandre Vasseur", "PER", "Léandre Vasseur")],
         "b": [Entity(8, 15, "Léandre", "PER", "Léandre")]}
    )  # fmt: skip
    assert [e.canonical for e in resolved["b"]] == ["Léandre Vasseur"]


def test_a_bare_surname_shared_by_several_relatives_stays_unresolved() -> None:
    text = (
        "Gaspard Morvan, 19 ans, a disparu en mars. Ses parents, Odile Morvan et Hugo "
        "Morvan, ont écrit au préfet. Odile Morvan dénonce « le silence » des autorités. "
        "Les Morvan attendent une réponse, a précisé Morvan."
    )
    ents = located(
        text,
        ("Gaspard Morvan", "PER"),
        ("Odile Morvan", "PER"),
        ("Hugo Morvan", "PER"),
        ("Morvan", "PER"),
    )
    resolved, _ = resolve_names({"a": ents}, texts={"a": text})
    lone = [e.canonical for e in resolved["a"] if e.text == "Morvan"]
    assert lone and all(name == "Morvan" for name in lone)


def test_a_bare_surname_goes_to_the_relative_the_article_is_about() -> None:
    text = (
        "Gaspard Morvan a remporté l'étape. Gaspard Morvan, 24 ans, devance son frère "
        "Yves Morvan. « Gaspard Morvan court pour gagner », résume un rival. Morvan "
        "s'élancera en tête demain."
    )
    ents = located(text, ("Gaspard Morvan", "PER"), ("Yves Morvan", "PER"), ("Morvan", "PER"))
    resolved, _ = resolve_names({"a": ents}, texts={"a": text})
    assert {e.canonical for e in resolved["a"] if e.text == "Morvan"} == {"Gaspard Morvan"}


def test_short_words_a_letter_apart_name_different_bodies() -> None:
    text = "Le CHRU de Valmont et le CHU de Valmont ont signé une convention."
    ents = located(text, ("CHRU de Valmont", "ORG"), ("CHU de Valmont", "ORG"))
    resolved, corpus = resolve_names({"a": ents}, texts={"a": text})
    assert {e.canonical for e in resolved["a"]} == {"CHRU de Valmont", "CHU de Valmont"}
    assert len(corpus) == 2


def test_longer_spelling_variants_still_join() -> None:
    _, corpus = resolve_names(
        {"a": [Entity(0, 16, "Mikhaïl Sorokine", "PER", "Mikhaïl Sorokine")],
         "b": [Entity(0, 15, "Mikhail Sorokin", "PER", "Mikhail Sorokin")]}
    )  # fmt: skip
    assert len(corpus) == 1


def test_the_first_of_a_couple_joins_no_full_name_of_another_article() -> None:
    first = "Le footballeur Lucien Garnier a signé à Lorvenne."
    second = "Lucien et Odile Marchal, parents d'un lycéen disparu, ont écrit au maire."
    resolved, _ = resolve_names(
        {
            "a": located(first, ("Lucien Garnier", "PER")),
            "b": located(second, ("Lucien", "PER"), ("Odile Marchal", "PER")),
        },
        texts={"a": first, "b": second},
    )
    assert [e.canonical for e in resolved["b"]] == ["Lucien", "Odile Marchal"]


def test_the_first_of_a_couple_still_joins_its_full_name_in_the_same_article() -> None:
    text = "Lucien et Odile Marchal ont écrit au maire. Lucien Marchal, 52 ans, attend une réponse."
    ents = located(text, ("Lucien Marchal", "PER"), ("Odile Marchal", "PER"), ("Lucien", "PER"))
    resolved, _ = resolve_names({"a": ents}, texts={"a": text})
    assert {e.canonical for e in resolved["a"] if e.text == "Lucien"} == {"Lucien Marchal"}
