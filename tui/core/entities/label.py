"""Labelling one group of tokens: trim cue words, extend, and choose a label.

Leading articles, honorifics and sentence-initial common words are dropped; the
rest is labelled from the lists first, then from its shape and its context.
"""

from __future__ import annotations

from tui.core.entities.context import (
    after_portfolio_title,
    is_sentence_start,
    loc_head_before,
    word_before_name,
)
from tui.core.entities.cues import (
    cued_label,
    republic_office,
)
from tui.core.entities.extend import extend_known, extend_organisation
from tui.core.entities.gazetteer import (
    common_words,
    given_names,
    known_label,
    name_key,
    starts_known_name,
)
from tui.core.entities.guess import guess_label
from tui.core.entities.leading_cues import Lead, saint_place, strip_leading_cues
from tui.core.entities.lexicon import (
    CALENDAR_WORDS,
    CORPORATE_SUFFIXES,
    LOC_HEADS,
    LOC_TAILS,
    NUMBERED_VENUES,
    ORG_HEAD_ADJECTIVES,
    ORG_LOWER_HEADS,
    ORG_TRIGGERS,
    POSTNOMINALS,
    ROLE_HEADS,
    STATE_HEADS,
)
from tui.core.entities.patterns import (
    EXTENDING_HEADS,
    LOWER_HEADS,
    VENUE_NUMBER,
    Piece,
)
from tui.core.entities.shape import (
    article_of_place,
    hyphenated_place,
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
    """The span and label of a group of capitalised pieces, or ``None`` for no name.

    Leading cue words are dropped first (articles, titles, honorifics, demonyms,
    sentence starters); the rest is labelled from lists, cues and the shape of
    the words, and stretched over the lowercase words some names run on with.
    """
    start_of_sentence = is_sentence_start(text, group[0].start)
    tokens = [p for p in group if p.is_token]
    if english and tokens:
        named = saint_place(text, group, tokens)
        if named is not None:
            return named
    lead = strip_leading_cues(text, Lead(tokens, person, False, start_of_sentence), english)
    tokens = lead.tokens
    if len(tokens) >= 3 and tokens[-1].text in POSTNOMINALS:
        tokens = tokens[:-1]  # "Amanda Pinto KC": the honour follows the name
        lead.per_cue = True
    if english and len(tokens) >= 2 and tokens[-1].text == "I" and not _regnal(tokens):
        tokens = tokens[:-1]  # "in Ohio I asked": the pronoun after a name
    if not tokens or _abbreviated_title(text, tokens) or _calendar(tokens):
        return None  # "Asked Tuesday whether …": a day left once the cue word goes
    start, end = tokens[0].start, tokens[-1].end
    first_key = name_key(tokens[0].text.split("-")[0])
    surface = text[start:end]
    label: EntityLabel | None = known_label(surface)  # type: ignore[assignment]
    if lead.honorific and label in ("LOC", "MISC"):
        label = "PER"  # "Ms Harper", "Mrs Chester": a person named like a place
    cued = cued_label(text, tokens, start, end, the_name=lead.the_name, known=label)
    if cued is not None:
        return (start, end, cued) if cued != "-" else None  # type: ignore[return-value]
    if label in (None, "ORG") and after_portfolio_title(text, start) and not surface.isupper():
        # "ministre de la Défense Sergueï Choïgu": the portfolio is not a name.
        if len(tokens) == 1 or name_key(tokens[1].text.split("-")[0]) not in given_names():
            return None
        tokens, label, lead.per_cue = tokens[1:], None, True
        start = tokens[0].start
    if label is None and (
        (len(tokens) == 1 and hyphenated_place(tokens[0].text)) or article_of_place(tokens)
    ):
        return start, end, "LOC"
    lead.tokens = tokens
    return _label_by_heads(text, (start, end), label, lead, first_key, english=english, hint=hint)


def _calendar(tokens: list[Piece]) -> bool:
    """Only days and months: a date, never a name."""
    return all(t.text.lower().rstrip(".") in CALENDAR_WORDS for t in tokens)


def _regnal(tokens: list[Piece]) -> bool:
    """A numeral after a lone given name ("Elizabeth I", "George I")."""
    return len(tokens) == 2 and name_key(tokens[0].text) in given_names()


_RUN_ON_HEADS = ORG_TRIGGERS | STATE_HEADS
"""First words of names that run on in lowercase; built once (a union per group
would copy some 190 words every time)."""


def _label_by_heads(
    text: str,
    span: tuple[int, int],
    label: EntityLabel | None,
    lead: Lead,
    first_key: str,
    *,
    english: bool,
    hint: EntityLabel | None,
) -> tuple[int, int, EntityLabel] | None:
    """Label a name from its head words (organisation and state heads, place heads
    before it), stretching it over the words such names run on with. ``first_key``
    is the group's first word before any portfolio word was dropped."""
    tokens = lead.tokens
    start, end = span
    end, label = _run_on(text, tokens, span, label, first_key, english)
    if label in (None, "LOC"):
        head = word_before_name(text, start)
        if head is not None and head[0] in LOC_HEADS:
            return head[1], end, "LOC"
        if head is not None and head[0] in ORG_LOWER_HEADS:
            return head[1], end, "ORG"  # "université de Kyoto"
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
        label = guess_label(
            text, tokens, start, end, lead.per_cue, lead.start_of_sentence, english=english
        )
    if hint is not None and label in (None, "MISC"):
        label = hint
    if label is None:
        return None
    return start, _name_tail(text, tokens, end, label, last_key), label


def _run_on(
    text: str,
    tokens: list[Piece],
    span: tuple[int, int],
    label: EntityLabel | None,
    first_key: str,
    english: bool,
) -> tuple[int, EntityLabel | None]:
    """French organisations and states run on in lowercase ("Conseil national de
    sécurité"); listed names may be longer than the capitalised run."""
    start, end = span
    if (
        first_key in ORG_HEAD_ADJECTIVES
        and len(tokens) > 1
        and name_key(tokens[1].text) in ORG_TRIGGERS
    ):
        first_key = name_key(tokens[1].text)  # "Haute Autorité de santé", "Haut Conseil"
    # "Royaume-Uni" is whole: "de l’Union européenne" after it is another name.
    whole_state = label == "LOC" and len(tokens) == 1 and "-" in tokens[0].text
    if first_key in _RUN_ON_HEADS and not whole_state:
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
    return end, label


def _name_tail(text: str, tokens: list[Piece], end: int, label: EntityLabel, last_key: str) -> int:
    """Where a labelled name ends: "Pfizer Inc." keeps its period, "Carioca Arena 3" its
    number."""
    if label == "ORG" and tokens[-1].text in CORPORATE_SUFFIXES and text[end : end + 1] == ".":
        return end + 1
    if label == "LOC" and last_key in NUMBERED_VENUES:
        number = VENUE_NUMBER.match(text, end)
        if number is not None:
            return number.end()
    return end


def _abbreviated_title(text: str, tokens: list[Piece]) -> bool:
    """ "spokesman Sgt. Kyle Branson": a title's abbreviation alone before its full
    stop, which a cue before it must not make a person."""
    word = tokens[0].text
    return (
        len(tokens) == 1
        and text.startswith(".", tokens[0].end)
        and f"{word.lower()}." in ROLE_HEADS
    )
