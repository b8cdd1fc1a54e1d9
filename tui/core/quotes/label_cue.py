"""Whether the word before a quotation names what the quoted words are.

« l'opération « Sentinelle » », « le film « Les Tontons » », « le slogan « … » »: a
work's or a label's noun right before the marks makes the quotation a name nobody
says. Not when the words judge the noun (« a jugé l'opération « indispensable » »),
describe it after an indefinite article (« une opération « longue et délicate » »),
open a clause (« voir le film « même s'il faut … » ») or say what a call asks for (« a
appelé « les deux parties à se parler » »).
"""

from __future__ import annotations

import re

from tui.core.quotes.clause_shapes import _SAYS, naming_says
from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.speech_verbs import judging_kind
from tui.core.quotes.words import _DETERMINERS, _OTHER_CUES, INDEFINITE_ARTICLES, POSSESSIVES

_CALL_TO_ACT = re.compile(r"\b(?:à|a)\s+(?:se\s+|s['’])?\w+(?:er|ir|re)\b")
"""« appeler X à faire »: a call to act, whose words are the caller's, not a name."""

_CALL_TO_STATE = re.compile(r"[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+)?\s+(?:à|au|aux)\s")
"""« appeler « chacun à la retenue » », « « tous au calme » »: whom the call is to, then
what for, in the caller's words; a name opens on a capital (« Retour à la terre »)."""


def call_to(words: str) -> bool:
    """Whether quoted ``words`` after a verb of calling say what the call asks for."""
    return _CALL_TO_ACT.search(words) is not None or _CALL_TO_STATE.match(words) is not None


def _described(words: str) -> bool:
    """Lowercase words of three or more: a description, where a name is a word or two
    (« une opération « escargot » »)."""
    return words[:1].islower() and len(words.split()) > 2


_SUBORDINATE = re.compile(r"(?:même )?(?:si|s['’]ils?|parce qu|puisqu|lorsqu|quand|afin)\b")
"""Lowercase words opening a clause: what follows a work's noun is then speech."""


def label_cue(ctx: _Context, pre: list[_Tok], words: str) -> bool:
    """A naming word right before the quotation ("dubbed", "called a"), unless a
    subject names its own words with it ("what Ann Bell called "…""): several words,
    or one plain word ("intrusive"), not a coined term ("build-by-right")."""
    several = " " in words or (words.isalpha() and words.islower())
    if _SUBORDINATE.match(words):
        return False  # « voir le film « même s'il faut … » »: a clause, never a title
    if pre and pre[-1].low.startswith("appel") and call_to(words):
        return False  # « a appelé « les deux parties à se remettre à la table » »
    if pre and pre[-1].low in _OTHER_CUES:
        if pre[-2:-1] and pre[-2].low in INDEFINITE_ARTICLES and _described(words):
            return False  # « une opération « longue et délicate » »: what it was like
        if _judged(pre[:-1], words):
            return False  # « a jugé l'opération « indispensable » »: an attribute
        return not naming_says(ctx, pre, several)
    if len(pre) > 1 and pre[-1].low in _DETERMINERS and pre[-2].low in _OTHER_CUES:
        if pre[-1].low in POSSESSIVES and pre[-2].low in _SAYS:
            return False  # « et dit sa « disponibilité » »: expresses, names nothing
        return not naming_says(ctx, pre[:-1], several)
    return False


def _judged(before_noun: list[_Tok], words: str) -> bool:
    """Whether a verb of judging governs the noun before lowercase quoted words (« a
    jugé l'opération « indispensable » »): the words judge it, they do not name it."""
    if not words[:1].islower():
        return False
    toks = before_noun[-2:]
    if toks and toks[-1].low in _DETERMINERS:
        toks = toks[:-1]
    return bool(toks) and judging_kind(toks[-1].text) == "judge"
