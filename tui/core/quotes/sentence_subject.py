"""The subject of the author's own sentence around a quotation.

Words quoted inside the writer's sentence (« Le maire dénonce un "gâchis" »), or a
quotation a sentence hands over to (« X a réagi : »), are the subject's when that
subject is a person, a body or a pronoun resolved to one.
"""

from __future__ import annotations

from tui.core.quotes.context import _after_preposition, _Context, _Speaker, _Tok
from tui.core.quotes.inverted import noun_phrase_after
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.words import _DETERMINERS, _SKIP_WORDS, _SUBJECT_PRONOUNS


def sentence_subject(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The subject of the author's sentence, when it is a person, a body or a pronoun."""
    toks = pre
    for i, t in enumerate(pre):
        if t.text == ",":
            head = [x for x in pre[:i] if x.text[0].isalnum()]
            if (
                head
                and ctx.entity_at(head[0].start) is None
                and head[0].low not in (_SUBJECT_PRONOUNS)
            ):
                toks = pre[i + 1 :]
            break
    for t in toks:
        if t.low in _SUBJECT_PRONOUNS:
            return _pronoun(ctx, t.low, t.start)
        ent = ctx.entity_at(t.start)
        if ent is not None:
            if ent.label in ("PER", "ORG") and not _after_preposition(ctx, ent.start):
                return _Speaker(ent.canonical, ent.label, ent.start)
            return None
        if t.low in _DETERMINERS:
            phrase = noun_phrase_after(ctx, toks[toks.index(t) :], t.start)
            if phrase and phrase.label in ("PER", "ORG"):
                return phrase
            return None
        if t.low in _SKIP_WORDS:
            continue
        return None
    return None
