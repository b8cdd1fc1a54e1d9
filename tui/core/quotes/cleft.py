"""« « … » : c'est par ces mots que X a annoncé sa retraite », '"…" That is how X put
it': a sentence that points back at the words just quoted and names who said them.

The pointing words (« c'est en ces termes que », « voilà comment », "that was how")
put the speaker in the clause after them, before its verb, where an incise reader
finds no verb of saying right after the quotation. Of the other form, « tels sont
les mots de X », "those were the words of X", the speaker follows « de » / "of".
"""

from __future__ import annotations

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.subjects import _resolve_tokens
from tui.core.quotes.words import _AUX

_WORDS_SAID = frozenset(
    """mots termes propos paroles phrase formule déclaration words terms remarks""".split()
)
"""Nouns that stand for the words just quoted (« ces mots », "those words")."""
_POINTERS = frozenset(("c'", "c’", "voilà", "voila", "that", "this"))
"""Words opening a sentence that points back (« c'est », « voilà », "that is")."""
_MANNER = frozenset(("ainsi", "comment", "how"))
_HOW = frozenset(("comment", "how"))
_THAT = frozenset(("que", "qu'", "qu’"))
_OF = frozenset(("de", "d'", "d’", "du", "of", "par", "by"))
_LEADS = frozenset((":", ",", "—", "–", "-", "."))


def cleft_speaker(ctx: _Context, post: list[_Tok], quote_start: int) -> _Speaker | None:
    """Who the sentence right after a quotation says spoke it, if it points back at it."""
    i = 0
    while i < len(post) and post[i].text in _LEADS:
        i += 1
    head = post[i : i + 9]
    if not head:
        return None
    if head[0].low in _POINTERS:
        return _clause_subject(ctx, head, post[i:], quote_start)
    if head[0].low in ("tels", "telles", "ce", "those", "these", "such"):
        return _words_of(ctx, post[i:], quote_start)
    return None


def _clause_subject(
    ctx: _Context, head: list[_Tok], toks: list[_Tok], quote_start: int
) -> _Speaker | None:
    """« c'est par ces mots que X a … », « voilà comment X résume … », "that is how X
    put it": the subject of the clause after the pointing words."""
    lows = [t.low for t in head]
    pointing = any(w in _WORDS_SAID or w in _MANNER for w in lows)
    start = next((n + 1 for n, w in enumerate(lows) if w in _THAT or w in _HOW), None)
    if not pointing or start is None:
        return None
    subject: list[_Tok] = []
    for t in toks[start : start + 12]:
        if t.text.islower() and (t.low in _AUX or _verb(ctx, t) or _after_name(ctx, subject)):
            break  # « … que X a dit », « voilà comment X résume »: the verb
        if not (t.text[:1].isalnum() or t.text in "'’-"):
            return None
        subject.append(t)
    else:
        return None
    return _resolve_tokens(ctx, subject, quote_start) if subject else None


def _after_name(ctx: _Context, subject: list[_Tok]) -> bool:
    """Whether the subject so far ends on a person's or a body's name: a lowercase
    word after it is the verb."""
    named = ctx.entity_at(subject[-1].start) if subject else None
    return named is not None and named.label in ("PER", "ORG")


def _verb(ctx: _Context, t: _Tok) -> bool:
    return is_speech_verb(t.text, ctx.language, strong=False) or t.low in ("put", "summed")


def _words_of(ctx: _Context, toks: list[_Tok], quote_start: int) -> _Speaker | None:
    """« tels sont les mots de X », « ce sont les propos de X », "those were the words
    of X": the name after « de » / "of"."""
    lows = [t.low for t in toks[:6]]
    noun = next((n for n, w in enumerate(lows) if w in _WORDS_SAID), None)
    if noun is None or noun + 2 > len(toks) or toks[noun + 1].low not in _OF:
        return None
    phrase: list[_Tok] = []
    for t in toks[noun + 2 : noun + 12]:
        if not (t.text[:1].isalnum() or t.text in "'’-"):
            break  # « …, maire de la commune »: the apposition is not the name
        phrase.append(t)
    who = _resolve_tokens(ctx, phrase, quote_start) if phrase else None
    return who if who is not None and who.label in ("PER", "ORG") else None
