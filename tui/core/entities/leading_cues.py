"""The words before a name that are not the name: articles, titles, openers.

« le ministre Paul Durand », "Veteran Jakub Novotny", "Republican Bryce Hollister",
"Furious Hollis told us": a capitalised run often opens on words that say something
about the name without being part of it. They are dropped here, and what they said
(a title marks a person) is kept for the label. A listed name keeps its article (« La
France insoumise »), a saint names a town or a body ("St Albans", "St Mary's
Hospital"), and a capital "The" mid-sentence opens a title ("in The Lancet").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.entities.cues import demonym_noun, english_the_name, field_body
from tui.core.entities.extend import extend_known
from tui.core.entities.gazetteer import (
    common_words,
    english_common_words,
    english_lowercase_words,
    given_name_genders,
    known_label,
    lowercase_words,
    name_key,
    starts_known_name,
    world_given_names,
)
from tui.core.entities.lexicon import (
    BUILDING_TAILS,
    HONORIFICS,
    LOC_TAILS,
    ORG_TAILS,
    ORG_TRIGGERS,
    TITLES,
)
from tui.core.entities.patterns import FUNCTION, Piece
from tui.core.entities.shape import article_of_place, is_demonym, korean_name, org_head_runs_on
from tui.core.entities.titles import plain_words
from tui.core.models import EntityLabel


@dataclass(slots=True)
class Lead:
    """A group once its leading cue words are gone, and what those words said."""

    tokens: list[Piece]
    per_cue: bool
    the_name: bool
    start_of_sentence: bool
    honorific: bool = False
    """An honorific was dropped ("Ms", « Mme »): the name is a person's, whatever place
    or work bears it too ("Ms Harper", "Dr Paris")."""


def strip_leading_cues(text: str, lead: Lead, english: bool) -> Lead:
    """Drop leading cue words: articles, titles, honorifics, demonyms, sentence starters."""
    while lead.tokens:
        first = lead.tokens[0]
        low = first.text.lower()
        if _name_starts_here(text, lead.tokens):
            break  # "La France insoumise": the article belongs to the listed name
        if _opens_a_title(text, lead, english):
            lead.the_name = True
            break  # "in The Lancet": a capital "The" mid-sentence opens a title
        if article_of_place(lead.tokens):
            break  # "La Roche-sur-Yon": the article is part of the commune's name
        if _saint_of_a_body(lead.tokens):
            break  # "St Mary's Hospital": the saint names the body
        if low in HONORIFICS or low + "." in HONORIFICS or low in TITLES:
            if plain_words([t.text for t in lead.tokens[1:]]):
                lead.tokens = []  # "Governor Signs Budget": a headline, no name
                break
            lead.per_cue = True
            lead.honorific = lead.honorific or low in HONORIFICS or low + "." in HONORIFICS
        elif korean_name(lead.tokens):
            break  # "Son Heung-min": the surname spells a common word
        elif not _is_cue_word(text, lead, low, english) and not (
            english and _opener_before_name(lead)
        ):
            break
        lead.tokens = lead.tokens[1:]
        lead.start_of_sentence = False
    return lead


_SAINT_BEFORE = re.compile(r"(?<![\w.])(St\.?|Saint)\s+$")


def saint_place(
    text: str, group: list[Piece], tokens: list[Piece]
) -> tuple[int, int, EntityLabel] | None:
    """ "parts of St. Andrews", "St Albans": in English a saint's name before a town
    names the town, and one before a hospital or a school the body, never a person."""
    saint = _SAINT_BEFORE.search(text, max(0, group[0].start - 7), group[0].start)
    if saint is not None and tokens[0].start == group[0].start:
        start = saint.start(1)
    elif len(tokens) > 1 and tokens[0].text in ("St", "Saint"):
        start = tokens[0].start
    else:
        return None
    tail = name_key(tokens[-1].text)
    return start, tokens[-1].end, "ORG" if tail in ORG_TRIGGERS else "LOC"


def _saint_of_a_body(tokens: list[Piece]) -> bool:
    return (
        len(tokens) > 1
        and tokens[0].text in ("St", "Saint")
        and name_key(tokens[-1].text) in _NAME_TAILS
    )


def _name_starts_here(text: str, tokens: list[Piece]) -> bool:
    """The group from here is a listed name (its leading article included)."""
    first = tokens[0]
    surface = surface_of(text, tokens)
    return (
        known_label(surface) is not None
        or (
            starts_known_name(surface)
            and extend_known(text, first.start, tokens[-1].end) is not None
        )
        or bool(field_body(text, tokens))
    )


def _opens_a_title(text: str, lead: Lead, english: bool) -> bool:
    tokens = lead.tokens
    return (
        tokens[0].text == "The"
        and not lead.start_of_sentence
        and english_the_name(text, tokens[0].start, english=english)
        and len(tokens) > 1
        and known_label(surface_of(text, tokens[1:])) is None
        and name_key(tokens[-1].text) not in ORG_TRIGGERS
    )


_NAME_TAILS = LOC_TAILS | ORG_TRIGGERS | ORG_TAILS | BUILDING_TAILS
"""Last words that make a run a place or a body ("Harwick Jakub Arena")."""


def _opener_before_name(lead: Lead) -> bool:
    """A word opening an English sentence before a given name and a surname describes
    the person ("Unseeded Lena Kovac", "Veteran Jakub Novotny"): it is not the name."""
    tokens = lead.tokens
    first = tokens[0].text
    return (
        lead.start_of_sentence
        and len(tokens) >= 3
        and not first.isupper()
        and name_key(tokens[1].text) in world_given_names()
        and name_key(first) not in world_given_names()
        and known_label(first) is None
        and name_key(tokens[-1].text) not in _NAME_TAILS
    )


def _given_name_in_english(lead: Lead, english: bool) -> bool:
    """ "Lorraine Whitlock": in English copy a listed given name before a name is the name."""
    return english and name_key(lead.tokens[0].text) in given_name_genders()


def _is_cue_word(text: str, lead: Lead, low: str, english: bool) -> bool:
    """A leading word that is not part of the name: function words, sentence-initial
    common words, demonyms before a name."""
    tokens = lead.tokens
    return (
        low in FUNCTION
        or (
            lead.start_of_sentence
            and low in _common(english)
            and not org_head_runs_on(text, tokens)
        )
        or (len(tokens) > 1 and is_demonym(low) and not _given_name_in_english(lead, english))
        or (len(tokens) > 2 and demonym_noun(text, tokens[0].start, low))
        or (english and low in _PARTIES and _given_name_next(tokens))
        or (english and lead.start_of_sentence and _epithet(tokens, low))
        or (english and lead.start_of_sentence and _trade_before_firm(tokens, low))
    )


def _trade_before_firm(tokens: list[Piece], low: str) -> bool:
    """ "Developer Ashcombe Homes submitted", "Carmaker Vauxhall Motors said": a trade
    opening the sentence before a firm's name is what the firm does, not its name."""
    return (
        len(tokens) >= 3
        and (low in english_lowercase_words() or low.endswith("maker"))
        and low not in ORG_TRIGGERS
        and name_key(tokens[-1].text) in ORG_TRIGGERS
        and name_key(tokens[1].text) not in ORG_TRIGGERS
    )


_PARTIES = frozenset(("republican", "democrat", "democratic", "labour", "tory"))
"""Party words written before a politician's name ("Republican Bryce Hollister")."""


def _epithet(tokens: list[Piece], low: str) -> bool:
    """ "Furious Hollis told us": an adjective opening the sentence before a surname."""
    return (
        len(tokens) == 2
        and low.endswith(("ous", "ful", "ed", "ent", "ant", "ive"))
        and low in lowercase_words()
        and name_key(tokens[0].text) not in world_given_names()
    )


def _given_name_next(tokens: list[Piece]) -> bool:
    return len(tokens) > 2 and name_key(tokens[1].text) in world_given_names()


def _common(english: bool) -> frozenset[str]:
    """Words that open a sentence more often than a name: in English copy, English ones
    only (French « grâce » folds to "grace", a given name)."""
    return english_common_words() if english else common_words()


def surface_of(text: str, tokens: list[Piece]) -> str:
    return text[tokens[0].start : tokens[-1].end]
