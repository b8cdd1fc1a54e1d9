"""Rule-based named-entity extraction for French and English news.

One precompiled pattern finds runs of capitalised words joined by name particles
(``Corée du Nord``, ``Ursula von der Leyen``, ``Côte d’Ivoire``); each run is then
trimmed (elided articles, honorifics, sentence-initial common words, glued
neighbours such as ``UkraineLa``), split where a particle joins two unrelated names,
extended over the lowercase tail of an organisation (``Conseil de sécurité des
Nations unies``) and labelled from bundled lists and context cues. Python-level work
happens per capitalised run, never per character, which keeps the default engine fast.

This module is the entry point; each step has its own module: ``entities_runs``
(candidate runs), ``entities_titles`` (titles before names), ``entities_label``
(trimming and labelling, helped by ``entities_shape``, ``entities_context`` and
``entities_extend``) and ``entities_article`` (article-level passes).
"""

from __future__ import annotations

from typing import cast

from tui.core.entities.article import harmonise, with_acronyms, with_datelines
from tui.core.entities.context import is_sentence_start, plain_word_here
from tui.core.entities.cued_surnames import with_cued_surnames
from tui.core.entities.cues import (
    with_bracketed_places,
    with_company_anaphora,
    with_company_cues,
)
from tui.core.entities.field_bodies import with_field_bodies, with_listed_briefs
from tui.core.entities.gazetteer import (
    common_words,
    english_common_words,
    english_lowercase_words,
    known_label,
    lowercase_words,
)
from tui.core.entities.guess import unsupported
from tui.core.entities.headline import with_confirmed_headline_names
from tui.core.entities.initialisms import common_initialism
from tui.core.entities.label import label_group, plain_known
from tui.core.entities.lexicon import HYPHEN_TAILS
from tui.core.entities.listed import (
    with_lowercase_brands,
    with_numbered_names,
    with_state_abbreviations,
)
from tui.core.entities.ministries import with_ministry_heads, with_portfolios
from tui.core.entities.municipal import with_municipal_bodies
from tui.core.entities.patterns import CHUNK, LONE_NON_NAMES
from tui.core.entities.peers import with_listed_peers
from tui.core.entities.products import with_makers
from tui.core.entities.repeats import with_repeated_names
from tui.core.entities.runs import cut_pieces, group_pieces
from tui.core.entities.shape import lone_demonym, party_tag
from tui.core.entities.titles import affiliation_title, split_titles, title_only
from tui.core.entities.works import without_italic_titles
from tui.core.models import Entity, EntityLabel

_PEOPLE_OR_OTHER = frozenset(("PER", "MISC"))
"""Labels a run made of titles alone ("State Sen", "Finance Minister") may get, and loses."""


def extract_entities(text: str, *, language: str) -> list[Entity]:
    """Return the named-entity mentions of ``text``, sorted and never overlapping.

    ``language`` ("fr" or "en") only shifts priors; the rules cover both languages
    because news in either quotes names written the other way.
    """
    found = _with_passes(text, _spans(text, english=language == "en"), english=language == "en")
    # The passes above carry labels as plain strings; every one of them only ever writes
    # PER, LOC, ORG or MISC (the gazetteer keeps LOC and ORG entries only). A name no
    # cue ever supported is left out: never MISC or a person by default.
    return [
        Entity(
            start=s,
            end=e,
            text=text[s:e],
            label=cast(EntityLabel, label),
            canonical=_local_canonical(text[s:e]),
        )
        for s, e, label in found
        if not unsupported(label)
        and not party_tag(text[s:e])
        and not common_initialism(text[s:e])  # « un CDD », "a DVD": a common noun
        and not (
            label in _PEOPLE_OR_OTHER and (title_only(text[s:e]) or affiliation_title(text[s:e]))
        )
    ]


def _spans(text: str, *, english: bool) -> list[tuple[int, int, str]]:
    """Labelled spans of the capitalised chunks, in order, never overlapping."""
    found: list[tuple[int, int, str]] = []
    last_end = 0
    common = english_common_words() if english else common_words()  # "Vos said": a name
    lowercase = english_lowercase_words() if english else lowercase_words()
    for match in CHUNK.finditer(text):
        s, e = match.span()
        if s < last_end:
            continue
        word = match.group()
        if word.isalpha():  # a lone plain word: most are "Les", "The", "Monday"
            low = word.lower()
            known = known_label(word)
            if known is None:
                if (
                    low in LONE_NON_NAMES
                    or lone_demonym(word)
                    or (
                        (low in common or low in lowercase)
                        and is_sentence_start(text, s)
                        and plain_word_here(text, word, low, common)
                    )
                ):
                    continue
            elif english and low in english_common_words() and is_sentence_start(text, s):
                continue  # "People were angry": the word, not a magazine of that name
            elif plain_known(text, s, word, known):
                found.append((s, e, known))
                last_end = e
                continue
        for start, end, label in _spans_of_chunk(text, s, e, english):
            if start >= last_end and end > start:
                found.append((start, end, label))
                last_end = end
    return found


def _with_passes(
    text: str, found: list[tuple[int, int, str]], *, english: bool = False
) -> list[tuple[int, int, str]]:
    """The whole-text passes: datelines, acronyms, company cues, brands, peers…"""
    if "-" in text or "—" in text or "–" in text:
        found = with_datelines(text, found)
    if " (" in text:
        found = with_acronyms(text, found)
        found = with_bracketed_places(text, found)
    found = with_company_cues(text, found)
    found = with_state_abbreviations(text, found)
    found = with_lowercase_brands(text, found)
    found = with_numbered_names(text, found)
    found = with_makers(text, found)
    if english:
        found = with_field_bodies(text, found)[0]  # "Fisheries and Oceans Canada"
        found = with_listed_briefs(text, found)  # "Ministry of Gender, Children and …"
        found = with_municipal_bodies(text, found)
        found = with_company_anaphora(text, found)
    found = with_ministry_heads(text, found)
    if not english:
        found = with_portfolios(text, found)[0]  # « le ministre de l'Intérieur »
    found = harmonise(text, found)
    found = with_listed_peers(text, found)
    if english:
        found = with_cued_surnames(text, found)  # "Femi Adebanjo" … "Adebanjo, who"
    found = with_repeated_names(text, found, english=english)
    if english:
        found = with_confirmed_headline_names(text, found)
    return without_italic_titles(text, found)


def _without_hyphen_tail(text: str, start: int, end: int) -> int:
    """End of the name in "Texas-based": the compound describes, the name is the place."""
    low = text[start:end].lower()
    for tail in HYPHEN_TAILS:
        if low.endswith(tail) and end - start > len(tail) + 1:
            return end - len(tail)
    return end


def _local_canonical(surface: str) -> str:
    return " ".join(surface.split())


def _spans_of_chunk(
    text: str, start: int, end: int, english: bool = False
) -> list[tuple[int, int, EntityLabel]]:
    end = _without_hyphen_tail(text, start, end)
    pieces = cut_pieces(text, start, end)
    out: list[tuple[int, int, EntityLabel]] = []
    for group in group_pieces(pieces, english=english):
        for part, person, hint in split_titles(group):
            span = label_group(text, part, english=english, person=person, hint=hint)
            if span is not None:
                out.append(span)
    return out
