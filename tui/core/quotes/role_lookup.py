"""Role phrases written against a name, and the name a later description stands for.

« le porte-parole du Kremlin, Dmitri Peskov », « le dirigeant nord-coréen Kim Jong-un »,
« Sergueï Lavrov, le chef de la diplomatie russe, »: each ties a role to a name, so
« a déclaré le porte-parole du Kremlin » further on is that person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.offices import another_office
from tui.core.quotes.role_after import quoted_name_next
from tui.core.quotes.role_tokens import tokens
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.tokens import _Tok, _window_tokens
from tui.core.quotes.words import (
    _ARTICLES,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _CONTRACTED,
    _DETERMINERS,
    _OF,
    _PREPOSITIONS,
    _RIGHT_APPOSITION,
    _ROLE_TEXT,
    _SKIP_WORDS,
    NUMBER_WORDS,
    OF_BEFORE,
    verb_before_titles,
)
from tui.core.text import fold

if TYPE_CHECKING:
    from tui.core.quotes.context import _Context


def find_description(ctx: _Context, desc: str, head: str, before: int) -> tuple[str, str] | None:
    """The ``(canonical, label)`` a description (folded, without its article; ``head``
    its first word as written) stands for, from the role phrases written against a
    name: the first written after ``before`` (the holder named further on), unless the
    text before named the role with another qualifier (« l'entraîneur loirétain … a
    raconté l'entraîneur » is not « l'entraîneur berrichon, X » named later); else, of
    those written before, the one whose name the text mentioned last."""
    text = ctx.text
    lo, hi = max(0, before - 20_000), min(len(text), before + 2_000)
    pattern = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.IGNORECASE)
    found: list[tuple[str, str]] = []
    # « L'armée annonce avoir tué X »: a body is never a person, nor the reverse.
    words = desc.split()
    head = (words[-1] if ctx.language == "en" else words[0]) if words else ""
    wrong = {"body": "PER", "person": "ORG"}.get(noun_kind(head) or "")
    for m in pattern.finditer(text, lo, hi):
        h = m.start()
        if ctx.in_quote(h):
            continue
        for ent in _described_by(ctx, h):
            if ent[2] == wrong:
                continue
            longer = ent[0].startswith(desc + " ") and not _other_office(ent[0], desc)
            if ent[0] == desc or longer:
                if h > before and _qualified_otherwise(ctx, pattern, before, ent[0], desc):
                    return _named_last(ctx, found, before)
                if h > before:
                    return ent[1], ent[2]
                found.append((ent[1], ent[2]))
    return _named_last(ctx, found, before)


def _named_last(ctx: _Context, found: list[tuple[str, str]], before: int) -> tuple[str, str] | None:
    """Of the names a description was written against before ``before``, the one the
    text named last: « le quotidien » after « le quotidien X … le quotidien Y … pour
    X , … » is X again, the paper the sentence just spoke of."""
    if len(set(found)) < 2:
        return found[-1] if found else None
    last = {e.canonical: e.start for e in ctx.entities if e.start < before}
    return max(reversed(found), key=lambda name: last.get(name[0], -1))


def _other_office(longer: str, desc: str) -> bool:
    """Whether the role ``longer`` opening on the bare role ``desc`` names another
    office (« la maire adjointe », « l'avocate générale »)."""
    words = [fold(w) for w in longer.split()]
    head = len(desc.split()) - 1  # the bare role's last word, then what follows it
    return len(words) > head + 1 and another_office(tuple(words[head:]))


def _qualified_otherwise(
    ctx: _Context, pattern: re.Pattern[str], before: int, later: str, desc: str
) -> bool:
    """Whether the role the description ``desc`` was named with ``later`` carries a
    qualifier that another use of the role before ``before`` contradicts: two holders
    (« l'entraîneur loirétain », later « l'entraîneur berrichon, X »)."""
    extra = later[len(desc) :].split()
    if not extra or extra[0] in _LINKS:
        return False
    for m in pattern.finditer(ctx.text, 0, before):
        word = _NEXT_WORD.match(ctx.text, m.end())
        if word is not None and fold(word[1]) not in (extra[0], *_LINKS):
            return True
    return False


_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ][\w-]*)")
_LINKS = frozenset(("de", "du", "des", "d'", "d’", "a", "au", "aux", "of", "for", "at"))


def _described_by(ctx: _Context, h: int) -> list[tuple[str, str, str]]:
    """``(description, canonical, label)`` for a role phrase starting at ``h``."""
    text = ctx.text
    out: list[tuple[str, str, str]] = []
    i = bisect_left(ctx.ent_starts, h)
    while (
        i + 1 < len(ctx.entities)
        and ctx.entities[i].start - h <= 60
        and OF_BEFORE.search(text, max(0, ctx.entities[i].start - 8), ctx.entities[i].start)
    ):
        i += 1  # « le ministre de la Santé, X »: « Santé » completes the role
    if i < len(ctx.entities):
        ent = ctx.entities[i]
        if ent.label in ("PER", "ORG") and ent.start - h <= 100:
            toks = _window_tokens(text, max(ctx.line_start(ent.start), h - 12), ent.start)
            comma = bool(toks) and toks[-1].text == ","
            if comma:
                toks.pop()
            # "he wrote to the Prime Minister, Helen Roe, on …": a comma or a full
            # stop closing the name makes it an apposition even after a preposition.
            closed = ctx.language == "en" and text[ent.end : ent.end + 1] in (",", ".", ";")
            desc = description_before(toks, ctx, comma=comma and not closed)
            if desc:
                out.append((desc, ent.canonical, ent.label))
    if i > 0:
        ent = ctx.entities[i - 1]
        gap = text[ent.end : h]
        if ent.label in ("PER", "ORG") and len(gap) < 8 and _RIGHT_APPOSITION.match(gap):
            m = _ROLE_TEXT.match(text, h, min(len(text), h + 100))
            if m and not quoted_name_next(tokens(text[m.end() : m.end() + 40])):
                out.append((m.group(0).strip().lower(), ent.canonical, ent.label))
    return out


def description_before(toks: list[_Tok], ctx: _Context, *, comma: bool) -> str | None:
    """The role noun phrase written just before a name (``le ministre russe de la Défense``).

    Walks left to the determiner that opens the phrase, through inner ``de la``/``of
    the`` complements. Right before the name (``au président russe Vladimir
    Poutine``) a contracted article opens the phrase too; across a comma only a plain
    article that no preposition governs does (``Selon le président russe, Kim…``
    describes nobody).
    """
    if not toks or toks[-1].low in _PREPOSITIONS:
        return None
    words: list[_Tok] = []
    i = len(toks) - 1
    while i >= 0 and len(words) <= 6:
        tok = toks[i]
        prev = toks[i - 1].low if i > 0 else ""
        if tok.low in _DETERMINERS or tok.low in _CONTRACTED:
            inner = tok.low in ("du", "des") and i > 0 and _qualifies(toks[i - 1])
            if inner or (prev in _OF and tok.low not in _CONTRACTED):
                words.append(tok)  # « de la Santé », « sénégalaise des Pêches »
                i -= 1
                continue
            if tok.low in _ARTICLES and not (comma and prev in _PREPOSITIONS):
                break
            if tok.low in _CONTRACTED and not comma:
                break
            return None
        if tok.low in _OF:
            words.append(tok)
            i -= 1
            continue
        bad = tok.low in _PREPOSITIONS or tok.low in _CLAUSE_STOPS or tok.low in _CONJUNCTIONS
        bad = bad or tok.low in NUMBER_WORDS  # « exploitait cinq Airbus »: things counted
        if not tok.text[0].isalpha() and _english_title(ctx, words, titled=True):
            break  # "…, Taoiseach Colm Brady said": an office written as a title
        if bad or not tok.text[0].isalpha() or is_speech_verb(tok.text, ctx.language):
            return None
        if tok.low in _SKIP_WORDS or (ctx.language == "en" and verb_before_titles(tok, words)):
            return None  # "the prime minister thanked Mrs X": a verb, no role
        words.append(tok)
        i -= 1
    else:
        return None
    if not words:
        return None
    lowercase = words[-1].text[0].islower() or noun_kind(words[-1].text) == "body"
    if not lowercase and not _english_title(ctx, words):
        return None  # a name is no description; an acronym heading one is (« l'ONG X »)
    return " ".join(t.low for t in reversed(words))


def _english_title(ctx: _Context, words: list[_Tok], *, titled: bool = False) -> bool:
    """ "the Prime Minister", "the Home Secretary": English capitalises an office, a
    role all the same when a word of it names a person; ``titled``, every word of it
    is capitalised, as an office written before a name with no article is."""
    if titled and not (words and all(w.text[0].isupper() for w in words)):
        return False
    return ctx.language == "en" and any(noun_kind(w.text) == "person" for w in words)


_GOVERNS_ARTICLE = _PREPOSITIONS | _DETERMINERS


def _qualifies(word: _Tok) -> bool:
    """A lowercase noun or adjective « du »/« des » completes inside a role (« la
    ministre sénégalaise des Pêches »), not a word that governs the article."""
    return word.text.isalpha() and word.text.islower() and word.low not in _GOVERNS_ARTICLE
