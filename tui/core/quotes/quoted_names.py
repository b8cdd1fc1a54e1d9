"""Quotation marks around a name: a nickname, a slogan, a brand, a party's label.

News writing puts marks around names it borrows (« AURA », « Liberté »,
"Bouclier de l'Euphrate", the "Pocho" of a footballer) inside its own sentence.
Those marks quote nobody, so such words are of kind ``other`` and get no speaker,
whatever verb stands nearby. A short capitalised answer set off as speech
(« Jamais », a-t-il répondu) or opening a sentence stays speech.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context
from tui.core.quotes.labels import label_reason

_MAX_WORDS = 3
_INCISE_AFTER = re.compile(
    r"\s*,\s*(?:a|ont|avait|aurait|[^\W\d_]+-t-|[^\W\d_]+-(?:il|elle|ils|elles|on)\b"
    r"|(?:he|she|they|it)\s+said|said|says)",
    re.IGNORECASE,
)
_SENTENCE_PUNCT = re.compile(r"[.!?…;:,]")


def quotes_a_name(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` is a name or a label set inside the writer's sentence.

    A translation in parentheses right after a quotation (« … » (littéralement
    « … »)) is what the quotation it translates is: a name stays a name, speech
    stays speech.
    """
    if k and _GLOSS.fullmatch(ctx.text, ctx.spans[k - 1][3] + 1, ctx.spans[k][0]):
        return quotes_a_name(ctx, k - 1)
    return _short_name(ctx, k) or label_reason(ctx, k) is not None


_GLOSS = re.compile(
    r"\s*\(\s*(?:(?:littéralement|soit|traduction|traduit|c'est-à-dire|en \w+|ou|literally"
    r"|meaning|in \w+|or)\s*[,:]?\s*){0,2}",
    re.IGNORECASE,
)


def _short_name(ctx: _Context, k: int) -> bool:
    """A capitalised name of a few words in the middle of the writer's sentence."""
    open_mark, start, end, close_mark = ctx.spans[k]
    words = ctx.text[start:end].split()
    if not words or len(words) > _MAX_WORDS or not words[0][:1].isupper():
        return False
    if _SENTENCE_PUNCT.search(ctx.text, start, end) or _first_person(words):
        return False
    if ctx.language == "en" and any(w[:1].islower() and w not in _SMALL_WORDS for w in words[1:]):
        return False  # English names capitalise their words: "Portland-style experiments"
    before = ctx.text[ctx.line_start(open_mark) : open_mark].rstrip()
    if not before or before.endswith((".", "!", "?", ":", "—", "–", "-")):
        return False  # it opens a sentence, or a colon introduces it as speech
    return _INCISE_AFTER.match(ctx.text, close_mark + 1) is None


_FIRST_PERSON = frozenset("je j' j’ nous moi i we me my our us".split())
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as vs via".split()
)
"""Words English titles leave in lowercase ("Night of the Long Knives")."""


def _first_person(words: list[str]) -> bool:
    return any(w.lower().rstrip(",") in _FIRST_PERSON for w in words)
