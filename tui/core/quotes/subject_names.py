"""How a name inside a subject phrase stands: the subject itself or a word of it.

"Washington said" is the place speaking, "the people of Gaza" are not Gaza; "the Obama
administration", "a senior Voss aide" and "Haskett aides" are not the person named;
« le ministre de l'Agriculture » names a brief, no body; "Jones's office" speaks for
Jones. The subject reader asks these before it takes a name for the speaker.
"""

from __future__ import annotations

import re

from tui.core.entities.firm_nouns import PUBLICATION_KEYS, quoted_title
from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind, people_word
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.unnamed import AIDES
from tui.core.quotes.words import _SKIP_WORDS
from tui.core.text import fold


def place_as_subject(words: list[_Tok], e: Entity) -> bool:
    """Whether the place ``e`` is the subject itself ("Washington said"), not a word
    inside it ("the people of Gaza") nor one qualifying a noun ("Gaza residents"); a
    state joined to another ("Finland and Lithuania said") still speaks."""
    if e.start > words[min(1, len(words) - 1)].start:
        return False
    lone = words[0].low in ("le", "la") and e.start == words[1].start and " " not in e.text
    if lone and people_word(e.text):
        return False  # « a raconté le Valaisan »: a person the text named
    after = next((t for t in words if t.start >= e.end), None)
    if after is None or not after.text.isalpha() or not after.text.islower():
        return True
    return after.low in _SKIP_WORDS or after.low in ("and", "et", "or", "ou")


def name_as_modifier(ctx: _Context, words: list[_Tok], e: Entity) -> bool:
    """Whether a name only qualifies the noun after it ("the Haskett campaign's
    pollster", "the Obama administration", "a Voss aide"): the noun is the subject."""
    if names_a_group(ctx, e):
        return True
    before = [t for t in words if t.end <= e.start]
    after = next((t for t in words if t.start >= e.end), None)
    if ctx.language != "en" or after is None or not _next_word(ctx, e, after):
        return False
    if before and before[-1].low in ("the", "a", "an"):
        return True
    # "Voss campaign chairman Elliot Brandt", "a senior Voss aide": a person or body
    # noun right after the name is what the name qualifies.
    return noun_kind(after.text) in ("person", "body")


def qualifies_a_person(ctx: _Context, words: list[_Tok], e: Entity) -> bool:
    """Whether a name qualifies a person ("a senior Voss aide", "one GOP aide", "a
    White House official"): that person speaks, unnamed, not the one named nor the
    body (which "the GOP said" or "Pentagon officials" would be)."""
    after = next((t for t in words if t.start >= e.end), None)
    indefinite = _ONE_OF.search(ctx.text[max(0, e.start - 40) : e.start]) is not None
    unnamed = indefinite and e.label in ("ORG", "MISC")
    return (
        ctx.language == "en"
        and (e.label == "PER" or unnamed)
        and after is not None
        and _next_word(ctx, e, after)
        and noun_kind(after.text) == "person"
    )


_ONE_OF = re.compile(r"\b(?:[Aa]n?|[Oo]ne)(?:\s+[a-z-]+){0,2}\s+$")
"""An indefinite article or "one", and up to two adjectives, right before a name."""


def _next_word(ctx: _Context, e: Entity, after: _Tok) -> bool:
    """Whether ``after`` is a lowercase word right after the name, no comma between
    ("Voss aide", not "Nadia Ferreira, a spokeswoman")."""
    return (
        after.text.isalpha() and after.text.islower() and not ctx.text[e.end : after.start].strip()
    )


def names_a_group(ctx: _Context, e: Entity) -> bool:
    """Whether a person's name qualifies the people named after it ("Haskett aides
    said"): the aides speak, not Haskett."""
    if ctx.language != "en" or e.label != "PER":
        return False  # "Pentagon officials" do speak for the Pentagon
    m = PLURAL_AFTER.match(ctx.text, e.end)
    return m is not None and noun_kind(m.group(1)) == "person"


PLURAL_AFTER = re.compile(r"[ \u00a0]+([a-z]+s)\b(?![’'])")
"""A plural common noun right after a name, not a possessive ("aides", "officials")."""


def portfolio(ctx: _Context, e: Entity) -> bool:
    """A minister's portfolio (« l'ancienne ministre de l'Industrie »): no one else's
    body. So is the same word wherever no « ministère » heads it (« nommée à
    l'Intérieur » in a headline over « ministre de l'Intérieur »)."""
    before = fold(ctx.text[max(0, e.start - 40) : e.start]).rstrip()
    if before.endswith(_BRIEF_HEADS):
        return True
    if "ministere" in before or "ministre" in before:
        return False  # « le ministère de l'Intérieur » speaks; « ministre ghanéen des » is a role
    if ctx.briefs is None:  # found once per article: a text may be long
        ctx.briefs = [m.end() for m in _BRIEF_BEFORE.finditer(ctx.text)]
    after = e.end - e.start
    return any(
        ctx.text.startswith(e.text, at) and not ctx.text[at + after : at + after + 1].isalnum()
        for at in ctx.briefs
    )


_BRIEF_HEADS = ("ministre de l'", "ministre de l’", "ministre de la", "ministre du", "ministre des")
_BRIEF_BEFORE = re.compile(r"(?<![\w-])ministres?(?: [a-zé]+){0,2}? (?:de l['’]|de la |du |des )")
"""« ministre de », a few words allowed between (« ministre délégué de la »)."""


ONE_VOICE = frozenset("office spokesman spokeswoman spokesperson".split())  # "the mayor's office"
_VOICES = ONE_VOICE | {"staff"}
"""What speaks for a person it belongs to ("the governor's office", "Jones's spokesman")."""


def speaking_for(owner: Entity, words: list[_Tok]) -> _Speaker | None:
    """The person a possessed voice speaks for ("Jones's office said"): the owner when the
    possession is an office or a spokesperson of a person; aides are people nobody names;
    else none (a campaign or a board speaks for itself)."""
    if owner.label == "PER" and words[-1].low in _VOICES:
        return _Speaker(owner.canonical, "PER", owner.start)
    if owner.label == "PER" and words[-1].low in AIDES:
        return _Speaker(None, "NP", words[0].start)  # "Varga's aides said": unnamed aides
    return None


def titled_publication(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """The publication a subject names by its title in quotation marks (« Le quotidien
    « La Voz Austral » a célébré … »): the organisation the recogniser made of it."""
    for noun in (t for t in toks if fold(t.low) in PUBLICATION_KEYS):
        title = quoted_title(ctx.text, noun.end)
        named = ctx.entities_in(*title) if title is not None else []
        if named and named[0].label == "ORG":  # the title's name, as the text gives it
            return _Speaker(named[0].canonical, "ORG", named[0].start)
    return None
