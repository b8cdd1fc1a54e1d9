"""Helpers shared by the entity and quote tests.

Entity tests read the extractor's output as ``(surface, label)`` pairs and score
whole paragraphs against hand-marked spans. Quote tests say which names a text holds
(surface → label and canonical name) instead of relying on the entity extractor, so
attribution is tested on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from tui.core.entities.extract import extract_entities
from tui.core.models import Entity
from tui.core.quotes.extract import extract_quotes

Pair = tuple[str, str]
"""An entity as a reader marks it: its surface text and its label."""


QUOTE_NAMES: dict[str, tuple[str, str]] = {
    # Agency reports, Paris and the Kremlin, French and English sources.
    "John Smith": ("PER", "John Smith"),
    "Smith": ("PER", "John Smith"),
    "Maria Lopez": ("PER", "Maria Lopez"),
    "Lopez": ("PER", "Maria Lopez"),
    "White House": ("ORG", "White House"),
    "Reuters": ("ORG", "Reuters"),
    "Kremlin": ("ORG", "Kremlin"),
    "Dmitri Peskov": ("PER", "Dmitri Peskov"),
    "Peskov": ("PER", "Dmitri Peskov"),
    "Paris": ("LOC", "Paris"),
    "France": ("LOC", "France"),
    "Marie Dupont": ("PER", "Marie Dupont"),
    "Dupont": ("PER", "Marie Dupont"),
    "AFP": ("ORG", "AFP"),
    "TASS": ("ORG", "TASS"),
    "Emmanuel Macron": ("PER", "Emmanuel Macron"),
    "Macron": ("PER", "Emmanuel Macron"),
    "Élysée": ("ORG", "Élysée"),
    "Oppenheimer": ("MISC", "Oppenheimer"),
    "Chan-il": ("MISC", "Chan-il"),
    "Institut coréen": ("ORG", "Institut coréen"),
    # Interviews, rescue teams, unions and French politics.
    "Rosa Delmas": ("PER", "Rosa Delmas"),
    "Delmas": ("PER", "Rosa Delmas"),
    "Pieter Vos": ("PER", "Pieter Vos"),
    "Vos": ("PER", "Pieter Vos"),
    "Karen Holt": ("PER", "Karen Holt"),
    "Holt": ("PER", "Karen Holt"),
    "Yves Garnier": ("PER", "Yves Garnier"),
    "Inès Bakri": ("PER", "Inès Bakri"),
    "Marc Lenoir": ("PER", "Marc Lenoir"),
    "Dalby Steel": ("ORG", "Dalby Steel"),
    "Unite": ("ORG", "Unite"),
    # Wire copy, local police, sport and French courts. Tidewell Energy, Port Ellen and
    # Hollin carry PER on purpose: they stand for bodies and places an extractor may
    # mislabel, which attribution must still not take for the people quoted.
    "Karin Solheim": ("PER", "Karin Solheim"),
    "Solheim": ("PER", "Karin Solheim"),
    "Brightwater Foods": ("ORG", "Brightwater Foods"),
    "Tidewell Energy": ("PER", "Tidewell Energy"),
    "Tidewell": ("PER", "Tidewell Energy"),
    "Marlow County Police Department": ("ORG", "Marlow County Police Department"),
    "Dean Foster": ("PER", "Dean Foster"),
    "Foster": ("PER", "Dean Foster"),
    "Ana Ribeiro": ("PER", "Ana Ribeiro"),
    "Ribeiro": ("PER", "Ana Ribeiro"),
    "Port Ellen": ("PER", "Port Ellen"),
    "Hollin": ("PER", "Hollin Athletic"),
    "Mia Brook": ("PER", "Mia Brook"),
    "Lucien Ferrand": ("PER", "Lucien Ferrand"),
    "Odile Marchal": ("PER", "Odile Marchal"),
    "Hugo Besson": ("PER", "Hugo Besson"),
    "Agnès Rivière": ("PER", "Agnès Rivière"),
    # Courts, clubs, local government and companies.
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
"""The invented cast of the quote tests: surface → (label, canonical name)."""


def span_at(text: str, words: str, label: str = "ORG") -> tuple[int, int, str]:
    """A recogniser's span over the first ``words`` of ``text``, with its label."""
    start = text.index(words)
    return start, start + len(words), label


def entity_pairs(text: str, language: str) -> list[Pair]:
    """Every entity the extractor finds, in text order, MISC included."""
    return [(e.text, e.label) for e in extract_entities(text, language=language)]


def name_pairs(text: str, language: str) -> list[Pair]:
    """The PER, LOC and ORG entities only: MISC readings are left unjudged."""
    return [pair for pair in entity_pairs(text, language) if pair[1] != "MISC"]


def paragraph_scores(
    paragraphs: Mapping[str, tuple[str, Sequence[Pair]]], language: str
) -> tuple[float, float]:
    """Precision and recall of the non-MISC entities over all paragraphs together.

    Pooling the counts lets a set of debatable paragraphs be held to a floor as a
    whole, where asserting every span would freeze readings that could go either way.
    """
    hits = predicted = gold = 0
    for text, expected in paragraphs.values():
        got = name_pairs(text, language)
        hits += sum((Counter(expected) & Counter(got)).values())
        predicted += len(got)
        gold += len(expected)
    return hits / predicted, hits / gold


def locate_names(text: str, names: Mapping[str, tuple[str, str]]) -> list[Entity]:
    """Every whole-word occurrence of the given names, longest first, never overlapping."""
    taken = [False] * len(text)
    out = []
    for name, (label, canonical) in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            out.append(Entity(m.start(), m.end(), name, label, canonical))  # type: ignore[arg-type]
    return sorted(out, key=lambda e: e.start)


def quotes_found(
    text: str, names: Mapping[str, tuple[str, str]], language: str
) -> list[tuple[str, str | None, str]]:
    """``(words, speaker, kind)`` of every quote, with the given names as the entities.

    Also checks that each quote's offsets index the text it reports.
    """
    quotes = extract_quotes(text, locate_names(text, names), language=language)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker, q.kind) for q in quotes]


def cast_quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    """``(words, speaker, kind)`` of every quote, with :data:`QUOTE_NAMES` as the entities."""
    return quotes_found(text, QUOTE_NAMES, language)


def cast_sources(text: str, language: str) -> list[tuple[str | None, str | None]]:
    """``(speaker, source)`` of every quote, with :data:`QUOTE_NAMES` as the entities:
    a name as the speaker, or no speaker and the description of an unnamed one."""
    quotes = extract_quotes(text, locate_names(text, QUOTE_NAMES), language=language)
    return [(q.speaker, q.source) for q in quotes]


def cast_speakers(text: str, language: str) -> list[str | None]:
    """The speaker of every quote, with :data:`QUOTE_NAMES` as the entities."""
    return [speaker for _, speaker, _ in cast_quotes(text, language)]
