"""« in the pastor's words »: a source named through its own words.

"Some customers left empty-handed and, in the pastor's words, 'a little
heartbroken'", "in her own words", « pour reprendre les mots du maire »: the
quotation is the words of the person the phrase names, as after "according to".
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.inverted import noun_phrase_after
from tui.core.quotes.pronouns import _pronoun

_OWNED_WORDS = re.compile(
    r"\bin\s+(?:(his|her|their)|(the\s+[\w-]+|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s?)"
    r"\s+(?:own\s+)?words\b"
)
_WORDS_OF = re.compile(
    r"(?i:\b(?:in\s+the\s+words\s+of|(?:pour\s+reprendre|selon)\s+les\s+(?:mots|termes|propos))"
    r"\s+)"
)
_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_CONTRACTED = {"du": "le", "des": "les"}


def in_own_words(
    ctx: _Context, toks: list[_Tok], bounds: tuple[int, int], start: int
) -> _Speaker | None:
    """The person whose words the sentence says the quotation is, or ``None``."""
    s_start, s_end = bounds
    text = ctx.text[s_start : min(s_end, start)]
    owned = _OWNED_WORDS.search(text)
    if owned is not None:
        at = s_start + owned.start()
        if owned.group(1):
            return _pronoun(ctx, _PRONOUNS[owned.group(1)], at)
        phrase = [t for t in toks if s_start + owned.start(2) <= t.start < s_start + owned.end(2)]
        if phrase and phrase[-1].low.endswith(("'s", "’s")):
            last = phrase[-1]  # "pastor's": the owner, without its mark
            phrase[-1] = _Tok(last.start, last.end - 2, last.text[:-2], last.low[:-2])
        return noun_phrase_after(ctx, phrase, start) if phrase else None
    of = _WORDS_OF.search(text)
    if of is not None:
        after = [t for t in toks if t.start >= s_start + of.end()]
        if after and after[0].low in _CONTRACTED:  # « du maire »: « le maire »
            first = after[0]
            after[0] = _Tok(first.start, first.end, _CONTRACTED[first.low], _CONTRACTED[first.low])
        elif after and after[0].low in ("de", "d'", "d’", "of"):
            after = after[1:]
        return noun_phrase_after(ctx, after, start)
    return None
