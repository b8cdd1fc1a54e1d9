"""The person an article is about, for a role that re-describes its central figure.

News names its central figure and then re-describes them by role: « la judokate Ana
Vidal … », then « a déclaré la championne »; « Marc Olier a décroché le bronze … le
boxeur de 23 ans a exprimé « sa joie » ». When a singular definite description of a
person reports words and nothing closer ties it to a name (no apposition, no role the
article links, no single person introduced with a role), the reader takes it for the
person the article has been about. That is the person named most often before the
words, clearly more often than anyone else, whose gender (when the article marks it)
agrees with the description's.
"""

from __future__ import annotations

import re
from collections import Counter

from tui.core.models import Entity
from tui.core.quotes.constraints import _ARTICLE_GENDER, PERSON_NOUNS, is_plural_phrase
from tui.core.quotes.context import _after_preposition, _Context, _Speaker, _Tok
from tui.core.quotes.subject_names import portfolio
from tui.core.quotes.subject_position import stands_as_subject
from tui.core.quotes.words import SINGULAR_DEFINITE, completes_a_noun
from tui.core.text import fold

MIN_MENTIONS = 2
"""A person named once is not yet what the article is about."""
LEAD = 1.5
"""How many times the runner-up's mentions the central figure needs."""

_FEMININE_ENDINGS = ("euse", "rice", "ienne", "enne", "ière", "esse", "ine", "ette")


def description_gender(determiner: str, noun: str) -> str | None:
    """The gender a description shows: its article, else (after « l' ») its noun's ending."""
    low = determiner.lower()
    if low in _ARTICLE_GENDER:
        return _ARTICLE_GENDER[low]
    if low in ("l'", "l’"):
        return "f" if noun.lower().endswith(_FEMININE_ENDINGS) else None
    return None


def topic_person(ctx: _Context, at: int, gender: str | None) -> str | None:
    """The central figure named before offset ``at``, or ``None`` when none stands out.

    Names inside quotations do not count, nor names after a preposition (« les soins
    de X », « selon X ») or completing a noun (« l'affaire X »): the article is about
    whom it makes act, not whom it mentions in passing. A person the article marks
    with the other gender is never chosen.
    """
    acting = _acting(ctx, at)
    headline = ctx.text.find("\n")
    # The person a headline makes act is what the article is about: worth two mentions;
    # one it acts on ("X sacks Y") counts once.
    counts = Counter(
        e.canonical for e in acting for _ in range(2 if _headline_subject(ctx, e, headline) else 1)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    name, mentions = ranked[0]
    if len(ranked) > 1 and mentions < LEAD * ranked[1][1]:
        return None
    if not any(
        e.canonical == name and (e.start < headline or stands_as_subject(ctx, e)) for e in acting
    ):
        return None  # named often but never acting: whom the story is about, not who speaks
    marked = ctx.gender_of(name)
    if gender and marked and marked != gender:
        return None
    return name


def _headline_subject(ctx: _Context, e: Entity, headline: int) -> bool:
    """Whether mention ``e`` stands in the headline before its verb: what the headline
    makes act, not whom it acts on ("Ashcombe sacks Harrow": Ashcombe)."""
    return e.start < headline and stands_as_subject(ctx, e)


def _acting(ctx: _Context, at: int) -> list[Entity]:
    """The person mentions before ``at`` the writer makes act: outside quotations, not
    after a preposition (« selon X »), not completing a noun (« la victoire de X »)."""
    return [
        e
        for e in ctx.entities
        if e.start < at
        and e.label == "PER"
        and not ctx.in_quote(e.start)
        and not in_passing(ctx, e)
    ]


def in_passing(ctx: _Context, e: Entity) -> bool:
    """Whether mention ``e`` only completes something: after a preposition (« selon X »)
    or completing a noun (« la victoire de X », « l'affaire X »)."""
    return _after_preposition(ctx, e.start) or completes_a_noun(ctx.text, e.start)


def lone_figure(ctx: _Context, at: int) -> str | None:
    """The one person the article names before ``at`` (outside quotations), if the
    writer makes them act at least once: a person noun then re-describes them (« X
    ouvre la voie… », then « précise la chercheuse »)."""
    people = {
        e.canonical
        for e in ctx.entities
        if e.start < at and e.label == "PER" and not ctx.in_quote(e.start)
    }
    acting = _acting(ctx, at) if len(people) == 1 else []
    return acting[0].canonical if acting else None


_BRIEF = re.compile(r"\bminist(?:re|er)\b.*\b(?:de la|de l['’]|du|des|de|of|for)\s+[A-ZÉ]")
"""A minister's office with its brief (« ministre français des Sports », "Minister for
Health"): one office holder, not whoever the article is about."""


def central_figure(ctx: _Context, det: _Tok, body: list[_Tok]) -> _Speaker | None:
    """The central figure a singular definite role (``det`` + ``body``) re-describes.

    Only a person noun among the first two words counts (« le boxeur de 23 ans », « le
    nouveau chef de l'État »), and never a role whose words name someone else (« le
    secrétaire général de la CGT »: a person of that body, who may be anyone) nor a
    minister's brief (« le ministre français des Sports »: whoever holds it).
    """
    if det.low not in SINGULAR_DEFINITE or not body:
        return None
    head = next((t for t in body[:2] if fold(t.text) in PERSON_NOUNS), None)
    phrase = ctx.text[body[0].start : body[-1].end]
    named = [e for e in ctx.entities_in(body[0].start, body[-1].end) if not portfolio(ctx, e)]
    if head is None or is_plural_phrase(phrase) or named or _BRIEF.search(phrase):
        return None
    name = topic_person(ctx, det.start, description_gender(det.text, head.text))
    return _Speaker(name, "PER", det.start) if name else None


OPENING_MARKS = frozenset('«“‘"')


def only_person_named(ctx: _Context, line: int, at: int) -> str | None:
    """The one person the paragraph opening at ``line`` names before ``at``, outside
    quotations, when the paragraph opens on the writer's words: a role or a pronoun
    that follows re-describes them."""
    if ctx.text[line : line + 1] in OPENING_MARKS:
        return None
    people = {
        e.canonical
        for e in ctx.entities_in(line, at)
        if e.label == "PER" and not ctx.in_quote(e.start)
    }
    return next(iter(people)) if len(people) == 1 else None


def named_just_above(ctx: _Context, line: int, after: int) -> str | None:
    """The one person the paragraph above names, when the paragraph at ``line`` opens on
    a quotation and that paragraph starts after offset ``after`` (« Mardi, la cour a
    entendu X. … ¶ « … », a-t-elle déclaré »): the newcomer, nearer than an older
    speaker of the same gender."""
    if line == 0 or ctx.text[line : line + 1] not in OPENING_MARKS:
        return None
    above = ctx.previous_paragraph(line)
    return only_person_named(ctx, above, line) if above > after else None
