"""Words an interviewer quotes back to the guest: « Vous écrivez que « … » ».

In a question-and-answer piece the questions often quote the guest's own earlier
words, with the guest as « vous »: « Vous avez parlé, dans une lettre aux élus, de
« … » », "You told the committee that '…'". The subject is the guest the piece
interviews, not the interviewer and not nobody.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context
from tui.core.quotes.interview import interviewee
from tui.core.quotes.speech_verbs import is_speech_verb

_YOU = frozenset(("vous", "you"))
_BETWEEN = frozenset(
    """avez aviez aurez avez-vous même aussi déjà souvent encore d'ailleurs pourtant
    have had also once even already often""".split()
)
"""Auxiliaries and adverbs between « vous » and its verb."""

_YOU_SAY = frozenset("écrivez parlez répétez qualifiez citez résumez décrivez disiez dites".split())
"""Second-person forms of saying the speech-verb lists do not hold."""


def _says(word: str, language: str) -> bool:
    """A verb that reports words for certain (not « lancer », which also launches),
    or the infinitive of its « vous » form."""
    forms = [word]
    if word.endswith("ez"):
        forms += [word[:-2] + "er", word[:-3] + "re", word[:-3] + "er"]
    return any(is_speech_verb(w, language) for w in forms)


def addressed_guest(ctx: _Context, k: int) -> str | None:
    """The guest, when quotation ``k`` stands in one of an interview's questions (a
    paragraph ending in "?") whose sentence has « vous » / "you" as the subject of a
    verb of saying or of taking a stance before the quotation."""
    open_mark = ctx.spans[k][0]
    paragraph_end = ctx.line_end(open_mark)
    if not ctx.text[open_mark:paragraph_end].rstrip().endswith("?"):
        return None
    if not _says_you(ctx, open_mark):
        return None
    first = _first_question(ctx, ctx.line_start(open_mark))
    return interviewee(ctx, first) if first is not None else None


_RUN_GAP = 1500
"""Most characters between two questions of one interview (an answer between them)."""


def _first_question(ctx: _Context, here: int) -> int | None:
    """Where the interview whose question starts at ``here`` begins: the first of the
    questions before it, each within an answer's length of the next, when the piece
    holds two questions or more (a paragraph ending in "?" and an answer after it)."""
    starts = [m.start() for m in _QUESTION.finditer(ctx.text)]
    if len(starts) < 2:
        return None
    first = here
    for start in reversed([s for s in starts if s < here]):
        if first - start > _RUN_GAP:
            break
        first = start
    return first


_QUESTION = re.compile(r"^(?![«“\"])[^\n]{3,300}\?[ \t]*\n+(?=[^\n]+[^?\s][ \t]*$)", re.MULTILINE)
"""A question paragraph (not opening on a quotation mark), then a paragraph that
is no question: an interviewer's question and the guest's answer."""


def _says_you(ctx: _Context, open_mark: int) -> bool:
    """Whether the sentence before ``open_mark`` has « vous » / "you" as the subject
    of a verb of saying (past its auxiliary and adverbs)."""
    start = max(ctx.line_start(open_mark), open_mark - 300)
    toks = ctx.tokens_between(start, open_mark)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text in (".", "!", "?", "«Q»"):
            toks = toks[i + 1 :]
            break
    for i, t in enumerate(toks):
        if t.low not in _YOU:
            continue
        for verb in toks[i + 1 : i + 4]:
            if verb.low in _BETWEEN:
                continue
            if verb.low in _YOU_SAY or _says(verb.low, ctx.language):
                return True
            break
    return False
