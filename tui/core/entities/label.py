"""Labelling one group of tokens: trim cue words, extend, and choose a label.

Leading articles, honorifics and sentence-initial common words are dropped; the
rest is labelled from the lists first, then from its shape and its context.
"""

from __future__ import annotations

from tui.core.entities.context import (
    after_portfolio_title,
    apposition_after,
    employer_before,
    in_capitals_line,
    is_sentence_start,
    loc_head_before,
    named_mid_sentence,
    org_noun_near,
    place_noun_after,
    place_noun_before,
    plain_word_here,
    title_before,
    word_before,
)
from tui.core.entities.cues import (
    cued_label,
    demonym_noun,
    english_the_name,
    field_body,
    republic_office,
)
from tui.core.entities.extend import extend_known, extend_organisation
from tui.core.entities.gazetteer import (
    common_words,
    given_names,
    known_label,
    lowercase_words,
    name_key,
    starts_known_name,
)
from tui.core.entities.lexicon import (
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_ROLE_HEADS,
    BUILDING_TAILS,
    CALENDAR_WORDS,
    COMMON_ACRONYMS,
    COMPASS,
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    HONORIFICS,
    LOC_CUES,
    LOC_HEADS,
    LOC_TAILS,
    NUMBERED_VENUES,
    ORG_ACRONYM_HEADS,
    ORG_HEAD_ADJECTIVES,
    ORG_LOWER_HEADS,
    ORG_OF_HEADS,
    ORG_TAILS,
    ORG_TRIGGERS,
    PLACE_NAME_HEADS,
    POSTNOMINALS,
    ROLE_HEADS,
    STATE_HEADS,
    STORM_HEADS,
    TITLES,
)
from tui.core.entities.patterns import (
    EXTENDING_HEADS,
    FUNCTION,
    LOWER_HEADS,
    PLURAL_NOUN,
    VENUE_NUMBER,
    Piece,
)
from tui.core.entities.shape import (
    article_of_place,
    hyphenated_place,
    is_acronym,
    is_demonym,
    is_name_word,
    korean_name,
    lone_demonym,
    org_head_runs_on,
    team_name,
)
from tui.core.models import EntityLabel


def plain_known(text: str, start: int, word: str, label: str) -> bool:
    """Whether a lone listed name keeps its listed label with no further rule to apply.

    Most mentions in news are such names ("Kremlin", "Paris", "OTAN"); taking them
    here skips the general path, which only matters for names that extend or that a
    preceding word may turn into something else.
    """
    if starts_known_name(word) or name_key(word) in EXTENDING_HEADS:
        return False
    if label == "ORG":
        return word.isupper() or not after_portfolio_title(text, start)
    if label == "LOC":
        if word == "République" and republic_office(text, start):
            return False
        return loc_head_before(text, start, heads=LOWER_HEADS) is None
    return False


def label_group(
    text: str,
    group: list[Piece],
    *,
    english: bool = False,
    person: bool = False,
    hint: EntityLabel | None = None,
) -> tuple[int, int, EntityLabel] | None:
    tokens = [p for p in group if p.is_token]
    per_cue = person
    the_name = False
    start_of_sentence = is_sentence_start(text, group[0].start)
    # Drop leading cue words: articles, titles, honorifics, demonyms, sentence starters.
    while tokens:
        first = tokens[0]
        low = first.text.lower()
        surface = _surface(text, tokens)
        if (
            known_label(surface) is not None
            or (starts_known_name(surface) and extend_known(text, first.start, tokens[-1].end))
            or field_body(text, tokens)
        ):
            break  # "La France insoumise": the article belongs to the listed name
        if (
            first.text == "The"
            and not start_of_sentence
            and english_the_name(text, first.start, english=english)
            and len(tokens) > 1
            and known_label(_surface(text, tokens[1:])) is None
            and name_key(tokens[-1].text) not in ORG_TRIGGERS
        ):
            the_name = True
            break  # "in The Lancet": a capital "The" mid-sentence opens a title
        if article_of_place(tokens):
            break  # "La Roche-sur-Yon": the article is part of the commune's name
        if low in HONORIFICS or low + "." in HONORIFICS or low in TITLES:
            per_cue = True
        elif korean_name(tokens):
            break  # "Son Heung-min": the surname spells a common word
        elif not (
            low in FUNCTION
            or (start_of_sentence and low in common_words() and not org_head_runs_on(text, tokens))
            or (len(tokens) > 1 and is_demonym(low))
            or (len(tokens) > 2 and demonym_noun(text, first.start, low))
        ):
            break
        tokens = tokens[1:]
        start_of_sentence = False
    if len(tokens) >= 3 and tokens[-1].text in POSTNOMINALS:
        tokens = tokens[:-1]  # "Amanda Pinto KC": the honour follows the name
        per_cue = True
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    # Inner connectors may now dangle at the start; tokens keep the group order.
    first_key = name_key(tokens[0].text.split("-")[0])
    surface = text[start:end]
    label: EntityLabel | None = known_label(surface)  # type: ignore[assignment]
    cued = cued_label(text, tokens, start, end, the_name=the_name, known=label)
    if cued is not None:
        return (start, end, cued) if cued != "-" else None  # type: ignore[return-value]
    if label in (None, "ORG") and after_portfolio_title(text, start) and not surface.isupper():
        # "ministre de la Défense Sergueï Choïgu": the portfolio is not a name.
        if len(tokens) == 1 or name_key(tokens[1].text.split("-")[0]) not in given_names():
            return None
        tokens = tokens[1:]
        start = tokens[0].start
        per_cue = True
        label = None
    if label is None and (
        (len(tokens) == 1 and hyphenated_place(tokens[0].text)) or article_of_place(tokens)
    ):
        return start, end, "LOC"
    if (
        first_key in ORG_HEAD_ADJECTIVES
        and len(tokens) > 1
        and name_key(tokens[1].text) in ORG_TRIGGERS
    ):
        first_key = name_key(tokens[1].text)  # "Haute Autorité de santé", "Haut Conseil"
    # "Royaume-Uni" is whole: "de l’Union européenne" after it is another name.
    whole_state = label == "LOC" and len(tokens) == 1 and "-" in tokens[0].text
    if first_key in ORG_TRIGGERS | STATE_HEADS and not whole_state:
        # French organisations run on in lowercase ("Conseil national de sécurité").
        longer_end = (
            end if english else extend_organisation(text, end, joins=first_key in ORG_TRIGGERS)
        )
        if longer_end > end or label is None:
            end = longer_end
            default: EntityLabel = "LOC" if first_key in STATE_HEADS else "ORG"
            label = known_label(text[start:end]) or default  # type: ignore[assignment]
    if label in (None, "LOC", "ORG"):
        longer = extend_known(text, start, end)
        if longer is not None:
            end, label = longer
    if label in (None, "LOC"):
        head = loc_head_before(text, start)
        if head is not None:
            return head, end, "LOC"
        head = loc_head_before(text, start, heads=ORG_LOWER_HEADS)
        if head is not None:
            return head, end, "ORG"  # "université de Kyoto"
    last_key = name_key(tokens[-1].text)
    if (
        label is None
        and len(tokens) > 1
        and last_key not in ORG_TRIGGERS
        and last_key not in LOC_TAILS
        and all(t.text.lower() in common_words() for t in tokens)
    ):
        return None
    if label is None:
        label = _guess_label(text, tokens, start, end, per_cue, start_of_sentence)
    if hint is not None and label in (None, "MISC"):
        label = hint
    if label is None:
        return None
    if label == "ORG" and tokens[-1].text in CORPORATE_SUFFIXES and text[end : end + 1] == ".":
        end += 1  # "Pfizer Inc."
    if label == "LOC" and last_key in NUMBERED_VENUES:
        number = VENUE_NUMBER.match(text, end)
        if number is not None:
            end = number.end()  # "Carioca Arena 3"
    return start, end, label


def _surface(text: str, tokens: list[Piece]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _guess_label(
    text: str,
    tokens: list[Piece],
    start: int,
    end: int,
    per_cue: bool,
    start_of_sentence: bool,
) -> EntityLabel | None:
    surface = text[start:end]
    first = tokens[0].text
    first_key = name_key(first.split("-")[0])
    last_key = name_key(tokens[-1].text)
    if "&" in surface:
        return "ORG"  # "Wilson Sonsini Goodrich & Rosati", "AT&T"
    if last_key not in ORG_TRIGGERS and any(name_key(t.text) in STORM_HEADS for t in tokens[:-1]):
        return "MISC"  # "Hurricane Delphine", "Tropical Storm Ana"
    if per_cue or korean_name(tokens):
        return "PER"
    if tokens[0].text in ORG_ACRONYM_HEADS:
        return "ORG"  # "CHU de Rennes"
    if len(tokens) >= 2 and last_key in ORG_TRIGGERS | ORG_TAILS:
        return "ORG"  # "German Marshall Fund said": the head outweighs the verb
    if len(tokens) >= 2 and last_key in BUILDING_TAILS and first_key not in given_names():
        return "LOC"  # "Kensington Palace said": the building, as for a capital
    if len(tokens) == 1 and first in COMMON_ACRONYMS:
        return None
    if len(tokens) == 1 and is_acronym(first):
        return None if in_capitals_line(text, start, end) else "ORG"
    if end - start > 1 and org_noun_near(text, start, end):
        return "ORG"  # "the Nikkei newspaper", "news agency WAM"
    if place_noun_after(text, end):
        return "LOC"  # "the Cité Soleil district"
    if title_before(text, start) or apposition_after(text, end):
        return "PER"
    if len(tokens) >= 2 and employer_before(text, start):
        return "ORG"  # "his lawyers at Kingsley Napley": a firm named after its founders
    if len(tokens) >= 2 and first_key in given_names():
        return "PER"
    if len(tokens) >= 2 and last_key in ROLE_HEADS and last_key not in AMBIGUOUS_ROLE_HEADS:
        return "MISC"  # "Manhattan District Attorney": an office, not a person
    if last_key in ORG_TRIGGERS or any(name_key(t.text) in ORG_TRIGGERS for t in tokens[1:]):
        return "ORG"
    if team_name(tokens):
        return "ORG"
    if first_key in LOC_HEADS or (len(tokens) >= 2 and first_key in PLACE_NAME_HEADS):
        return "LOC"
    if len(tokens) >= 2:
        if last_key in COMPASS or last_key in LOC_TAILS:
            return "LOC"  # "Fulton County", "Melbourne Park"
        if first_key in ORG_OF_HEADS and " of " in surface:
            return "ORG"  # "Port of Antwerp": the port authority
        if (
            len(tokens) <= 4
            and all(is_name_word(t.text) for t in tokens)
            and not all(t.text.lower() in lowercase_words() for t in tokens)
        ):
            return "PER"  # but "Pod Save", "Dark Energy" are words, not a name
        return "MISC"
    low = surface.lower()
    if low in AMBIGUOUS_MONTHS and text[end : end + 3].lstrip()[:1].isdigit():
        return None  # "March 4"
    if start_of_sentence and PLURAL_NOUN.search(low) and not named_mid_sentence(text, surface):
        return None  # "Investors said": a common noun opening the sentence
    if low in CALENDAR_WORDS or (
        start_of_sentence and (low in common_words() or low.split("-")[0] in common_words())
    ):
        return None
    if (
        start_of_sentence
        and low in lowercase_words()
        and plain_word_here(text, surface, low, common_words())
    ):
        return None  # "Nobody wins", "Budget : ..."
    if name_key(low) in COMPASS:
        return "LOC"
    if low.endswith(DEMONYM_ENDINGS) and word_before(text, start) in FUNCTION:
        return None
    if lone_demonym(surface):
        return None
    if low in common_words() and len(surface) <= 3:
        return None
    if employer_before(text, start):
        return "ORG"  # "an analyst at Bernstein"
    if word_before(text, start) in LOC_CUES and low not in common_words():
        return "LOC"
    if place_noun_before(text, start):
        return "LOC"
    return "MISC"
