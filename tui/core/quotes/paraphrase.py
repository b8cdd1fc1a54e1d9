"""A quotation standing alone after a paragraph that reports its speaker's words.

Reports quote someone, go on in the writer's words (« Elle affirme avoir sollicité un
rendez-vous… », "He said the figures were wrong."), then quote again with no verb: the
floor has not changed hands, as long as the paragraph in between is about that
speaker alone and reports what they say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.quotes.asking import ASKED_PARTICIPLES
from tui.core.quotes.constraints import SINGULAR_PRONOUN_GENDER as _PRONOUN_GENDER
from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.role_holders import roles_of
from tui.core.quotes.speech_verbs import WORDS_MOSTLY_NOUNS, is_speech_verb
from tui.core.text import fold

_ACCORDING = re.compile(
    r"\b(?:selon|d['’]après|pour)\s+(?:lui|elle)\b|\baccording to (?:him|her)\b", re.IGNORECASE
)
_IMPERSONAL = frozenset("y faut fallait faudra faudrait s s' s’ semble paraît reste".split())
_AUXILIARIES = frozenset("a avait aura has had have is was ne n' n’".split())
_DEFINITE = frozenset(("le", "la", "l", "l'", "l’", "the"))


def paraphrased(
    ctx: _Context,
    k: int,
    found: Sequence[tuple[str | None, str, str]],
    settled: Sequence[str | None],
    *,
    alone: bool,
) -> str | None:
    """The last speaker for quotation ``k`` when it stands ``alone`` as a paragraph
    right after one that reports that person's words, quoting at most a phrase.

    The paragraph in between must follow the one holding the last quoted sentence,
    name no other person, and open on a sentence reporting speech whose subject can
    only be that speaker (their name, a pronoun of their gender, a role: « Le
    dirigeant affirme… »), or say « selon lui ».
    """
    if not alone:
        return None
    open_mark = ctx.spans[k][0]
    line = ctx.line_start(open_mark)
    between = ctx.previous_paragraph(open_mark)
    inside = [j for j in range(k) if ctx.spans[j][0] >= between]
    if any(found[j][1] == "speech" for j in inside):
        return None  # the paragraph in between quotes a sentence of its own
    speaker = _phrases_quoted(ctx, inside, settled) or _last_sentence_quoted(
        ctx, k - 1 - len(inside), settled, between
    )
    if speaker is None:
        return None
    others = {
        e.canonical
        for e in ctx.entities_in(between, line)
        if e.label == "PER" and not _asked_about(ctx, between, e.start)
    }
    if others - {speaker}:
        return None  # another person there; one the speaker was asked about does not count
    toks = ctx.tokens_between(between, line)
    if not _agrees(toks, ctx.gender_of(speaker)):
        return None
    if _ACCORDING.search(ctx.text, between, line):
        return speaker
    first = next((i for i, t in enumerate(toks) if t.text in ".!?"), len(toks))
    verbs = (i for i in range(first) if _reports(ctx, toks[i]))
    return speaker if any(_subject_before(ctx, toks, i, speaker) for i in verbs) else None


def _phrases_quoted(ctx: _Context, inside: list[int], settled: Sequence[str | None]) -> str | None:
    """The one person whose phrases the paragraph in between quotes (« She said the
    delay was "a price worth paying" »): they still have the floor."""
    people = {settled[j] for j in inside if j < len(settled) and settled[j]}
    if len(people) != 1:
        return None
    person = people.pop()
    return person if ctx.is_person(person) else None


def _last_sentence_quoted(
    ctx: _Context, last: int, settled: Sequence[str | None], between: int
) -> str | None:
    """The person who spoke the last quotation, when it stands in the paragraph right
    before the one in between."""
    if last < 0 or last >= len(settled) or not ctx.is_person(settled[last]):
        return None
    if not ctx.previous_paragraph(between) <= ctx.spans[last][3] < between:
        return None
    return settled[last]


def _subject_before(ctx: _Context, toks: list[_Tok], verb: int, before: str) -> bool:
    """Whether the reporting verb at ``verb`` has the speaker for subject: a pronoun or
    their name right before it (past an auxiliary), or a role opening the sentence,
    set off by an apposition or not (« L'éleveur, installé à Saint-Clar, dit… »)."""
    i = verb - 1
    while i >= 0 and toks[i].low in _AUXILIARIES:
        i -= 1
    if i < 0:
        return False
    named = ctx.entity_at(toks[i].start)
    if toks[i].low in _PRONOUN_GENDER or (named is not None and named.canonical == before):
        return True
    if i > 0 and toks[i - 1].low in _DEFINITE and (fold(toks[i].low),) in roles_of(ctx, before):
        return True  # "Asked whether …, the captain said": the role the speaker holds
    if toks[0].low not in _DEFINITE or len(toks) < 2 or not toks[1].text.islower():
        return False
    return i == 1 or (toks[2].text == "," and toks[i].text == ",")


_ASKED = re.compile(rf"\s*(?:{ASKED_PARTICIPLES})\b[^,.;:!?]*$")


def _asked_about(ctx: _Context, paragraph: int, start: int) -> bool:
    """Whether a name stands in the question the paragraph opens on ("Asked whether he
    had spoken to X since, the captain said"): what the speaker was asked about, not
    someone who takes the floor."""
    return (
        _ASKED.match(ctx.text, paragraph, start) is not None
        and "\n" not in ctx.text[paragraph:start]
    )


def _reports(ctx: _Context, tok: _Tok) -> bool:
    """Whether ``tok`` is a reporting verb (« affirme », « dit », "said")."""
    if tok.low in WORDS_MOSTLY_NOUNS or not tok.text.isalpha():
        return False
    return is_speech_verb(tok.low, ctx.language, strong=True)


def _pronouns(toks: list[_Tok]) -> list[str]:
    """The genders of the paragraph's personal subject pronouns (« il y a », « il
    faut » speak of nobody)."""
    return [
        _PRONOUN_GENDER[t.low]
        for t, after in zip(toks, [*toks[1:], None], strict=True)
        if t.low in _PRONOUN_GENDER and (after is None or after.low not in _IMPERSONAL)
    ]


def _agrees(toks: list[_Tok], gender: str | None) -> bool:
    """Whether no subject pronoun of the paragraph speaks of the other gender."""
    return gender is None or not set(_pronouns(toks)) - {gender}
