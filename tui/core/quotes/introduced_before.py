"""A quotation standing alone after a paragraph about one person is that person's.

Features and court reports introduce someone in the writer's words, then give them
the floor with no verb at all: « Paul Gillet, 74 ans, a fait le trajet depuis Namur
avec sa canne. » / « « J'ai perdu 86 000 euros. » ». The reader takes the words for
the person the paragraph before was about: the one person standing as a subject there
(others it names in passing, « à son mari, X », do not count), when the words speak
in the first person and ask nothing.
"""

from __future__ import annotations

import re

from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context
from tui.core.quotes.subject_position import is_subject
from tui.core.quotes.topic import OPENING_MARKS, in_passing
from tui.core.quotes.words import last_sentence

FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?i:je|me|moi|mon|ma|mes|nous|notre|nos|on)(?![\w'’])|(?<![\w'’])(?i:j|m)['’]"
    r"|(?<![\w'’])(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)(?![\w'’])"
)
"""Words a speaker uses of themselves; English "US" (the country) is none."""


def introduced_before(ctx: _Context, k: int, *, closing: bool = False) -> str | None:
    """The one person the paragraph before quotation ``k`` makes a subject, when ``k``
    stands alone as its own paragraph and speaks in the first person; with ``closing``,
    the one person its own paragraph makes a subject before it, when ``k`` closes that
    paragraph (« X, lui, refuse le mot de héros. … « N'importe qui aurait fait pareil. » »)."""
    open_mark, start, end, _ = ctx.spans[k]
    words = ctx.text[start:end]
    if words.rstrip(" .»”\"'").endswith("?") or not FIRST_PERSON.search(words):
        return None
    lo = ctx.line_start(open_mark) if closing else ctx.previous_paragraph(open_mark)
    hi = open_mark if closing else ctx.line_start(open_mark)
    if closing and not _goes_on_with(ctx.text[lo:hi]):
        return None  # « … À côté d'elle, une autre mère hausse les épaules. « … » »
    if lo >= hi or ctx.text[lo : lo + 1] in OPENING_MARKS:
        return None
    people = [e for e in ctx.entities_in(lo, hi) if e.label == "PER" and not ctx.in_quote(e.start)]
    acting = {e.canonical for e in people if acts(ctx, e)}
    aside = {e.canonical for e in people if in_passing(ctx, e) or _related(ctx, e)}
    if len(acting) != 1 or {e.canonical for e in people} - acting - aside:
        return None
    return acting.pop()


_RELATED = re.compile(
    r"(?i:\b(?:à|de|d['’]|avec|contre|pour|par|chez|to|with|against|for|by|of)\s+"
    r"(?:son|sa|ses|leur|leurs|his|her|their)\s+[^\W\d_]+\s*,\s*)$"
)


def _related(ctx: _Context, e: Entity) -> bool:
    """« … à son mari, X »: a name set after a relative a preposition governs."""
    return _RELATED.search(ctx.text, max(0, e.start - 40), e.start) is not None


def acts(ctx: _Context, e: Entity) -> bool:
    """Whether mention ``e`` is its sentence's subject and no noun's complement
    (« Le dossier de X est épais » is about the file)."""
    opens = not ctx.text[ctx.line_start(e.start) : e.start].strip()
    return (opens or not in_passing(ctx, e)) and is_subject(ctx, e)


_NEWCOMER = re.compile(r"(?i)(?<![\w'’])(?:une?|an?|another)\s+(?:autre\s+|other\s+)?([^\W\d_]+)")
_SUBJECT_PRONOUN = re.compile(r"(?i)(?<![\w'’])(?:il|elle|he|she)(?![\w'’])")
_GOVERNED = re.compile(r"(?i)(?:\b(?:de|à|avec|pour|chez|sans|of|to|with|for)\s+|\bd['’])$")


def _goes_on_with(paragraph: str) -> bool:
    """Whether the last sentence of ``paragraph`` goes on about its subject through a
    subject pronoun (« … et il a passé la matinée … »), bringing in nobody unnamed
    (« une autre mère », "a neighbour"), so that the words after it are that subject's."""
    last = last_sentence(paragraph)
    if any(noun_kind(m[1]) == "person" for m in _NEWCOMER.finditer(last)):
        return False
    return any(not _GOVERNED.search(last, 0, m.start()) for m in _SUBJECT_PRONOUN.finditer(last))
